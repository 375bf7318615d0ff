// `npm run package`: builds the lesson for an LMS (`vite build --mode scorm`, into dist-scorm/, so
// the plain build in dist/ is left as it is) and zips it as a SCORM 1.2 package in dist-package/.
// The packaging is TypeScript because it reads the lesson's manifest; Vite's module runner runs it
// as `npm run heads` does.
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

await build({
  mode: 'scorm',
  logLevel: 'warn',
  // No build manifest: the size check reads the plain build's, which this must not replace.
  build: { outDir: 'dist-scorm', emptyOutDir: true, manifest: false },
});

/** @type {{ module: typeof import('./buildPackage') }} */
const { module } = await runnerImport(
  fileURLToPath(new URL('./buildPackage.ts', import.meta.url)),
  { configFile: false, logLevel: 'error' },
);
const { zip, bytes } = module.buildScorm12Package();
console.log(`SCORM 1.2 package: ${zip} (${(bytes / 1024).toFixed(0)} KiB)`);
