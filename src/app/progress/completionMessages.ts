// Every message about progress and completion: the contents list, the overview, the quiz's verdict
// and the reset dialog. The rule itself is in completion.ts; these only put its numbers in words.
import type { LessonStatus, PassMark, QuizStanding } from './completion';

// The manifest sets a percentage; the questions needed round it up (80 % of 17 is 13.6, so 14).
const passMarkText = ({ required, total, percent }: PassMark) =>
  `${percent} %, that is ${required} of ${total} questions right first time`;

export const completionMessages = {
  visited: 'Visited',
  quizState: (quiz: QuizStanding): string => {
    switch (quiz.state) {
      case 'not-started':
        return 'Quiz not started';
      case 'in-progress':
        return 'Quiz started, not finished';
      case 'finished':
        return `Quiz finished: ${quiz.right} of ${quiz.total} right, ${quiz.passed ? 'passed' : 'not yet passed'}`;
    }
  },
  stepsDone: (done: number, total: number) => `${done} of ${total} steps done`,
  lessonStatus: {
    incomplete: 'Lesson not finished',
    passed: 'Lesson passed',
    failed: 'Lesson not yet passed',
  } satisfies Record<LessonStatus, string>,

  progressHeading: 'Your progress',
  rule: (quizStep: number, passMark: PassMark) =>
    `Steps 1 to ${quizStep - 1} count as done once you open them, and Step ${quizStep} once you finish its quiz. ` +
    `You pass the lesson with at least ${passMarkText(passMark)}: right at your first check, without a hint.`,

  /** Said before the first question, so the learner knows the mark before it counts. */
  passMarkBefore: (passMark: PassMark) =>
    `You pass the lesson with at least ${passMarkText(passMark)}: right at your first check, without a hint. You can check again after a wrong answer, but only first tries count.`,

  passed: 'Passed.',
  notYetPassed: 'Not yet passed.',
  verdict: (right: number, passMark: PassMark) =>
    `The pass mark is ${passMarkText(passMark)}; you have ${right}.`,
  nextWhenPassed: (reviewHeading: string, missed: boolean) =>
    missed
      ? `You have finished the lesson. The steps listed under “${reviewHeading}” are worth reading again.`
      : 'You have finished the lesson.',
  nextWhenNotPassed: (reviewHeading: string) =>
    `Read the steps listed under “${reviewHeading}” again, then start the quiz again: your new first tries will count.`,
  restartNote:
    'Starting again clears these answers and this result; the lesson then counts as not finished until you finish the quiz again.',

  resetButton: 'Reset progress…',
  resetHeading: 'Reset your progress?',
  resetExplain:
    'This forgets which steps you have opened, your quiz answers and your quiz result. Your theme and your Step 5 settings stay as they are. It cannot be undone.',
  resetCancel: 'Cancel',
  resetConfirm: 'Reset progress',
  resetDone: 'Your progress has been reset.',
} as const;
