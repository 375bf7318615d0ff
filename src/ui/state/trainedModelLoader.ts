// The trained model's files (about 0.8 MB) load only when the learner asks for the model.
import { parseTinyModel, type TinyModel } from '../../engine/modelFile';

const MODEL_FOLDER = 'models/brown-tiny/';

let pending: Promise<TinyModel> | undefined;

async function fetchModel(): Promise<TinyModel> {
  // Relative to the page, so the lesson works from any folder it is served from.
  const base = new URL(MODEL_FOLDER, document.baseURI);
  const [json, weights] = await Promise.all([
    fetch(new URL('model.json', base)).then((r) => {
      if (!r.ok) throw new Error(`model.json: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    }),
    fetch(new URL('weights.bin', base)).then((r) => {
      if (!r.ok) throw new Error(`weights.bin: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  return parseTinyModel(json, weights);
}

export function loadTrainedModel(): Promise<TinyModel> {
  pending ??= fetchModel();
  pending.catch(() => (pending = undefined));
  return pending;
}
