import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runExperimentCli } from './experiment';

// The bundle lives in dist-cli/, beside content/ in the project.
const resultsFile = new URL('../content/self-attention/experiment-results.json', import.meta.url);

process.exitCode = runExperimentCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  writeResults(json) {
    writeFileSync(resultsFile, json);
    return fileURLToPath(resultsFile);
  },
  now: () => performance.now(),
});
