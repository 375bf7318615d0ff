// Step 6: the measured head patterns of the trained model, shown as the findings file states them.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PATTERNS, describeHead } from '../src/engine/headPatterns';
import type { HeadPattern } from '../src/engine/headPatterns';
import { expectNoAxeViolations, lessonSession, openFigures, type ContextOptions } from './browser';

const openLessonPage = lessonSession();

const findings = JSON.parse(
  readFileSync(new URL('../public/models/brown-tiny/heads.json', import.meta.url), 'utf8'),
) as { heads: HeadPattern[]; heldOut: { sentencesAnalysed: number } };

const modelConfig = (
  JSON.parse(
    readFileSync(new URL('../public/models/brown-tiny/model.json', import.meta.url), 'utf8'),
  ) as { config: { layers: number; heads: number } }
).config;

async function openStep6(options: ContextOptions = {}): Promise<Page> {
  const page = await openFigures(openLessonPage, '#/step/6', options);
  await figure(page).getByRole('table').waitFor();
  return page;
}

const figure = (page: Page) =>
  page.getByRole('region', { name: 'What the trained model’s heads attend to' });

describe('Step 6: what the trained model’s heads attend to', () => {
  it('shows every head’s measured shares and uniform baselines from heads.json', async () => {
    const page = await openStep6();
    const rows = figure(page).getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(findings.heads.length);
    // The model's shape is read from the findings, not typed: it is the shipped model's.
    expect(await figure(page).textContent()).toContain(
      `(${String(modelConfig.layers)} layers × ${String(modelConfig.heads)} heads)`,
    );
    for (const [i, head] of findings.heads.entries()) {
      const row = rows.nth(i);
      expect(await row.locator('th').allTextContents()).toEqual([
        String(head.layer + 1),
        String(head.head + 1),
      ]);
      expect(await row.locator('td').allTextContents()).toEqual(
        PATTERNS.map(
          (p) =>
            `${head.metrics[p].share.toFixed(3)} (uniform ${head.metrics[p].baseline.toFixed(3)})`,
        ),
      );
    }
    const text = ((await figure(page).textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`${findings.heldOut.sentencesAnalysed.toLocaleString('en')} held-out`);
    const notable = await figure(page).locator('.head-findings li').allTextContents();
    expect(notable.length).toBeGreaterThan(0);
    for (const sentence of notable) {
      expect(findings.heads.map((head) => describeHead(head))).toContain(sentence);
    }
    expect(text).toContain('Jain & Wallace, 2019');
    expect(text).toContain('Wiegreffe & Pinter, 2019');
  });

  it('has no axe violations in the light theme', async () => {
    const page = await openStep6({ colorScheme: 'light' });
    await expectNoAxeViolations(page);
  });

  it('has no axe violations in the dark theme', async () => {
    const page = await openStep6({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
