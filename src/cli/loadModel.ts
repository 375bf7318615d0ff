// The trained model's folder, read for the command line: a missing, truncated or corrupt file
// becomes one message naming the file and what is wrong, not a stack trace.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTinyModel, type TinyModel } from '../engine/modelFile';
import { cliMessages, echoed } from './messages';

export type ModelFile = 'model.json' | 'weights.bin';

export type LoadedModel = { model: TinyModel } | { problem: string };

const reason = (error: unknown) => echoed(error instanceof Error ? error.message : String(error));

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return `it could not be read (${code ?? reason(error)})`;
}

/**
 * Which file a parser message is about: model.json's fields and its tensor manifest are named
 * as such; the rest (offsets past the end, the byte count, the numbers) is weights.bin.
 */
export const fileOfParseError = (message: string): ModelFile =>
  /modelJson|must have shape|needs a byte offset/.test(message) ? 'model.json' : 'weights.bin';

export function loadModel(folder: URL): LoadedModel {
  const path = (file: ModelFile) => fileURLToPath(new URL(file, folder));
  const fail = (file: ModelFile, what: string) => ({
    problem: cliMessages.modelUnusable(path(file), what),
  });
  let text: string;
  let bytes: Uint8Array;
  try {
    text = readFileSync(path('model.json'), 'utf8');
  } catch (error) {
    return fail('model.json', readProblem(error));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('model.json', `it is not valid JSON (${reason(error)})`);
  }
  try {
    bytes = new Uint8Array(readFileSync(path('weights.bin')));
  } catch (error) {
    return fail('weights.bin', readProblem(error));
  }
  try {
    return { model: parseTinyModel(json, bytes.buffer as ArrayBuffer) };
  } catch (error) {
    const message = reason(error);
    return fail(fileOfParseError(message), message);
  }
}
