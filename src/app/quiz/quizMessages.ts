// Every message the quiz shows about itself (the questions are in content/self-attention/quiz.ts).

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const quizMessages = {
  heading: 'Quiz: test your understanding',
  authored:
    'These questions were written for this lesson. Every number in them is computed live by the lesson’s engine, and the matrix question uses your settings from Step 5.',
  loading: 'Loading the corpus word list…',
  loadError: (error: string) =>
    `The word list could not load (${error}), so the quiz cannot show its numbers. Reloading the page may help.`,
  questionOf: (k: number, n: number) => `Question ${k} of ${n}`,

  check: 'Check',
  showHint: 'Show a hint',
  hintsShown: (shown: number, total: number) =>
    `${shown} of ${plural(total, 'hint', 'hints')} shown`,
  hintsLabel: 'Hints',
  hintLabel: (k: number) => `Hint ${k}`,
  previous: 'Previous question',
  next: 'Next question',
  finish: 'Finish and see my results',
  uncheckedBeforeFinish: (n: number) =>
    `${plural(n, 'question has', 'questions have')} no checked answer yet. You can go back to ${n === 1 ? 'it' : 'them'}; if you finish now, ${n === 1 ? 'it counts' : 'they count'} as not right first time.`,
  restart: 'Start the quiz again',

  correct: 'Correct',
  notYet: 'Not yet',
  incomplete: 'No answer yet',
  correctSummary: (tries: number, firstTry: boolean | null) =>
    firstTry === true
      ? 'Right first time.'
      : tries <= 1
        ? 'Right, after a hint, so it does not count as right first time.'
        : `Right, after ${plural(tries, 'try', 'tries')}.`,
  wrongSummary: 'That is not it. Read why below, then try again or show a hint.',
  chooseFirst: 'Choose an answer, then press Check.',
  tickFirst: 'Tick at least one choice, then press Check.',
  cellFirst: (query: string) => `Choose a cell in the row of ${query}, then press Check.`,
  typeFirst: 'Type a number, then press Check.',
  notANumber: (given: string) =>
    `“${given}” is not a number. Type a decimal such as 0.25 (a comma works too).`,
  multipleWrong: (rightTicked: number, rightTotal: number, wrongTicked: number) =>
    `You ticked ${rightTicked} of the ${rightTotal} right choices` +
    (wrongTicked > 0 ? ` and ${plural(wrongTicked, 'wrong one', 'wrong ones')}.` : '.') +
    ' Try again, or show a hint.',
  orderWrong: (inPlace: number, total: number) =>
    `${inPlace} of ${total} steps are in the right place. Try again, or show a hint.`,
  belongsAt: (text: string, position: number) => `“${text}” belongs at position ${position}`,
  yourChoice: (text: string) => `You chose: ${text}`,
  yourCell: (key: string, weight: string) => `You chose ${key}: ${weight}`,
  yourNumber: (text: string) => `You typed ${text}`,

  answerIs: (answer: string) => `The answer: ${answer}`,
  rightChoices: (choices: readonly string[]) => `The right choices: ${choices.join('; ')}.`,
  orderIs: (items: readonly string[]) =>
    `The order: ${items.map((text, i) => `(${i + 1}) ${text}`).join(', ')}.`,
  cellOf: (best: string, weight: string) => `the cell of ${best} (${weight}).`,

  settingsLine: (sharpness: number, temperature: number, causal: boolean, ruleEdited: boolean) =>
    `Your Step 5 settings: sharpness ×${sharpness} (temperature T = ${temperature}), causal mask ${causal ? 'on' : 'off'}, ${ruleEdited ? 'your edited rule' : 'the lesson’s rule'}. Change them in Step 5 and this matrix follows.`,
  matrixCaption: (sentence: string, query: string) =>
    `Attention weights for “${sentence}”, rounded to two decimals: each row is a query token, each column a key token. The cells in the row of ${query} are the choices.`,
  cellLabel: (query: string, key: string) => `${query} to ${key}:`,
  maskedCell: '(masked)',
  queryColumn: 'Query token',

  moved: (text: string, position: number, total: number) =>
    `“${text}” moved to position ${position} of ${total}.`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  dragHint: 'Drag a step with the mouse, or use its Move up and Move down buttons.',

  resultsHeading: 'Your results',
  score: (right: number, total: number) => `${right} of ${total} right first time.`,
  scoreNote:
    'A question counts as right first time when your first check was right and you had not shown a hint.',
  masteryCaption: 'Right first time, for each learning objective',
  objectiveColumn: 'Learning objective',
  rightColumn: 'Right first time',
  masteryCell: (right: number, total: number) => `${right} of ${total}`,
  reviewHeading: 'Review what I missed',
  nothingMissed: 'You got every question right first time: nothing to review.',
  missedQuestions: (n: number) => plural(n, 'question', 'questions') + ' missed',
  reviewStep: (number: number, title: string) => `Step ${number}: ${title}`,
} as const;
