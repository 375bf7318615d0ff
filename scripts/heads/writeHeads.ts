// `npm run heads` (through ./run.js): measures the shipped model's heads on the held-out text and
// rewrites public/models/brown-tiny/heads.json and the "What the heads learned" section of its
// MODEL_CARD.md. Run it after `npm run train`; src/engine/headPatterns.model.test.ts recomputes
// the numbers and fails while the committed file disagrees with the model.
import { readFileSync, writeFileSync } from 'node:fs';
import { headsSection } from '../../tools/trainer/heads-section.js';
import { parseHeadsFile, type HeadsFile } from '../../src/engine/headPatternsFile';
import { parseTinyModel, type TinyModel } from '../../src/engine/modelFile';
import { headsFileOf, measureHeldOut } from './analyseHeads';

export const MODEL_DIR = new URL('../../public/models/brown-tiny/', import.meta.url);
const HEADS_FILE = new URL('heads.json', MODEL_DIR);
const CARD_FILE = new URL('MODEL_CARD.md', MODEL_DIR);
const CARD_HEADING = '\n## What the heads learned';

/** The committed model, read from disk as the page reads it from the network. */
export function readShippedModel(): TinyModel {
  const bytes = readFileSync(new URL('weights.bin', MODEL_DIR));
  return parseTinyModel(
    JSON.parse(readFileSync(new URL('model.json', MODEL_DIR), 'utf8')),
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
}

/** heads.json as written: two-space JSON and a final newline. */
export const headsJsonText = (file: HeadsFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** The card with its heads section (always its last section) written from the file. */
export function cardWithHeads(card: string, file: HeadsFile): string {
  const start = card.indexOf(CARD_HEADING);
  return (
    (start === -1 ? card : card.slice(0, start)) + headsSection({ ...file, heads: [...file.heads] })
  );
}

export function writeHeads(): void {
  const started = performance.now();
  const model = readShippedModel();
  // Parsed before it is written: the script never writes a file the page would refuse.
  const file = parseHeadsFile(headsFileOf(model, measureHeldOut(model)));
  const before = readFileSync(HEADS_FILE, 'utf8');
  const text = headsJsonText(file);
  writeFileSync(HEADS_FILE, text);
  writeFileSync(CARD_FILE, cardWithHeads(readFileSync(CARD_FILE, 'utf8'), file));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const change = text === before ? 'unchanged' : 'changed';
  console.log(
    `heads.json (${change}) and MODEL_CARD.md: ${file.heads.length} heads measured on ` +
      `${file.heldOut.sentencesAnalysed} held-out sentences, in ${seconds} s.`,
  );
}
