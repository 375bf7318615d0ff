// The sentence from standard input, read only as far as the model can use it: a stream that
// never ends (`yes | attention-matrix`) or a huge file is not read whole before being cut.
import { tokenize } from '../engine/tokenize';

/** Standard input as the CLI reads it: synchronously, into a buffer; 0 means the end. */
export interface StdinSource {
  readonly isTTY: boolean;
  read: (into: Uint8Array) => number;
}

/**
 * A stream with few or no word breaks stops here: as much as one argument may hold on Linux
 * (128 KiB), far more than 512 words of text need.
 */
export const MAX_STDIN_BYTES = 128 * 1024;

const CHUNK_BYTES = 65536;

export interface StdinSentence {
  readonly text: string;
  /** Why reading stopped before the end: more words than `limit`, or the size limit. */
  readonly cut: 'words' | 'size' | undefined;
}

/**
 * Reads until the end, until the text holds more than `limit` words (then it is cut just after
 * word `limit`, as the engine would cut it), or until MAX_STDIN_BYTES. The words are counted
 * each time the text has doubled, so counting costs about two passes over the text at most.
 */
export function readSentence(stdin: StdinSource, limit: number): StdinSentence {
  const decoder = new TextDecoder('utf-8');
  const buffer = new Uint8Array(CHUNK_BYTES);
  let text = '';
  let bytes = 0;
  let countAt = CHUNK_BYTES;
  for (;;) {
    const n = stdin.read(buffer.subarray(0, Math.min(CHUNK_BYTES, MAX_STDIN_BYTES - bytes)));
    if (n === 0) return { text: text + decoder.decode(), cut: undefined };
    bytes += n;
    text += decoder.decode(buffer.subarray(0, n), { stream: true });
    const full = bytes >= MAX_STDIN_BYTES;
    if (full) text += decoder.decode();
    if (!full && text.length < countAt) continue;
    countAt = 2 * text.length;
    const { tokens, normalized } = tokenize(text);
    const last = tokens[limit - 1];
    // Word `limit + 1` has begun, so word `limit` is whole: nothing after it can change the result.
    if (tokens.length > limit && last) return { text: normalized.slice(0, last.end), cut: 'words' };
    if (full) return { text, cut: 'size' };
  }
}
