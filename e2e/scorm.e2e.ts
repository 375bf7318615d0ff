// The course package as an LMS runs it: the zip unpacked beside a host page that gives the lesson
// scorm-again's SCORM 1.2 runtime as window.API (e2e/scorm-host/), the lesson walked and its quiz
// answered in the host's frame, then reloaded as an LMS resumes it, with what the LMS was told
// read back at each stage. And the same package with no API: the lesson works and says where its
// progress is kept.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { quizQuestions } from '../content/self-attention/quiz';
import { lmsMessages } from '../src/app/lms/lmsMessages';
import { quizMessages } from '../src/app/quiz/quizMessages';
import { decodeSuspendData } from '../src/app/lms/suspendData';
import { PROGRESS_KEY } from '../src/app/progress/progressStore';
import { serveLesson } from '../scripts/serve.js';
import { expectNoAxeViolations, launchBrowser } from './browser';
import { STEP_TITLES } from './lessonShell';
import { N, answerRightly, goNext, question } from './quizDriver';

const STEP_COUNT = STEP_TITLES.length;

const ZIP = 'dist-package/self-attention-scorm12.zip';
const STORE = 'lms-stand-in/cmi';

/** What the stand-in LMS keeps from each commit: every value the lesson set, by element name. */
interface StoredCmi {
  values: Record<string, string>;
  commits: number;
  finished: boolean;
}

let server: { url: string; close: () => Promise<void> } | undefined;
let folder = '';
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let problems: string[] = [];

beforeAll(async () => {
  // `npm test` packages the lesson before the browser tests; run alone, this file packages it.
  if (!existsSync(ZIP)) execFileSync('node', ['scripts/package/run.js'], { stdio: 'inherit' });
  folder = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    const target = join(folder, 'course', name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  cpSync('e2e/scorm-host', folder, { recursive: true });
  // The classic script (a global Scorm12API), as an LMS page loads it.
  const runtime = createRequire(import.meta.url).resolve('scorm-again/scorm12');
  cpSync(runtime, join(folder, 'scorm12.js'));
  server = await serveLesson({ port: 0, basePath: '/lms/', root: folder });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(problems).toEqual([]);
});

/** The host page in a fresh browser, with the checks every browser test makes. */
async function openHost(query = ''): Promise<{ page: Page; course: () => Frame }> {
  if (!browser || !server) throw new Error('not started');
  const origin = new URL(server.url).origin;
  context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  problems = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request outside: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${server.url}${query}`);
  const course = () => {
    const frame = page.frames().find((f) => f.url().includes('/course/'));
    if (!frame) throw new Error('no course frame');
    return frame;
  };
  await course().getByRole('heading', { level: 1 }).waitFor();
  return { page, course };
}

const contentsLink = (frame: Frame, title: string) =>
  frame.getByRole('navigation', { name: 'Lesson steps' }).getByRole('link', { name: title });

/** The values the stand-in LMS kept at the last commit, under SCORM 1.2's names less "cmi.". */
async function lms(page: Page) {
  const stored = (await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown,
    STORE,
  )) as StoredCmi | null;
  if (!stored) return null;
  const v = (element: string) => stored.values[`cmi.${element}`];
  return {
    location: v('core.lesson_location'),
    status: v('core.lesson_status'),
    exit: v('core.exit'),
    score: { raw: v('core.score.raw'), min: v('core.score.min'), max: v('core.score.max') },
    suspendData: v('suspend_data') ?? '',
    commits: stored.commits,
    finished: stored.finished,
  };
}

/**
 * The quiz driver works on a Page; in the host's frame the keys go to the page (they reach the
 * focused frame) and everything read comes from the frame.
 */
const inFrame = (page: Page, frame: Frame) =>
  ({
    keyboard: page.keyboard,
    evaluate: frame.evaluate.bind(frame),
    locator: frame.locator.bind(frame),
    getByText: frame.getByText.bind(frame),
  }) as unknown as Page;

async function answerQuestions(page: Page, frame: Frame, from: number, to: number) {
  const learner = inFrame(page, frame);
  await frame.getByRole('heading', { name: `Question ${from} of ${N}` }).focus();
  for (let k = from; k <= to; k++) {
    await answerRightly(learner, question(k));
    await goNext(learner, k);
  }
}

/** Reloads the host as an LMS resumes: the lesson's own storage emptied, so all comes from the LMS. */
async function resume(page: Page, course: () => Frame) {
  await page.evaluate((key) => {
    localStorage.removeItem(key);
  }, PROGRESS_KEY);
  await page.reload();
  await course().getByRole('heading', { level: 1 }).waitFor();
  // The lesson ended its session as the page went, and the host kept the last commit.
}

describe('the SCORM 1.2 package in an LMS', () => {
  it('reports place, status, score and suspend data, and resumes from them', async () => {
    const { page, course } = await openHost();
    await expect.poll(async () => (await lms(page))?.status).toBe('incomplete');
    expect(await lms(page)).toMatchObject({ location: '#/', exit: 'suspend' });

    // Every step, in order, from the contents list; the LMS is told each step's route.
    for (const title of STEP_TITLES) {
      await contentsLink(course(), title).click();
      await course().getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
      const route = new URL(course().url()).hash;
      expect(route).toMatch(/^#\/step\/\d\/[a-z-]+$/);
      await expect.poll(async () => (await lms(page))?.location).toBe(route);
    }
    const quizRoute = new URL(course().url()).hash;

    // Half the quiz, then the LMS closes and resumes the lesson.
    const half = Math.floor(N / 2);
    await course()
      .getByRole('heading', { name: `Question 1 of ${N}` })
      .waitFor();
    await answerQuestions(page, course(), 1, half);
    await expect
      .poll(
        async () =>
          decodeSuspendData((await lms(page))?.suspendData ?? '', quizQuestions, STEP_COUNT)
            .progress.quiz,
      )
      .toMatchObject({ current: half });
    await resume(page, course);
    expect(await lms(page)).toMatchObject({
      status: 'incomplete',
      exit: 'suspend',
    });
    // Back at the quiz, at the question after the last answered, with the answers kept.
    await course()
      .getByRole('heading', { name: `Question ${half + 1} of ${N}` })
      .waitFor();
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { API: { cmi: { core: { entry: string } } } }).API.cmi.core.entry,
      ),
    ).toBe('resume');
    const afterResume = decodeSuspendData(
      (await lms(page))?.suspendData ?? '',
      quizQuestions,
      STEP_COUNT,
    );
    expect(afterResume.problems).toEqual([]);
    expect(afterResume.progress.visited).toEqual(STEP_TITLES.map((_, i) => i + 1));
    expect(
      Object.keys((afterResume.progress.quiz as { questions: object }).questions),
    ).toHaveLength(half);

    await answerQuestions(page, course(), half + 1, N);
    await expect.poll(async () => (await lms(page))?.status).toBe('passed');
    expect(await lms(page)).toMatchObject({
      exit: '',
      score: { raw: '100', min: '0', max: '100' },
      location: quizRoute,
    });

    // Resumed once more: the results and the score come back from the LMS alone.
    await resume(page, course);
    await course().getByRole('heading', { name: 'Your results' }).waitFor();
    const results = course().locator('.quiz-score');
    expect(await results.textContent()).toBe(quizMessages.score(N, N));
    expect(await course().locator('.quiz-outcome').getAttribute('data-passed')).toBe('true');
    const last = await lms(page);
    expect(last).toMatchObject({ status: 'passed', score: { raw: '100' } });
    const decoded = decodeSuspendData(last?.suspendData ?? '', quizQuestions, STEP_COUNT);
    expect(decoded.progress.quiz).toMatchObject({ finished: true });
    expect(last?.suspendData.length).toBeLessThanOrEqual(4096);
    console.log(
      `scorm-again after resuming: ${JSON.stringify({ ...last, suspendData: `${String(last?.suspendData.length)} characters` })}`,
    );
  });

  it('works with no LMS API, and says progress is kept only in this browser', async () => {
    const { page, course } = await openHost('?api=none');
    await course().getByText(lmsMessages.noPlatform).waitFor();
    const second = STEP_TITLES[1] ?? '';
    await contentsLink(course(), second).click();
    await course().getByRole('heading', { level: 2, name: second, exact: true }).waitFor();
    expect(await lms(page)).toBeNull();
    await expectNoAxeViolations(page);
  });
});
