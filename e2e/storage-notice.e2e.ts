// The storage notice sits in the reading column, lined up with the step's text, on the tokens'
// neutral surface in both themes (it was wider than the column, and olive in the dark theme).
import { describe, expect, it } from 'vitest';
import { THEMES, expectNoAxeViolations, lessonSession } from './browser';

const open = lessonSession();

describe('storage notice', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const colorScheme of THEMES) {
      it(`lines up with the step's text at ${String(width)} px, calm in the ${colorScheme} theme`, async () => {
        const { page, context } = await open('#/step/2', {
          viewport: { width, height },
          colorScheme,
        });
        await context.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', { get: () => null });
        });
        await page.reload();
        const box = page.locator('.notice[role="status"] > *').first();
        await box.waitFor();
        const heading = page.locator('.route:not([hidden]) h2').first();
        const [boxRect, headingRect] = await Promise.all([
          box.boundingBox(),
          heading.boundingBox(),
        ]);
        expect(boxRect && headingRect).toBeTruthy();
        if (!boxRect || !headingRect) return;
        expect(Math.abs(boxRect.x - headingRect.x)).toBeLessThanOrEqual(1);
        expect(boxRect.width).toBeLessThanOrEqual(headingRect.width + 1);
        const [background, surface] = await box.evaluate((element) => {
          const probe = document.createElement('div');
          probe.style.background = 'var(--surface)';
          document.body.append(probe);
          const colours = [
            getComputedStyle(element).backgroundColor,
            getComputedStyle(probe).backgroundColor,
          ];
          probe.remove();
          return colours;
        });
        expect(background).toBe(surface);
        await expectNoAxeViolations(page);
      });
    }
  }
});
