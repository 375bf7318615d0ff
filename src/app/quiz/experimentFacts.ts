// The quiz's facts about Step 6's experiment, read from the lesson's seeded run
// (content/self-attention/experiment-results.json, written by `npm run experiment`), never from
// the learner's own run, so every learner is asked about the same numbers.
import results from '../../../content/self-attention/experiment-results.json';
import {
  formatCount,
  formatPercent,
} from '../../../content/self-attention/figureMessages/experiment';

export const EXPERIMENT_FACT_NAMES = [
  'recallLongN',
  'recallRnnLong',
  'recallAttentionLong',
  'recallShortN',
  'recallRnnShort',
  'recallChance',
  'recallSteps',
  'recallRnnParameters',
  'recallAttentionParameters',
] as const;

/** Within this of chance, the RNN counts as "near chance" (as the figure says it). */
const NEAR_CHANCE = 0.1;

export function experimentFacts(): Record<(typeof EXPERIMENT_FACT_NAMES)[number], string> {
  const chance = results.task.chance;
  const nearChance = (row: { rnnAccuracy: number }) =>
    Math.abs(row.rnnAccuracy - chance) <= NEAR_CHANCE;
  // The shortest distance at which the RNN is near chance, and the longest before it at which
  // it still learnt the task.
  const long = results.results.find(nearChance);
  if (!long) throw new Error('experiment-results.json: the RNN is near chance at no n');
  const short = results.results.filter((row) => row.n < long.n && !nearChance(row)).at(-1);
  if (!short) throw new Error('experiment-results.json: no n below where the RNN is near chance');
  return {
    recallLongN: String(long.n),
    recallRnnLong: formatPercent(long.rnnAccuracy),
    recallAttentionLong: formatPercent(long.attentionAccuracy),
    recallShortN: String(short.n),
    recallRnnShort: formatPercent(short.rnnAccuracy),
    recallChance: formatPercent(chance),
    recallSteps: formatCount(results.steps),
    recallRnnParameters: formatCount(results.parameterCounts.rnn),
    recallAttentionParameters: formatCount(results.parameterCounts.attention),
  };
}
