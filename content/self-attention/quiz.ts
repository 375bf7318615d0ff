// The Step 7 quiz, as data: written for this lesson. Each question checks one learning objective
// of lesson.ts. {Placeholders} are filled at run time with numbers from the engine (see
// src/app/quiz/quizFacts.ts), so no number here can drift from what the lesson computes.
// Authored content: edit the words here, not in a component; quiz.test.ts checks the shape.
import type { Question } from '../../src/app/quiz/quizTypes';
import { lesson } from './lesson';

export const quizQuestions: readonly Question[] = [
  // rnn-limits: Step 2
  {
    id: 'rnn-parallel',
    objective: 'rnn-limits',
    kind: 'single',
    prompt:
      'Why can an RNN not simply compute the hidden states for all the words of a sentence at once, in parallel across time?',
    choices: [
      {
        id: 'depends',
        text: 'Each hidden state hₜ is computed from hₜ₋₁, so step t cannot start until step t − 1 is done.',
        correct: true,
        rationale:
          'Right: h₃ = f(“sat”, h₂) needs h₂, which needs h₁. The dependency, not the hardware, forces one step after another.',
      },
      {
        id: 'gpu',
        text: 'GPUs cannot run the multiplication by the recurrent matrix in parallel, because every step shares that one matrix.',
        correct: false,
        rationale:
          'A GPU multiplies by the recurrent matrix easily. Sharing one matrix between steps is no obstacle either: the trouble is that each multiplication needs the result of the one before, so there is nothing to run side by side.',
      },
      {
        id: 'small-state',
        text: 'The hidden state is too small a vector to be split across cores, so all the steps must share a single core.',
        correct: false,
        rationale:
          'The size of the hidden state is a different matter: its fixed size causes the bottleneck, not the chain, and even a small vector can be split across cores. Even a huge hidden state would still need hₜ₋₁ before hₜ could be computed.',
      },
      {
        id: 'less-accurate',
        text: 'It could, if each step used a zero hidden state instead of hₜ₋₁, at the cost of slightly less accurate results.',
        correct: false,
        rationale:
          'Not as an RNN: hₜ is defined from hₜ₋₁, so computing them at the same time would need a value that does not exist yet. Dropping hₜ₋₁ would not give a slightly less accurate RNN but a different model, one that reads each word on its own.',
      },
    ],
    hints: [
      { text: 'Look at how Step 2 writes the RNN: h₂ = f(“cat”, h₁). What does f need?' },
      {
        text: 'To compute a hidden state you need the previous one, so the steps form a chain.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'rnn-problems',
    objective: 'rnn-limits',
    kind: 'multiple',
    prompt:
      'Which of these are problems of a recurrent network on long sequences, whether for what it can learn or for how fast it trains? Choose all that apply.',
    choices: [
      {
        id: 'bottleneck',
        text: 'One fixed-size hidden state must carry everything read so far, so early words fade.',
        correct: true,
        rationale: 'Yes: that is the information bottleneck.',
      },
      {
        id: 'gradients',
        text: 'Sent back through time, the error signal is multiplied by the same recurrent matrix at every step, so it tends to vanish (or explode).',
        correct: true,
        rationale:
          'Yes: vanishing (or exploding) gradients make long-range dependencies hard to learn.',
      },
      {
        id: 'sequential',
        text: 'Each step waits for the one before, so the steps of a long sequence cannot run in parallel.',
        correct: true,
        rationale:
          'Yes, though this one costs time rather than accuracy: it does not make long-range dependencies harder to learn, but it stops a sequence’s steps from being spread over many cores, so long sequences train slowly.',
      },
      {
        id: 'length-limit',
        text: 'It cannot read a sentence with more words than its hidden state has numbers, as each word needs a slot of its own.',
        correct: false,
        rationale:
          'An RNN can read any length: it applies the same step again and again. The trouble is how much of the early words survives, not whether it can read on.',
      },
      {
        id: 'no-order',
        text: 'It reads the words as an unordered set, so it cannot tell “dog bites man” from “man bites dog”.',
        correct: false,
        rationale:
          'An RNN reads strictly in order, one word at a time, so the two sentences leave different hidden states. It is attention on its own that ignores word order.',
      },
    ],
    hints: [
      { text: 'Step 2 names three problems. Two of the choices here are not among them.' },
      {
        text: 'The three problems: an information bottleneck, sequential processing and vanishing gradients.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'rnn-attention-added',
    objective: 'rnn-limits',
    kind: 'single',
    prompt:
      'Bahdanau et al. (2014) added attention to a recurrent translation model. Which problem did that ease?',
    choices: [
      {
        id: 'bottleneck',
        text: 'The bottleneck: the model could look back at every hidden state of the input, not only the last.',
        correct: true,
        rationale:
          'Right. The RNN underneath still ran one step at a time; parallel training and one-step paths came with the transformer (2017), which dropped recurrence.',
      },
      {
        id: 'parallel',
        text: 'Sequential processing: with attention, the hidden states of all the input words could be computed at once.',
        correct: false,
        rationale:
          'Not yet: the RNN underneath still computed its hidden states one after another. Dropping recurrence, in the transformer, made training parallel.',
      },
      {
        id: 'recurrence',
        text: 'All of them: attention replaced the recurrent network, so no chain of steps was left to wait on.',
        correct: false,
        rationale:
          'That was the transformer, three years later (Vaswani et al., 2017). Bahdanau’s model kept its RNN and added attention to it.',
      },
    ],
    hints: [
      { text: 'Step 2’s “What fixed which” says attention arrived in two moves.' },
      {
        text: 'In the first move the RNN stayed, so its steps still ran one after another.',
        givesAnswer: true,
      },
    ],
  },

  // attention-intuition: Steps 1 and 3
  {
    id: 'intuition-core',
    objective: 'attention-intuition',
    kind: 'single',
    prompt:
      'While the model processes “sat” in “The cat sat down”, what does self-attention let it do?',
    choices: [
      {
        id: 'every-token',
        text: 'Look directly at every word, “sat” included, and weight each by its relevance.',
        correct: true,
        rationale:
          'Right: every token looks at every token, and the weights of one token add up to 1.',
      },
      {
        id: 'summary',
        text: 'Read a summary of the words before it, updated word by word and compressed into one vector.',
        correct: false,
        rationale:
          'That is how an RNN works, and it is the bottleneck attention was designed to get around.',
      },
      {
        id: 'neighbours',
        text: 'Look at the words next to it, “cat” and “down”, and weight each by its relevance.',
        correct: false,
        rationale:
          'Full self-attention, the kind in this lesson, has no window: “sat” looks at “The” just as directly as at “cat”. (Some models restrict attention to a sliding window of neighbours to save work, but that is a deliberate change.)',
      },
      {
        id: 'pick-one',
        text: 'Pick out the single most relevant word and take its information alone, ignoring the rest.',
        correct: false,
        rationale:
          'Attention spreads weights over all the words; the softmax leaves every unmasked word a share, even if a small one.',
      },
    ],
    hints: [
      { text: 'Step 3 puts the core idea in one sentence, in the quotation at its top.' },
      { text: 'Every token looks at every token, itself included.', givesAnswer: true },
    ],
  },
  {
    id: 'intuition-path',
    objective: 'attention-intuition',
    kind: 'single',
    prompt:
      'In a self-attention layer, how long is the path from the 1st word of a 100-word sentence to the 100th?',
    choices: [
      {
        id: 'one',
        text: 'One step: every word is connected directly to every other.',
        correct: true,
        rationale:
          'Right: the path does not grow with the distance, so a signal does not have to survive a long chain.',
      },
      {
        id: 'ninety-nine',
        text: '99 steps: the signal still passes through each word between the 1st and the 100th.',
        correct: false,
        rationale:
          'That is the RNN’s chain, through every hidden state from word 1 to word 100. Attention connects the two words directly.',
      },
      {
        id: 'weights',
        text: 'It depends on the weights: a small weight between two words makes their path longer.',
        correct: false,
        rationale:
          'The weights decide how much flows along a connection, not how long it is: every pair of words is one step apart.',
      },
    ],
    hints: [
      { text: 'Step 3’s path-length figure compares the RNN chain with attention.' },
      {
        text: 'In attention the path between any two words is the same length, however far apart they are.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'intuition-order',
    objective: 'attention-intuition',
    kind: 'single',
    prompt:
      'You shuffle the words of a sentence and run attention again, with no mask and no positional information. What happens to the weights?',
    choices: [
      {
        id: 'reordered',
        text: 'The same weights, with the rows and columns reordered to follow the words.',
        correct: true,
        rationale:
          'Right: attention alone sees a set of tokens, not a sequence. That is why transformers add positional information.',
      },
      {
        id: 'all-change',
        text: 'They all change, because each word’s weights depend on which words stand next to it.',
        correct: false,
        rationale:
          'Attention has no notion of neighbours: each score depends only on the two tokens’ query and key, wherever they stand. The softmax then turns a whole row of scores into weights, and a shuffle only moves that row’s scores around, so each pair keeps its weight.',
      },
      {
        id: 'uniform',
        text: 'They become nearly equal, because without the order attention cannot tell which word relates to which.',
        correct: false,
        rationale:
          'Nothing is lost: the same pairs of tokens give the same scores, only in other cells.',
      },
    ],
    hints: [
      { text: 'Does any part of a query or a key say where its word stands in the sentence?' },
      {
        text: 'Step 3: “Attention alone ignores word order.” Each pair of words keeps its weight.',
        givesAnswer: true,
      },
    ],
  },

  // qkv: Step 4
  {
    id: 'qkv-key',
    objective: 'qkv',
    kind: 'single',
    prompt: 'In the library analogy, what does a token’s key stand for?',
    choices: [
      {
        id: 'advertises',
        text: 'What the token advertises about itself, such as “I’m a noun”, for queries to match.',
        correct: true,
        rationale: 'Right: each query is compared with every key to get the relevance scores.',
      },
      {
        id: 'looks-for',
        text: 'What the token is looking for in the others, such as “a noun or a pronoun”.',
        correct: false,
        rationale:
          'That is the query: “sat” looks for a noun or a pronoun. The key is what a token offers to be found by.',
      },
      {
        id: 'content',
        text: 'The content the token hands over when it is retrieved, to be mixed into the output.',
        correct: false,
        rationale:
          'That is the value. The key only decides how much of the value is taken; the value is what is taken.',
      },
      {
        id: 'position',
        text: 'The token’s position in the sentence, so that a query can find the words that stand near it.',
        correct: false,
        rationale:
          'Attention alone knows nothing of positions. In this lesson a key is built from the word’s classes in the Brown corpus.',
      },
    ],
    hints: [
      { text: 'Step 4 gives each of query, key and value one line in the library analogy.' },
      { text: 'The key is compared with the queries of the others.', givesAnswer: true },
    ],
  },
  {
    id: 'qkv-order',
    objective: 'qkv',
    kind: 'order',
    prompt:
      'Put the steps of computing one token’s attention output in order, first step at the top.',
    items: [
      {
        id: 'project',
        text: 'Make the query of the token, and a key and a value for every token',
        rationale: 'Everything after compares or mixes these vectors, so they come first.',
      },
      {
        id: 'scores',
        text: 'Compare the query with every key: one score per key',
        rationale: 'The scores need the query and the keys, and the weights need the scores.',
      },
      {
        id: 'scale',
        text: 'Scale the scores by 1/(√d_k · T) and set masked scores to −∞',
        rationale:
          'Scaling and masking act on the scores, before the softmax turns them into weights.',
      },
      {
        id: 'softmax',
        text: 'Apply the softmax: weights between 0 and 1 that add up to 1',
        rationale: 'The softmax needs the final scores, and the mixing needs its weights.',
      },
      {
        id: 'mix',
        text: 'Multiply each value by its weight and add them up',
        rationale: 'The output is a weighted average of the values, so it comes last.',
      },
    ],
    rationales: {
      correct:
        'Right: vectors, then scores, then scaled and masked scores, then weights, then the weighted sum of the values. Step 5’s step-through shows each stage with real numbers.',
      wrong: 'Each stage needs what the stage before it made.',
    },
    hints: [
      { text: 'The output is a mix of values, so mixing comes last.' },
      { text: 'Masking must happen before the softmax: that is how a masked weight becomes 0.' },
      {
        text: 'Vectors, scores, scaled scores, weights, output.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'qkv-output',
    objective: 'qkv',
    kind: 'single',
    prompt: 'Once “sat” has its attention weights, what is its output?',
    choices: [
      {
        id: 'weighted-average',
        text: 'Every token’s value vector, each weighted by the attention “sat” pays it, added up.',
        correct: true,
        rationale:
          'Right: each value contributes in proportion to its weight, so the output carries context from the whole sentence.',
      },
      {
        id: 'best-value',
        text: 'The value vector of the token “sat” attends to most, the one with the largest weight.',
        correct: false,
        rationale:
          'Attention mixes, it does not pick: every unmasked token contributes a share of its value, even a small one.',
      },
      {
        id: 'keys',
        text: 'Every token’s key vector, each weighted by the attention “sat” pays it, added up.',
        correct: false,
        rationale:
          'Keys and queries only decide the weights. What is handed over, and mixed, are the values.',
      },
    ],
    hints: [
      { text: 'In the library analogy, which of query, key and value is what gets handed over?' },
      {
        text: 'Step 4, stage 4: the scores weight the values, and the weighted values are added up.',
        givesAnswer: true,
      },
    ],
  },

  // read-matrix: Step 5. The matrix question draws its own matrix with the learner's settings.
  {
    id: 'matrix-argmax',
    objective: 'read-matrix',
    kind: 'matrix',
    sentence: lesson.exampleSentence,
    queryWord: 'sat',
    prompt:
      'In the matrix below for “{sentence}”, which key does {query} attend to most? Choose the cell in its row.',
    rationales: {
      correct: 'Right: {query} gives {key} {weight}, the largest weight in its row.',
      wrong:
        '{query} gives {key} {weight}, but another key in its row gets more. Compare the numbers along the row.',
      self: 'That is {query} itself, with {weight}. The diagonal does not always win: the query of {query} and its own key are different vectors, and another key in the row gets more.',
      masked:
        '{key} comes after {query}, so the causal mask hides it: its weight is exactly 0. Switch the mask off in Step 5 to let {query} see it.',
    },
    hints: [
      { text: 'The row is the token that is looking: read along the row of {query} only.' },
      { text: 'The weights in that row add up to 1. Which one is the largest?' },
      { text: 'The largest number in the row of {query} is {bestWeight}.', givesAnswer: true },
    ],
  },
  {
    id: 'matrix-diagonal',
    objective: 'read-matrix',
    kind: 'single',
    prompt:
      'Does a token always attend most to itself, so that the diagonal of an attention matrix holds the largest weight of every row?',
    choices: [
      {
        id: 'no',
        text: 'No. In Step 5’s matrix, with the lesson’s rule, “sat” gives itself {satSelf} and gives “cat” {satCat}.',
        correct: true,
        rationale:
          'Right. A weight compares the query of one token with the key of another: two different vectors, so a token’s query need not match its own key. The lesson’s rule has a verb look for nouns, not for verbs.',
      },
      {
        id: 'similar',
        text: 'Yes: a word’s query always matches its own key best, since the query and the key are made from the same word.',
        correct: false,
        rationale:
          'Both are made from the word, but in different ways: the query by a rule of what the word looks for, the key from what it is. They are different vectors, so the query of “sat” need not match its own key best. In Step 5, “sat” gives itself {satSelf} and “cat” {satCat}.',
      },
      {
        id: 'softmax-favours',
        text: 'Yes: the softmax is built to give the diagonal, where a token meets itself, the largest share of each row.',
        correct: false,
        rationale:
          'The softmax does not know where the diagonal is: it sees one row of scores, and the largest score wins wherever it stands.',
      },
    ],
    hints: [
      { text: 'Look again at the row of “sat” in Step 5. Which cell holds its largest weight?' },
      {
        text: 'With the lesson’s rule, “sat” gives itself {satSelf} and “cat” {satCat}.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'matrix-masked',
    objective: 'read-matrix',
    kind: 'single',
    prompt:
      'With the causal mask on, “cat” may not look at the later word “sat”. What does that cell hold just before the softmax, and what weight comes out?',
    choices: [
      {
        id: 'minus-infinity',
        text: '−∞ before the softmax; exactly 0 after it.',
        correct: true,
        rationale:
          'Right: exp(−∞) = 0, so the masked key gets no share at all and the visible keys share the whole 1.',
      },
      {
        id: 'zero-zero',
        text: '0 before the softmax; 0 after it.',
        correct: false,
        rationale:
          'A score of 0 is not “nothing”: exp(0) = 1, so it would still get a share. The softmax of the scores 1 and 0 gives the second {zeroScoreWeight}, not 0.',
      },
      {
        id: 'tiny',
        text: '−∞ before; a tiny positive weight after, as every key gets.',
        correct: false,
        rationale:
          'Every visible key keeps a small share, but a masked key does not: exp(−∞) is exactly 0, not merely small.',
      },
      {
        id: 'zero-minus-infinity',
        text: '0 before; −∞ after.',
        correct: false,
        rationale:
          'Weights come out of a softmax, so they are never negative: they lie between 0 and 1 and add up to 1.',
      },
    ],
    hints: [
      { text: 'What is exp(0)? Would a score of 0 get a share of the weight?' },
      {
        text: 'Step 5’s step-through shows masked scores as −∞, and the matrix shows their weight as 0.00.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'matrix-average',
    objective: 'read-matrix',
    kind: 'single',
    prompt:
      'Someone averages all the weights of Step 5’s matrix for “The cat sat down” to measure how strongly the sentence attends overall. What does that average tell them?',
    choices: [
      {
        id: 'nothing',
        text: 'Nothing: each row adds up to 1, so the average is always 1/n, here 1/{tokenCount} = {matrixMean}.',
        correct: true,
        rationale:
          'Right. n rows that each add up to 1 make a total of n, spread over n × n cells: 1/n, whatever the words, the rule or the sharpness.',
      },
      {
        id: 'focus',
        text: 'How focused the attention is: sharper attention gives larger weights, so a higher average.',
        correct: false,
        rationale:
          'Sharp and flat matrices have the same average: at Step 5’s highest sharpness the matrix still averages {sharpMean}. Focus shows in how the weights spread within each row.',
      },
      {
        id: 'relevance',
        text: 'How relevant the words are to one another: related words give larger weights, so a higher average.',
        correct: false,
        rationale:
          'Relevance shows in which cells of a row are large compared with the others. The average washes that out: the softmax fixes it at 1/n.',
      },
    ],
    hints: [
      { text: 'What does every row of the matrix add up to?' },
      {
        text: 'n rows of 1 make n, over n × n cells. Step 5’s matrix averages {matrixMean}.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'matrix-softmax',
    objective: 'read-matrix',
    kind: 'number',
    prompt:
      'The softmax of the scores {scores}, with no scaling: what weight goes to the third score? Give it to three decimals; answers within ± {tolerance} count.',
    scores: [2, 1, 3],
    target: 2,
    tolerance: 0.005,
    decimals: 3,
    inputLabel: 'Weight of the third score',
    rationales: {
      correct:
        'Right: the exponentials {exps} add up to {sum}, and the third takes {expected} of it.',
      wrong:
        'Not quite. Exponentiate each score, then divide the third exponential by the sum of all three.',
      linearShare:
        '{given} is the score divided by the sum of the scores. The softmax exponentiates first, which gives the largest score a larger share than that.',
      otherWeight:
        '{given} is the weight of another score. The third score, the largest, gets the largest weight.',
    },
    hints: [
      {
        text: 'The softmax exponentiates each score, then divides each exponential by their sum, so the weights add up to 1.',
      },
      {
        text: 'After subtracting the largest score (which changes nothing), the exponentials are {exps}; they add up to {sum}.',
      },
      { text: 'Divide the third exponential by the sum.', givesAnswer: true },
    ],
  },

  // advantages: Step 6
  {
    id: 'advantages-list',
    objective: 'advantages',
    kind: 'multiple',
    prompt:
      'Which of these are advantages of self-attention over a recurrent network? Choose all that apply.',
    choices: [
      {
        id: 'parallel',
        text: 'All the positions of a sequence can be computed at the same time, across many cores.',
        correct: true,
        rationale:
          'Yes: no position waits for another, so the scores for all pairs are matrix multiplications. That pays off once there are enough processors for its larger amount of work.',
      },
      {
        id: 'paths',
        text: 'Any two tokens are one step apart, however far apart they stand.',
        correct: true,
        rationale:
          'Yes: a direct connection between every pair makes long-range dependencies easier to learn (though not automatic).',
      },
      {
        id: 'readable',
        text: 'The weights form a matrix a person can read, showing which tokens each token draws on.',
        correct: true,
        rationale:
          'Yes, with Step 6’s caveat: readable is not the same as a full explanation of the model.',
      },
      {
        id: 'less-work',
        text: 'It does less work than an RNN on long sequences, because it skips the step-by-step chain.',
        correct: false,
        rationale:
          'It does more: comparing every token with every other makes work and memory grow with the square of the length. It can finish sooner only when enough processors share that work; on a few cores the RNN finishes first (Step 6’s figure shows where the two cross).',
      },
      {
        id: 'word-order',
        text: 'It knows the order of the words without any help, since it sees the whole sentence at once.',
        correct: false,
        rationale:
          'Attention alone ignores word order: shuffle the words and the weights are only reordered. Transformers add positional information.',
      },
      {
        id: 'generate-at-once',
        text: 'A model that generates text can write all the words of its answer at once, not one by one.',
        correct: false,
        rationale:
          'A model that generates text still produces it one token at a time. The parallelism is across the positions of a sequence it already has, as in training.',
      },
    ],
    hints: [
      { text: 'Step 6 has three numbered advantages, each with a price or a caveat.' },
      {
        text: 'The three: parallelism, constant-length paths and readable attention patterns.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'advantages-explanation',
    objective: 'advantages',
    kind: 'single',
    prompt:
      'A model calls a film review negative, and its largest attention weights fall on the word “boring”. Can you conclude from the weights that “boring” is why it said negative?',
    choices: [
      {
        id: 'test-it',
        text: 'Not from the weights alone: they show where the model looked; whether that explains the decision must be tested.',
        correct: true,
        rationale:
          'Right. Jain & Wallace (2019) found that quite different attention weights can lead to the same prediction; Wiegreffe & Pinter (2019) showed that whether weights explain a decision depends on the model and has to be tested, not assumed.',
      },
      {
        id: 'yes',
        text: 'Yes: the word with the largest weight is the one the model relied on most, so it is the reason for the verdict.',
        correct: false,
        rationale:
          'Attention is a window into the model, not a full explanation: other weights can give the same prediction (Jain & Wallace, 2019), and the layers after attention shape the output too.',
      },
      {
        id: 'meaningless',
        text: 'No: quite different weights can give the same prediction, so these weights carry no information about it.',
        correct: false,
        rationale:
          'That goes too far the other way. That other weights can give the same prediction (Jain & Wallace, 2019) does not make these meaningless: they are far easier to read than an RNN’s hidden state and can be informative (Wiegreffe & Pinter, 2019); they are just not proof of a cause on their own.',
      },
    ],
    hints: [
      {
        text: 'Step 6 calls the weights “a window into the model”. A window onto what, and how much?',
      },
      {
        text: 'Step 6 cites two papers from 2019: one on different weights giving the same prediction, one on testing whether weights explain.',
        givesAnswer: true,
      },
    ],
  },
  {
    id: 'advantages-experiment',
    objective: 'advantages',
    kind: 'single',
    prompt:
      'Step 6’s experiment trains an RNN ({recallRnnParameters} parameters) and a one-head attention model ({recallAttentionParameters} parameters) for {recallSteps} steps to recall the first of n + 2 tokens. What did the lesson’s seeded run find at n = {recallLongN}?',
    choices: [
      {
        id: 'attention-recalls',
        text: 'Attention recalled the first token in {recallAttentionLong} of test sequences; the RNN was near chance ({recallRnnLong}; chance is {recallChance}).',
        correct: true,
        rationale:
          'Right. The query reaches the first token in one step at any n; the RNN must carry it through every step in between, and in this run it did not learn to. At n = {recallShortN} the RNN still reached {recallRnnShort}.',
      },
      {
        id: 'both',
        text: 'Both recalled it about equally well, since the two models have about the same number of parameters.',
        correct: false,
        rationale:
          'Not at this distance: the RNN scored {recallRnnLong}, about what guessing gives ({recallChance}). Its size was not the trouble; it did reach {recallRnnShort} at n = {recallShortN}, where the chain is shorter.',
      },
      {
        id: 'rnn-never',
        text: 'The RNN was near chance, which proves that a recurrent network can never carry a token that far.',
        correct: false,
        rationale:
          'The run shows what {recallSteps} steps of this training gave, not what is impossible. Another seed, more steps or a gated RNN (an LSTM or a GRU, built to carry information across long gaps) might do better.',
      },
      {
        id: 'bigger',
        text: 'Attention recalled it and the RNN did not, because the attention model is far larger.',
        correct: false,
        rationale:
          'The two are about the same size: {recallAttentionParameters} parameters against the RNN’s {recallRnnParameters}. What differs is the path: one step from the query to the first token for attention, a chain through every token for the RNN.',
      },
    ],
    hints: [
      {
        text: 'Look at the hollow marks of Step 6’s accuracy plot: the lesson’s seeded run. Where is the dotted chance line?',
      },
      {
        text: 'At n = {recallLongN} the seeded run gives attention {recallAttentionLong} and the RNN {recallRnnLong}; guessing gives {recallChance}.',
        givesAnswer: true,
      },
    ],
  },
];
