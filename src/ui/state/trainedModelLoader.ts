// The trained model's files (model.json and weights.bin, their size in card.json) load only when
// the learner asks for the model. A failed or unusable model is never kept: the next request
// fetches both files again.
import { weightsBytes } from '../../../public/models/brown-tiny/card.json';
import { parseTinyModel, type TinyModel } from '../../engine/modelFile';
import { readFolder, type LoadOptions } from './fetchModelFiles';

/** The shipped weights' size in bytes, known before they load (the trainer writes the card). */
export const TRAINED_MODEL_BYTES: number = weightsBytes;

const MODEL_FOLDER = 'models/brown-tiny/';

let pending: Promise<TinyModel> | undefined;

/** Fetches and checks both files; rejects with a LoadFailure naming what went wrong. */
export function fetchTrainedModel(options: LoadOptions = {}): Promise<TinyModel> {
  // Relative to the page, so the lesson works from any folder it is served from.
  const folder = new URL(MODEL_FOLDER, document.baseURI);
  return readFolder(folder, options, async (files) => {
    const [json, weights] = await Promise.all([
      files.json('model.json'),
      files.bytes('weights.bin'),
    ]);
    return parseTinyModel(json, weights);
  });
}

/**
 * The model, fetched once and shared; `retry` drops what is held and asks the server again,
 * past the browser's cache, so a fixed file is read without reloading the page.
 */
export function loadTrainedModel(retry = false, options: LoadOptions = {}): Promise<TinyModel> {
  if (retry) pending = undefined;
  if (pending) return pending;
  const attempt = fetchTrainedModel({ ...options, fresh: retry || options.fresh === true });
  pending = attempt;
  attempt.catch(() => {
    if (pending === attempt) pending = undefined;
  });
  return attempt;
}
