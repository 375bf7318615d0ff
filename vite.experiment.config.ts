// `npm run experiment` as one plain JavaScript file for Node 20, beside the attention-matrix
// command in dist-cli/ (which the main CLI build empties, so this one builds before each run).
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/experimentMain.ts',
    outDir: 'dist-cli',
    emptyOutDir: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'experiment.js' } },
  },
});
