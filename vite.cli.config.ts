// The command line as one plain JavaScript file for Node 20: no loader, data bundled in.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      output: { entryFileNames: 'attention-matrix.js', banner: '#!/usr/bin/env node' },
    },
  },
});
