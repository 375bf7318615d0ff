// Lighthouse (mobile: its default settings, a mid-range phone on a slow 4G connection, simulated)
// on the built lesson, served locally from dist/: the landing page and every step, in Debian's
// Chromium. Writes results.md with each page's performance, accessibility and best-practices
// scores against the redesign's targets, and the audits that cost points.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveLesson } from '../../scripts/serve.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ALL_PAGES = [
  { name: 'Landing page (overview)', hash: '#/', key: '0' },
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ name: `Step ${n}`, hash: `#/step/${n}`, key: String(n) })),
];
// `LIGHTHOUSE_PAGES=0,2,5 npm run lighthouse` audits only those pages (0 is the landing page),
// to try a change quickly; such a partial run leaves results.md as it was.
const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((key) => key.trim());
const PAGES = only ? ALL_PAGES.filter((page) => only.includes(page.key)) : ALL_PAGES;
/** @type {{ id: 'performance' | 'accessibility' | 'best-practices'; title: string; target: number }[]} */
const CATEGORIES = [
  { id: 'performance', title: 'Performance', target: 0.95 },
  { id: 'accessibility', title: 'Accessibility', target: 1 },
  { id: 'best-practices', title: 'Best practices', target: 1 },
];

const version = /** @type {{ version: string }} */ (
  createRequire(import.meta.url)('lighthouse/package.json')
).version;

/**
 * @typedef {{ name: string; scores: Record<string, number | null>; lost: string[]; costs: string[] }} PageResult
 */

/**
 * Audits every page; returns the exit code (1 when a page misses a target or fails to load).
 * @returns {Promise<number>}
 */
export async function auditLesson() {
  const server = await serveLesson({ port: 0 });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  /** @type {PageResult[]} */
  const results = [];
  let browserVersion = 'unknown';
  try {
    for (const page of PAGES) {
      console.error(`Lighthouse: ${page.name}…`);
      const result = await lighthouse(`${server.url}${page.hash}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((c) => c.id),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.name}`);
      const { lhr } = result;
      browserVersion = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? browserVersion;
      if (lhr.runtimeError) {
        throw new Error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      }
      /** @type {Record<string, number | null>} */
      const scores = {};
      /** @type {string[]} */
      const lost = [];
      for (const category of CATEGORIES) {
        const scored = lhr.categories[category.id];
        scores[category.id] = scored?.score ?? null;
        for (const ref of scored?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            const value = audit.displayValue ? ` (${audit.displayValue})` : '';
            lost.push(`${category.title}: ${audit.title}${value}, score ${audit.score.toFixed(2)}`);
          }
        }
      }
      console.error(
        `  ${CATEGORIES.map((c) => `${c.id} ${scores[c.id]?.toFixed(2) ?? 'n/a'}`).join(', ')}`,
      );
      results.push({ name: page.name, scores, lost, costs: mainThreadCosts(lhr) });
      if (process.env.LIGHTHOUSE_JSON) {
        writeFileSync(`${process.env.LIGHTHOUSE_JSON}/${page.key}.json`, JSON.stringify(lhr));
      }
      if (only) console.error(`  ${mainThreadCosts(lhr).join('\n  ')}\n  ${lost.join('\n  ')}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const misses = results.some((r) => CATEGORIES.some((c) => (r.scores[c.id] ?? 0) < c.target));
  // Lighthouse's CPU timings stretch on a busy machine: say how busy it was.
  const load = os.loadavg()[0] ?? 0;
  if (!only) {
    writeFileSync(new URL('results.md', import.meta.url), report(results, browserVersion, load));
  }
  return misses ? 1 : 0;
}

/**
 * Where the page's main-thread time went, so a blocking-time miss names the code behind it: the
 * scripts with the most main-thread time (Lighthouse's "bootup-time", in its 4× slower CPU's
 * milliseconds) and the longest tasks with the script they are attributed to.
 * @param {import('lighthouse').Result} lhr
 * @returns {string[]}
 */
function mainThreadCosts(lhr) {
  // The page's own address stands for the document: parsing the HTML, style and layout.
  const file = (/** @type {unknown} */ url) =>
    typeof url !== 'string'
      ? 'unattributed'
      : url.split('#')[0]?.endsWith('/')
        ? 'the document (HTML, style, layout)'
        : (url.split('/').pop() ?? url);
  /** @type {{ url?: unknown; total?: unknown; scripting?: unknown; duration?: unknown }[]} */
  const scripts = /** @type {any} */ (lhr.audits['bootup-time']?.details)?.items ?? [];
  /** @type {{ url?: unknown; duration?: unknown }[]} */
  const tasks = /** @type {any} */ (lhr.audits['long-tasks']?.details)?.items ?? [];
  const ms = (/** @type {unknown} */ n) => `${Math.round(Number(n))} ms`;
  return [
    `main-thread time by script: ${scripts
      .slice(0, 4)
      .map((i) => `${file(i.url)} ${ms(i.total)} (scripting ${ms(i.scripting)})`)
      .join(', ')}`,
    `longest tasks: ${tasks
      .slice(0, 4)
      .map((t) => `${ms(t.duration)} (${file(t.url)})`)
      .join(', ')}`,
  ];
}

/**
 * @param {PageResult[]} results
 * @param {string} browserVersion
 * @param {number} load the one-minute load average at the end
 */
function report(results, browserVersion, load) {
  const score = (/** @type {number | null | undefined} */ s) => (s == null ? 'n/a' : s.toFixed(2));
  const lines = [
    '# Lighthouse results',
    '',
    `Written by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ` +
      `${version}, mobile (its default: an emulated mid-range phone, simulated slow 4G and a 4× ` +
      `slower CPU), ${browserVersion} headless, the built lesson served from dist/ on this machine. ` +
      `Load average at the end: ${load.toFixed(1)} on ${os.cpus().length} cores. The ` +
      'performance score moves with the machine’s load (its CPU timings are measured, then ' +
      'scaled); rerun on a quiet machine before trusting a miss.',
    '',
    `Targets: ${CATEGORIES.map((c) => `${c.title.toLowerCase()} ≥ ${c.target.toFixed(2)}`).join(', ')}.`,
    '',
    `| Page | ${CATEGORIES.map((c) => c.title).join(' | ')} |`,
    `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
  ];
  for (const r of results) {
    lines.push(`| ${r.name} | ${CATEGORIES.map((c) => score(r.scores[c.id])).join(' | ')} |`);
  }
  lines.push('');
  for (const c of CATEGORIES) {
    const missed = results.filter((r) => (r.scores[c.id] ?? 0) < c.target);
    lines.push(
      `**${c.title} ≥ ${c.target.toFixed(2)} on every page: ${missed.length === 0 ? 'met' : `NOT MET (${missed.map((r) => `${r.name} ${score(r.scores[c.id])}`).join(', ')})`}.**`,
      '',
    );
  }
  const withLosses = results.filter((r) => r.lost.length > 0);
  if (withLosses.length > 0) {
    lines.push('## Audits that cost points', '');
    for (const r of withLosses) {
      lines.push(`- ${r.name}: ${r.lost.join('; ')}.`);
    }
    lines.push('');
  }
  lines.push(
    '## Where the main thread’s time went',
    '',
    'Chunk names are the built files (their hash left on); times are on the simulated slower CPU.',
    '',
  );
  for (const r of results) lines.push(`- ${r.name}: ${r.costs.join('; ')}.`);
  lines.push('');
  return lines.join('\n');
}
