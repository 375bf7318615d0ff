import { describe, expect, it } from 'vitest';
import type Scorm12Runtime from 'scorm-again/scorm12';
import { lesson } from '../../../content/self-attention/lesson';
import { quizQuestions } from '../../../content/self-attention/quiz';
import { STEP_COUNT, steps } from '../lesson';
import { completionRules, lessonCompletion } from '../progress/completion';
import type { Progress } from '../progress/progressStore';
import { freshQuizState, withCheck, withFinished } from '../quiz/quizState';
import type { LmsAdapter } from './lmsAdapter';
import { lmsReportOf, lmsResume, lmsSession } from './lmsSession';
import { scorm12Backend, type Scorm12Api } from './scorm12Backend';
import { decodeSuspendData, encodeSuspendData } from './suspendData';

const rules = completionRules(lesson, steps, quizQuestions);
const N = quizQuestions.length;

function reportOf(progress: Progress, location = '#/') {
  return lmsReportOf(
    progress,
    lessonCompletion(progress, rules),
    location,
    quizQuestions,
    STEP_COUNT,
  );
}

/** A finished quiz with the first `right` questions right first time. */
function finishedQuiz(right: number) {
  let state = freshQuizState({ seed: 7, attempt: 0 });
  for (const [i, q] of quizQuestions.entries()) state = withCheck(state, q.id, i < right);
  return withFinished(state);
}

/** An LMS that records every call, in order. */
function recordingLms() {
  const calls: string[] = [];
  const values: Record<string, string> = {};
  const api: Scorm12Api = {
    LMSInitialize: () => 'true',
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (element) => values[element] ?? '',
    LMSSetValue: (element, value) => {
      calls.push(element);
      values[element] = value;
      return 'true';
    },
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '0',
  };
  return { adapter: scorm12Backend(api), calls, values };
}

describe('what the LMS is told', () => {
  it('takes the status and the score from the completion rule', () => {
    const passed = reportOf({ visited: [1, 2, 3, 4, 5, 6, 7], quiz: finishedQuiz(N) });
    expect(passed).toMatchObject({ status: 'passed', scorePercent: 100, doneSteps: STEP_COUNT });
    const required = Math.ceil(lesson.masteryScore * N);
    const failed = reportOf({ visited: [7], quiz: finishedQuiz(required - 1) });
    expect(failed.status).toBe('failed');
    expect(failed.scorePercent).toBe(
      lessonCompletion({ visited: [7], quiz: finishedQuiz(required - 1) }, rules).scorePercent,
    );
    expect(reportOf({ visited: [1], quiz: null })).toMatchObject({
      status: 'incomplete',
      scorePercent: null,
    });
  });

  it('sends everything once at the start, then only what changed, with a commit after each change', () => {
    const { adapter, calls, values } = recordingLms();
    const session = lmsSession(adapter);
    expect(session.report(reportOf({ visited: [1], quiz: null }, '#/step/1/a'))).toBe(true);
    expect(calls).toEqual([
      'cmi.core.lesson_location',
      'cmi.core.lesson_status',
      'cmi.core.exit',
      'cmi.suspend_data',
      'commit',
    ]);
    expect(values['cmi.core.exit']).toBe('suspend');

    calls.length = 0;
    session.report(reportOf({ visited: [1], quiz: null }, '#/step/1/a'));
    expect(calls).toEqual([]);

    session.report(reportOf({ visited: [1, 2], quiz: null }, '#/step/2/b'));
    expect(calls).toEqual(['cmi.core.lesson_location', 'cmi.suspend_data', 'commit']);

    calls.length = 0;
    const progress = { visited: [1, 2, 7], quiz: finishedQuiz(N) };
    session.report(reportOf(progress, '#/step/7/c'));
    expect(values).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.exit': '',
      'cmi.core.score.raw': '100',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_location': '#/step/7/c',
    });
    expect(calls.at(-1)).toBe('commit');
    expect(decodeSuspendData(values['cmi.suspend_data'] ?? '', quizQuestions, STEP_COUNT)).toEqual({
      progress,
      problems: [],
    });
  });

  it('commits and finishes when the page goes, and tells nothing after', () => {
    const { adapter, calls } = recordingLms();
    const session = lmsSession(adapter);
    session.report(reportOf({ visited: [], quiz: null }));
    calls.length = 0;
    expect(session.end()).toBe(true);
    expect(calls).toEqual(['commit', 'finish']);
    session.report(reportOf({ visited: [3], quiz: null }));
    session.end();
    expect(calls).toEqual(['commit', 'finish']);
  });

  it('says when the LMS refused a value or the commit', () => {
    const refusing: LmsAdapter = { ...recordingLms().adapter, commit: () => false };
    expect(lmsSession(refusing).report(reportOf({ visited: [], quiz: null }))).toBe(false);
  });
});

describe('the SCORM 1.2 backend against scorm-again’s runtime', () => {
  it('is accepted at every stage: started, passed, and started again (a blank score)', async () => {
    // Its ES module exports the class by name; its declarations say default.
    const { Scorm12API } = (await import('scorm-again/scorm12')) as unknown as {
      Scorm12API: typeof Scorm12Runtime;
    };
    const runtime = new Scorm12API({ lmsCommitUrl: false, logLevel: 5 });
    const api = runtime as unknown as Scorm12Api;
    const adapter = scorm12Backend(api);
    expect(adapter.initialise()).toEqual({ entry: '', location: '', suspendData: '' });
    const session = lmsSession(adapter);
    expect(session.report(reportOf({ visited: [1], quiz: null }, '#/step/1/a'))).toBe(true);
    const finished = { visited: [1, 7], quiz: finishedQuiz(N - 1) };
    expect(session.report(reportOf(finished, '#/step/7/b'))).toBe(true);
    expect(runtime.cmi.core.lesson_status).toBe(lessonCompletion(finished, rules).status);
    expect(runtime.cmi.core.score.raw).toBe(String(lessonCompletion(finished, rules).scorePercent));
    expect(
      session.report(reportOf({ visited: [1, 7], quiz: freshQuizState() }, '#/step/7/b')),
    ).toBe(true);
    expect(runtime.cmi.core.lesson_status).toBe('incomplete');
    expect(runtime.cmi.core.score.raw).toBe('');
    expect(session.end()).toBe(true);
  });
});

describe('where a launch starts', () => {
  const saved = { visited: [1, 2, 7], quiz: finishedQuiz(N) };
  const suspendData = encodeSuspendData(saved, quizQuestions);

  it('brings back the steps, the quiz and the place on a resume', () => {
    const launch = { entry: 'resume', location: '#/step/7/x', suspendData } as const;
    expect(lmsResume(launch, quizQuestions, STEP_COUNT)).toEqual({
      progress: saved,
      problems: [],
      location: '#/step/7/x',
    });
  });

  it('does the same when the LMS says neither first launch nor resume', () => {
    const launch = { entry: '', location: '', suspendData } as const;
    expect(lmsResume(launch, quizQuestions, STEP_COUNT)).toMatchObject({
      progress: saved,
      location: null,
    });
  });

  it('starts afresh on a first launch, whatever the LMS still holds', () => {
    const launch = { entry: 'ab-initio', location: '#/step/7/x', suspendData } as const;
    expect(lmsResume(launch, quizQuestions, STEP_COUNT)).toEqual({
      progress: { visited: [], quiz: null },
      problems: [],
      location: null,
    });
  });

  it('names the part it could not read, and keeps the rest', () => {
    const launch = { entry: 'resume', location: '', suspendData: '[1,[1,2,99],null]' } as const;
    expect(lmsResume(launch, quizQuestions, STEP_COUNT)).toMatchObject({
      progress: { visited: [], quiz: null },
      problems: ['steps'],
    });
  });
});
