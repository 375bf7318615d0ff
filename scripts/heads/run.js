// `npm run heads`: runs writeHeads.ts. It is TypeScript because it shares the engine with the page;
// Node 20 cannot run TypeScript itself, so Vite's module runner (already installed) runs it as
// the unit tests do, with no build step and no output folder.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('./writeHeads') }} */
const { module } = await runnerImport(fileURLToPath(new URL('./writeHeads.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
});
module.writeHeads();
