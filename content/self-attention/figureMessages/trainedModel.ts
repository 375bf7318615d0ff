// What the trained model's figures say: Step 5's view of the model (TrainedModelView) and Step 6's
// table of what its heads attend to (HeadPatternsFigure). The numbers come in from the model's
// files (model.json, heads.json) through the engine; the words are authored here, not in a
// component.
import { listOnce, shortenForEcho } from '../../../src/app/messages';
import type { PatternName } from '../../../src/engine/headPatterns';

/** Counts as the page writes them: 410,944. */
const count = (n: number) => n.toLocaleString('en');

/** Shares and baselines in Step 6's table and its summary. */
const share = (x: number) => x.toFixed(3);

export const trainedModelMessages = {
  intro: (layers: number, heads: number, parameters: number) =>
    `A tiny transformer trained by this project on the Brown corpus: ${layers} layers of ${heads} heads, ` +
    `${count(parameters)} numbers learned from data (see its model card). ` +
    'It reads left to right to predict the next word, so every head is causal: “sat” cannot see “down”, because when the model reads “sat” the next word has not come yet. ' +
    'The causal mask is therefore always on here, and the sharpness control is off: the weights are what the model learned, and a different temperature would show a different model. ' +
    'Its first token, <bos>, marks the start of the sentence.',
  /** A word the model reads as `<unk>`, as the table labels it. */
  unknownWordLabel: (word: string) => `${word} (<unk>)`,
  unknownWords: (vocabularySize: number, words: readonly string[]) =>
    `Not in the model’s ${count(vocabularySize)}-word vocabulary, so read as <unk>: ${listOnce(words)}.`,
  wordsCut: (maxWords: number, dropped: number) =>
    `The model reads at most ${maxWords} words; the last ${dropped} were cut.`,
  /** Layer and head numbered from 1, as the learner reads them. */
  tableCaption: (layer: number, head: number, sentence: string) =>
    `Layer ${layer}, head ${head} of the trained model, for “${shortenForEcho(sentence)}”`,
} as const;

export const headPatternsMessages = {
  heading: 'What the trained model’s heads attend to',
  loading: 'Loading the measured head patterns…',
  intro: (layers: number, headsPerLayer: number, sentences: number) =>
    `The lesson’s small trained model (${layers} layers × ${headsPerLayer} heads) read ${count(sentences)} held-out sentences it never trained on. ` +
    'For every head, each cell gives the mean attention weight on one kind of word, and in brackets what a uniform head, spreading its weight equally over the words it can see, would give on the same positions.',
  caption: 'Mean attention weight per head, measured against a uniform head',
  layerColumn: 'Layer',
  headColumn: 'Head',
  /** The column of each pattern (the engine's names: headPatterns.ts). */
  patternColumns: {
    previousToken: 'Previous word',
    firstToken: 'First position (<bos>)',
    nounToDeterminer: 'Earlier determiners, from a noun',
    self: 'Its own word',
  } satisfies Record<PatternName, string>,
  /** Under a column's name: how many query positions it averages over. */
  positions: (queries: number) => `${count(queries)} positions`,
  share,
  baseline: (baseline: number) => `(uniform ${share(baseline)})`,
  boldKey: 'Bold: the head’s largest share relative to uniform.',
  summary: (strongestRatio: number, maxShare: number) =>
    `No head here is sharp: the strongest pattern is ${strongestRatio.toFixed(1)} times the uniform share, ` +
    `and no head puts more than ${maxShare.toFixed(2)} of its weight, on average, on any one of these four patterns.`,
  caveatLead: 'Read with care.',
  caveat:
    'These are averages over held-out text: on a given sentence a head may do something else, and one head can do several things at once. ' +
    'And attention weights are not by themselves an explanation of the model’s prediction: different weights can give the same prediction (Jain & Wallace, 2019), ' +
    'and whether a pattern explains a decision has to be tested (Wiegreffe & Pinter, 2019).',
  /** `reason`: loadingMessages.reason, what went wrong. */
  failed: (reason: string) =>
    `The measured head patterns could not load: ${reason}. The rest of this step works without them. Try again.`,
} as const;
