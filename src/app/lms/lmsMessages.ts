// What the page says about the course platform, shown with the storage notices.
import type { SuspendDataProblem } from './suspendData';

export const lmsMessages = {
  noPlatform:
    'This lesson could not reach your course platform, so your progress is kept only in this browser. Everything else works as usual.',
  refused:
    'Your course platform did not accept your latest progress, so it is kept only in this browser for now. Everything else works as usual.',
  suspendData: {
    unreadable:
      'The progress your course platform saved could not be read, so the lesson has started afresh. Everything else works as usual.',
    steps:
      'The steps you had opened could not be read back from your course platform, so they start afresh. Your quiz answers are kept.',
    quiz: 'Your quiz answers could not be read back from your course platform, so the quiz starts afresh. The steps you had opened are kept.',
  } satisfies Record<SuspendDataProblem, string>,
} as const;
