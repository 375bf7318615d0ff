// How the figures' code is split into files. Left to itself, the bundler gives every module that
// two figures share a file of its own: Step 5 asked for 33 files to draw one figure, and a request
// costs time on a slow connection (a phone on HTTP/1.1 fetches six at a time) and on the page's
// thread (each preload link is a task's worth of work). Here every module that figures share, and
// that the first screen does not already load, goes into one file, "figure-shared"; a module that
// one figure alone uses stays with that figure.

/**
 * @typedef {{ isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] }} ModuleFacts
 * @typedef {{ getModuleInfo(id: string): ModuleFacts | null }} ChunkingContext
 */

/**
 * The code-splitting group for the lesson's build (Rolldown's `output.codeSplitting.groups`).
 * @returns {{ name: (id: string, ctx: ChunkingContext) => string | null; minShareCount: number; includeDependenciesRecursively: boolean }}
 */
export function figureSharedGroup() {
  /** @type {Map<string, boolean>} */
  const initial = new Map();
  /**
   * Whether the page's entry imports the module, directly or through other static imports: such a
   * module is in the first load already. (A search of the module's importers, each one's whole.)
   * @param {string} id
   * @param {ChunkingContext} ctx
   * @returns {boolean}
   */
  const inFirstLoad = (id, ctx) => {
    const known = initial.get(id);
    if (known !== undefined) return known;
    const seen = new Set([id]);
    const queue = [id];
    let found = false;
    while (queue.length > 0 && !found) {
      const info = ctx.getModuleInfo(queue.pop() ?? '');
      if (!info) continue;
      if (info.isEntry) found = true;
      for (const importer of info.importers) {
        if (initial.get(importer) === true) found = true;
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    initial.set(id, found);
    return found;
  };
  return {
    name(id, ctx) {
      const info = ctx.getModuleInfo(id);
      if (!info) return null;
      // A figure itself (a module the page only imports on demand) keeps its own file. A module
      // that is also imported statically goes with the others: leaving it out would let the
      // shared file and it import each other, and one of them would run before the other's
      // values exist.
      const onDemandOnly = info.importers.length === 0 && info.dynamicImporters.length > 0;
      if (onDemandOnly || inFirstLoad(id, ctx)) return null;
      return 'figure-shared';
    },
    minShareCount: 2,
    // The shared file must not take the first load's modules along with it (Svelte's runtime).
    includeDependenciesRecursively: false,
  };
}
