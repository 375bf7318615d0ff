import { runCli } from './matrix';
import { processIo } from './processIo';

// The bundle lives in dist-cli/, beside public/ in the project.
process.exitCode = runCli(
  process.argv.slice(2),
  processIo(new URL('../public/models/brown-tiny/', import.meta.url)),
);
