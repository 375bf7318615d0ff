// heads.json, Step 6's measured head patterns: fetched when the figure opens, under the same time
// limit as the model, and checked by the engine's parser (every field, named when wrong).
import { parseHeadsFile, type HeadsFile } from '../../engine/headPatternsFile';
import { readFolder, type LoadOptions } from './fetchModelFiles';

/** Rejects with a LoadFailure: no answer in time, an HTTP error, not JSON, or the wrong shape. */
export function loadHeadPatterns(options: LoadOptions = {}): Promise<HeadsFile> {
  // Relative to the page, so the lesson works from any folder it is served from.
  const folder = new URL('models/brown-tiny/', document.baseURI);
  return readFolder(folder, options, async (files) => {
    const json = await files.json('heads.json');
    try {
      return parseHeadsFile(json);
    } catch (error) {
      throw files.damaged('heads.json', error);
    }
  });
}
