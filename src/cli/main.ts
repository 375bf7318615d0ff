import { runCli } from './matrix';

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // The bundle lives in dist-cli/, beside public/ in the project.
  modelFolder: new URL('../public/models/brown-tiny/', import.meta.url),
});
