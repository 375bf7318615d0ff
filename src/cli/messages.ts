// What the command line says: its usage and its messages, apart from the lesson's own notes
// (src/app/messages.ts), which it shares with the page.
import { MAX_STDIN_BYTES } from './readSentence';

export const USAGE = `Usage: attention-matrix "<sentence>" [--format table|csv|json] [--causal] [--temperature T]
       attention-matrix "<sentence>" --model trained [--layer L] [--head H] [--format ...]
       <command> | attention-matrix [-] [options]

Prints the lesson's attention weights for a sentence: rows are queries, columns keys.
With no sentence, or with -, reads the sentence from standard input (when it is not a
terminal), stopping once it has the words the model can use.
  --format       table (default: two decimals, as on the page), csv or json (full precision)
  --model        rule (default: the teaching rule) or trained (the tiny transformer)
  --causal       each token sees only itself and earlier tokens (always on for trained)
  --temperature  sharpness, a number > 0 (default 1; below 1 sharpens, above 1 flattens)
  --layer, --head  which head of the trained model (from 1; default 1 and 1)`;

/** Longest part of a value echoed back; the rest is replaced by its length. */
const SHOWN_CHARACTERS = 40;

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * A value as echoed in a message: quoted, control characters escaped, and cut to its first
 * 40 characters with its length when longer, so a 100 KB argument is not echoed whole.
 */
export function shown(value: string): string {
  const characters = Array.from(value.slice(0, 2 * SHOWN_CHARACTERS + 2));
  if (characters.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
  const start = JSON.stringify(characters.slice(0, SHOWN_CHARACTERS).join(''));
  return `${start.slice(0, -1)}…" (${count(Array.from(value).length)} characters)`;
}

/** A word in a note: as typed, or its first 40 characters and "…" when longer. */
export function shortWord(word: string): string {
  const characters = Array.from(word.slice(0, 2 * SHOWN_CHARACTERS + 2));
  return characters.length <= SHOWN_CHARACTERS
    ? word
    : `${characters.slice(0, SHOWN_CHARACTERS).join('')}…`;
}

/**
 * A message built elsewhere (Node's for a bad option, the lesson's notes, a parser's), as
 * echoed: any long run without spaces (an option's name, a word) shortened, controls escaped.
 */
// Longer than a word the lesson's notes already shortened (40 characters and "…").
export const echoed = (message: string) =>
  message.replace(/[^\s'"]{42,}/gu, (run) => shown(run)).replace(/\p{Cc}/gu, (c) => shown(c));

/** The smallest temperature whose inverse is a finite number. */
export const MIN_TEMPERATURE = Number((1 / Number.MAX_VALUE).toPrecision(2));

export const cliMessages = {
  oneSentence: 'Give exactly one sentence, in quotes (or - to read it from standard input).',
  unknownFormat: (format: string) => `Unknown format ${shown(format)}: use table, csv or json.`,
  unknownModel: (model: string) => `Unknown model ${shown(model)}: use rule or trained.`,
  temperatureNotPositive: (value: string) =>
    `The temperature must be a number greater than 0, not ${shown(value)}.`,
  temperatureTooSmall: (value: string) =>
    `The temperature ${shown(value)} is too small: 1/T must be a finite number. Use at least ${MIN_TEMPERATURE}.`,
  trainedHasNoTemperature: 'The trained model has no temperature: its weights are what it learned.',
  layerHeadNeedTrained:
    '--layer and --head apply only to --model trained. The rule model has one head.',
  layerRange: (value: string, layers: number) =>
    `--layer must be a whole number from 1 to ${layers}, not ${shown(value)}.`,
  headRange: (value: string, heads: number) =>
    `--head must be a whole number from 1 to ${heads}, not ${shown(value)}.`,
  notFinite: 'its numbers are not all finite (NaN or ±Infinity), so the attention is undefined',
  noWords: 'The sentence has no words to attend to.',
  unknownWords: (words: readonly string[]) =>
    `Note: read as <unk> (marked *): ${[...new Set(words)].map(shortWord).join(', ')}\n`,
  wordsCut: (dropped: number) => `Note: the last ${dropped} words were cut.\n`,
  stdinCutAtWords: (limit: number) =>
    `Note: Only the first ${limit} words are used; standard input holds more, and the rest was not read.\n`,
  stdinCutAtSize: `Note: Only the first ${MAX_STDIN_BYTES / 1024} KiB of standard input were read; the last word may be cut short.\n`,
  stdinUnreadable: (code: string) => `Could not read standard input (${code}).`,
  modelUnusable: (path: string, what: string) =>
    `The trained model cannot be used: ${path}: ${what}. Restore the model folder and try again.`,
  writeFailed: (code: string) => `attention-matrix: could not write the output (${code}).\n`,
};
