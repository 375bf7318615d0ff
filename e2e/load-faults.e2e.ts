// The trained model's files when they are damaged: weights holding NaN or ±Infinity, and a
// heads.json of valid JSON but the wrong shape. Each ends in a message naming what is wrong and a
// Try again button that reads a fixed file without reloading the page (issue 12, items 2 and 3).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadingMessages } from '../content/self-attention/figureMessages/loading';
import { matrixFigureMessages } from '../content/self-attention/figureMessages/matrix';
import { headPatternsMessages } from '../content/self-attention/figureMessages/trainedModel';
import { expectNoAxeViolations, lessonSession } from './browser';

const openLessonPage = lessonSession();

async function openStep5(): Promise<Page> {
  const { page } = await openLessonPage('#/step/5/the-cat-sat-down');
  await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
  return page;
}

const weightsSize = readFileSync(
  new URL('../public/models/brown-tiny/weights.bin', import.meta.url),
).length;

/** Serves `body` for the file until the returned function is called, then the real one. */
async function damage(
  page: Page,
  file: string,
  body: Buffer | string,
): Promise<() => Promise<void>> {
  const pattern = `**/models/brown-tiny/${file}`;
  await page.route(pattern, (route) => route.fulfill({ status: 200, body }));
  return () => page.unroute(pattern);
}

const alertText = async (page: Page) =>
  ((await page.getByRole('alert').textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('damaged model files', () => {
  for (const [name, byte] of [
    ['NaN (0xFF bytes)', 0xff],
    ['+Infinity (0x7C00)', undefined],
  ] as const) {
    it(`names the tensor for weights of ${name}, and loads the fixed file on Try again`, async () => {
      const page = await openStep5();
      const bytes = Buffer.alloc(weightsSize, byte ?? 0);
      if (byte === undefined)
        for (let i = 0; i < weightsSize; i += 2) bytes.writeUInt16LE(0x7c00, i);
      const repair = await damage(page, 'weights.bin', bytes);
      await page.getByRole('radio', { name: 'a trained model' }).check();
      await page.getByRole('alert').waitFor();
      // Plain words first, from the catalogue; the file and the tensor after, as the detail.
      const message = matrixFigureMessages.modelFailed(
        loadingMessages.reason({ kind: 'unusable', files: [], detail: '', timeLimitMs: 0 }),
      );
      const alert = await alertText(page);
      expect(alert.startsWith(`${message} Detail: `)).toBe(true);
      expect(alert.slice(message.length)).toMatch(
        /^ Detail: weights\.bin: tensor tokenEmbedding holds (NaN|Infinity) at number 0 of/,
      );
      expect(await page.getByText(/Loading the trained model/).count()).toBe(0);
      await expectNoAxeViolations(page);
      await repair();
      await page.getByRole('button', { name: loadingMessages.retry }).click();
      await page.getByRole('group', { name: /Every layer and head/ }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  }

  it('starts afresh on the next choice of the trained model after a failure', async () => {
    const page = await openStep5();
    const repair = await damage(page, 'weights.bin', Buffer.alloc(weightsSize, 0xff));
    await page.getByRole('radio', { name: 'a trained model' }).check();
    await page.getByRole('alert').waitFor();
    await repair();
    await page.getByRole('radio', { name: 'the teaching rule' }).check();
    await page.getByRole('radio', { name: 'a trained model' }).check();
    await page.getByRole('group', { name: /Every layer and head/ }).waitFor();
  });

  it('names what is wrong in a heads.json of the wrong shape, and draws the fixed file on Try again', async () => {
    const { page, url } = await openLessonPage();
    const repair = await damage(page, 'heads.json', '{"heldOut":{},"heads":[{}]}');
    await page.goto(url('#/step/6'));
    const figure = page.getByRole('region', { name: 'What the trained model’s heads attend to' });
    await figure.getByRole('alert').waitFor();
    const facts = {
      kind: 'unusable',
      files: ['heads.json'],
      detail: 'model must be a non-empty string, got nothing',
      timeLimitMs: 0,
    } as const;
    expect(await alertText(page)).toBe(
      `${headPatternsMessages.failed(loadingMessages.reason(facts))} ${loadingMessages.detail(facts)}`,
    );
    await expectNoAxeViolations(page);
    await repair();
    await figure.getByRole('button', { name: loadingMessages.retry }).click();
    await figure.getByRole('table').waitFor();
  });
});
