// How the figures' code is split into files. Left to itself, the bundler gives every module that
// two figures share a file of its own: Step 5 asked for 33 files to draw one figure, and a request
// costs time on a slow connection (a phone on HTTP/1.1 fetches six at a time) and on the page's
// thread (each preload link is a task's worth of work). One file for all shared code went too far
// the other way: every step then loaded, compiled and ran the code of every other step's figures
// (Step 3 about half of it). So shared code is grouped by the steps that use it:
// - code that most figure steps use (BROAD or more) goes into one broad file, "figure-shared";
// - code that fewer steps use goes into one file per set of steps ("figure-shared-step3-step5")
//   if that set has enough of it (MIN_STEP_FILE), so that no step asks for a string of tiny
//   files; a smaller set's code goes into the broad file;
// - whatever the broad file's code imports goes into the broad file too: it never imports from a
//   narrower file, so no two files import each other (one of them would run before the other's
//   values exist) and no step loads another step's file through it;
// - code that one figure alone uses stays with that figure, and the first load's code stays in it.
// Code that the page itself loads on demand, whichever step is open (the quiz's questions, the
// saved settings), counts as used by "page".

/** A module used by this many steps or more goes into the broad file. */
export const BROAD = 4;
/** A set of steps gets a file of its own only for this much code (bytes before minifying). */
export const MIN_STEP_FILE = 8000;
export const BROAD_FILE = 'figure-shared';

/**
 * @typedef {{ isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[]; importedIds: readonly string[]; code: string | null }} ModuleFacts
 * @typedef {{ getModuleInfo(id: string): ModuleFacts | null }} ChunkingContext
 * @typedef {{ name: (id: string, ctx: ChunkingContext) => string | null; minShareCount: number; includeDependenciesRecursively: boolean }} FigureGroup
 */

/**
 * The code-splitting group for the lesson's build (Rolldown's `output.codeSplitting.groups`).
 * @param {ReadonlyMap<string, readonly number[]>} stepsOf each figure module's id → the steps that
 *   show it (figure-steps.js); a module loaded on demand that is not listed counts as "page"
 * @returns {FigureGroup}
 */
export function figureSharedGroup(stepsOf = new Map()) {
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
  /**
   * Whether the module is code the figures share: not a figure itself, not in the first load. A
   * module that is also imported statically counts, even if something loads it on demand.
   * @param {string} id
   * @param {ChunkingContext} ctx
   */
  const isShared = (id, ctx) => {
    const info = ctx.getModuleInfo(id);
    if (!info) return false;
    const onDemandOnly = info.importers.length === 0 && info.dynamicImporters.length > 0;
    return !onDemandOnly && !inFirstLoad(id, ctx);
  };
  /**
   * Who loads the module: the steps of the figures that import it (directly or through other
   * modules), and "page" if the page imports it on demand, sorted and without repeats; and how
   * many modules loaded on demand (figures and the page's) reach it.
   * @param {string} id
   * @param {ChunkingContext} ctx
   * @returns {{ users: string[]; entries: number }}
   */
  const usersOf = (id, ctx) => {
    /** @type {Set<string>} */
    const users = new Set();
    let entries = 0;
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.pop() ?? '';
      const info = ctx.getModuleInfo(current);
      if (!info) continue;
      if (info.dynamicImporters.length > 0) {
        entries += 1;
        const steps = stepsOf.get(current);
        if (steps) for (const step of steps) users.add(`step${String(step)}`);
        else users.add('page');
      }
      for (const importer of info.importers) {
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return { users: [...users].sort(), entries };
  };
  /**
   * Every module the figures reach beyond the first load, and its file (null: its one figure's).
   * Made once, on the first question.
   * @param {ChunkingContext} ctx
   * @returns {Map<string, string | null>}
   */
  const plan = (ctx) => {
    /** @type {Map<string, string | null>} */
    const fileOf = new Map();
    const seen = new Set(stepsOf.keys());
    const queue = [...stepsOf.keys()];
    while (queue.length > 0) {
      const info = ctx.getModuleInfo(queue.pop() ?? '');
      for (const imported of info?.importedIds ?? []) {
        if (seen.has(imported)) continue;
        seen.add(imported);
        if (!isShared(imported, ctx)) continue;
        queue.push(imported);
        const { users, entries } = usersOf(imported, ctx);
        // Used by one figure alone: it stays in that figure's file.
        if (entries < 2) {
          fileOf.set(imported, null);
          continue;
        }
        const steps = users.filter((user) => user.startsWith('step')).length;
        fileOf.set(imported, steps >= BROAD ? BROAD_FILE : [BROAD_FILE, ...users].join('-'));
      }
    }
    /** @type {Map<string, number>} */
    const sizes = new Map();
    for (const [id, file] of fileOf) {
      if (file === null) continue;
      sizes.set(file, (sizes.get(file) ?? 0) + (ctx.getModuleInfo(id)?.code?.length ?? 0));
    }
    for (const [id, file] of fileOf) {
      if (file !== null && (sizes.get(file) ?? 0) < MIN_STEP_FILE) fileOf.set(id, BROAD_FILE);
    }
    // What the broad file imports joins it, and what that imports, and so on.
    const broad = [...fileOf].filter(([, file]) => file === BROAD_FILE).map(([id]) => id);
    while (broad.length > 0) {
      for (const imported of ctx.getModuleInfo(broad.pop() ?? '')?.importedIds ?? []) {
        const file = fileOf.get(imported);
        if (file === undefined || file === null || file === BROAD_FILE) continue;
        fileOf.set(imported, BROAD_FILE);
        broad.push(imported);
      }
    }
    return fileOf;
  };
  /** @type {Map<string, string | null> | undefined} */
  let planned;
  return {
    name(id, ctx) {
      if (!isShared(id, ctx)) return null;
      planned ??= plan(ctx);
      const file = planned.get(id);
      // A shared module no figure reaches (the page's own, loaded on demand) goes broad too.
      return file === undefined ? BROAD_FILE : file;
    },
    minShareCount: 2,
    // A shared file must not take the first load's modules along with it (Svelte's runtime).
    includeDependenciesRecursively: false,
  };
}
