// Step 6's experiment in Chromium: trained in a worker by keyboard, paused and resumed, with the
// page's thread never blocked over 50 ms, and numbers equal to the engine's in Node.
import { describe, expect, it } from 'vitest';
import { createExperiment } from '../src/engine/experiment/experiment';
import { contrastRatio, relativeLuminance } from '../src/ui/widgets/cellColour';
import { expectNoAxeViolations, lessonSession, openFigures, pageScrollWidth } from './browser';

const openLessonPage = lessonSession();

/** What the engine gives in Node for the page's run at n = 8: the same seed and settings. */
function nodeRun(n: number) {
  const experiment = createExperiment({ n });
  while (experiment.stepsDone() < experiment.settings.steps) experiment.step();
  return { evaluation: experiment.evaluate(), row: [...experiment.attentionRow()] };
}

describe('Step 6: the recall experiment', () => {
  it('trains by keyboard, pauses, resumes, matches the engine, and resets', async () => {
    const page = await openFigures(openLessonPage, '#/step/6');
    const figure = page.locator('[data-recall-experiment]');
    const phase = () => figure.getAttribute('data-phase');
    const stepShown = async () =>
      Number(
        (await figure.locator('[data-experiment-step]').textContent())
          ?.match(/^Step ([\d,]+)/)?.[1]
          ?.replace(',', ''),
      );
    // Long tasks on the page's thread while the models train: from the first step shown until
    // the figure starts measuring (phase "evaluating"). Drawing the results comes after.
    await page.evaluate(() => {
      const seen: { start: number; duration: number }[] = [];
      const marks = { trainingFrom: Infinity, trainingTo: Infinity };
      Object.assign(window, { longTasks: seen, trainingMarks: marks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          seen.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
      const figure = document.querySelector('[data-recall-experiment]');
      if (!figure) throw new Error('no experiment figure');
      new MutationObserver(() => {
        const phase = figure.getAttribute('data-phase');
        if (phase === 'training' && marks.trainingFrom === Infinity)
          marks.trainingFrom = performance.now();
        if (phase === 'evaluating' && marks.trainingTo === Infinity)
          marks.trainingTo = performance.now();
      }).observe(figure, { attributes: true, attributeFilter: ['data-phase'] });
    });

    await figure.getByRole('radio', { name: '8', exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await figure.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    const main = figure.locator('[data-experiment-main]');
    await main.focus();
    const started = Date.now();
    await page.keyboard.press('Enter');
    await expect.poll(stepShown, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Enter'); // Pause: the button kept the focus
    await expect.poll(phase).toBe('paused');
    // The chosen n, locked for the run, stays legible: it says what is training.
    const [ink, paper] = await figure
      .locator('fieldset.segmented label:has(input:checked:disabled)')
      .evaluate((label) => [
        getComputedStyle(label).color,
        getComputedStyle(label).backgroundColor,
      ]);
    expect(contrastRatio(relativeLuminance(ink), relativeLuminance(paper))).toBeGreaterThanOrEqual(
      4.5,
    );
    const pausedAt = await stepShown();
    await page.waitForTimeout(600);
    expect(await stepShown()).toBe(pausedAt);
    expect(await main.textContent()).toBe('Resume');
    await page.keyboard.press('Enter');
    await expect.poll(phase, { timeout: 30_000, interval: 200 }).toBe('done');
    console.log(
      `n = 8 in Chromium: ${((Date.now() - started) / 1000).toFixed(1)} s with a 0.6 s pause`,
    );
    const { longTasks, trainingMarks } = await page.evaluate(() => {
      const w = window as unknown as {
        longTasks: { start: number; duration: number }[];
        trainingMarks: { trainingFrom: number; trainingTo: number };
      };
      return { longTasks: w.longTasks, trainingMarks: w.trainingMarks };
    });
    expect(trainingMarks.trainingTo).toBeGreaterThan(trainingMarks.trainingFrom);
    const whileTraining = longTasks.filter(
      (task) =>
        task.start + task.duration > trainingMarks.trainingFrom &&
        task.start < trainingMarks.trainingTo,
    );
    expect(whileTraining.map((task) => Math.round(task.duration))).toEqual([]);

    const engine = nodeRun(8);
    const result = figure.locator('[data-experiment-result]');
    expect(Number(await result.getAttribute('data-rnn-accuracy'))).toBe(
      engine.evaluation.rnnAccuracy,
    );
    expect(Number(await result.getAttribute('data-attention-accuracy'))).toBe(
      engine.evaluation.attentionAccuracy,
    );
    const weights = await figure
      .locator('.row-plot rect.bar')
      .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-weight'))));
    // The accuracies are bit-identical; the weights may differ in their last bits (Chromium's
    // V8 and Node's need not round Math.exp alike), so they are held to 1e-12 relative.
    expect(weights).toHaveLength(engine.row.length);
    weights.forEach((w, i) => {
      expect(Math.abs(w - (engine.row[i] ?? NaN))).toBeLessThanOrEqual(1e-12 * Math.abs(w));
    });
    expect(weights.indexOf(Math.max(...weights))).toBe(0);
    expect(await figure.locator('[data-your-run="8"]').count()).toBe(1);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => pageScrollWidth(page)).toBeLessThanOrEqual(390);

    await figure.getByRole('button', { name: 'Reset' }).click();
    expect(await phase()).toBe('idle');
    expect(await stepShown()).toBe(0);
    expect(await figure.locator('[data-experiment-result]').count()).toBe(0);
    expect(await figure.locator('.row-plot').count()).toBe(0);
  });
});
