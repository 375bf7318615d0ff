import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORM12_ZIP } from '../../../scripts/package/buildPackage';
import { steps } from '../lesson';
import { stepHash } from '../router';
import { scorm12Backend, type Scorm12Api } from './scorm12Backend';
import {
  scorm12Completion,
  scorm12Location,
  scorm12Score,
  scorm12SuspendData,
} from './scorm12Values';

/** A stand-in LMS that keeps what it is told and records each call. */
function fakeApi(start: Record<string, string> = {}, { initialises = true } = {}) {
  const values: Record<string, string> = { ...start };
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), initialises ? 'true' : 'false'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => values[element] ?? '',
    LMSSetValue: (element, value) => {
      calls.push(`${element}=${value}`);
      values[element] = value;
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
  };
  return { api, values, calls };
}

describe('SCORM 1.2 values', () => {
  it('says incomplete and suspend until the quiz is finished, then passed or failed and no exit', () => {
    expect(scorm12Completion('incomplete')).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(scorm12Completion('passed')).toContainEqual(['cmi.core.exit', '']);
    expect(scorm12Completion('failed')).toContainEqual(['cmi.core.lesson_status', 'failed']);
  });

  it('gives the first-try percentage out of 0 to 100, and a blank score once it is cleared', () => {
    expect(scorm12Score(81.25)).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '81.25'],
    ]);
    expect(scorm12Score(null)).toEqual([['cmi.core.score.raw', '']]);
  });
});

describe('the SCORM 1.2 backend', () => {
  it('reads the entry, the place and the suspend data at launch', () => {
    const { api } = fakeApi({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': '#/step/3/x',
      'cmi.suspend_data': '[1,[1],null]',
    });
    expect(scorm12Backend(api).initialise()).toEqual({
      entry: 'resume',
      location: '#/step/3/x',
      suspendData: '[1,[1],null]',
    });
  });

  it('reads an entry SCORM 1.2 does not name as ""', () => {
    const { api } = fakeApi({ 'cmi.core.entry': 'sideways' });
    expect(scorm12Backend(api).initialise()?.entry).toBe('');
  });

  it('gives no launch when the LMS refuses to initialise, or throws', () => {
    expect(scorm12Backend(fakeApi({}, { initialises: false }).api).initialise()).toBeNull();
    const { api } = fakeApi();
    api.LMSInitialize = () => {
      throw new Error('broken LMS');
    };
    expect(scorm12Backend(api).initialise()).toBeNull();
  });

  it('sends each value under its SCORM 1.2 name and reports a refusal', () => {
    const { api, values } = fakeApi();
    const lms = scorm12Backend(api);
    expect(lms.setCompletion('passed')).toBe(true);
    expect(lms.setScore(100)).toBe(true);
    expect(lms.setLocation('#/step/7/test')).toBe(true);
    expect(lms.setSuspendData('[1,[],null]')).toBe(true);
    expect(values).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.exit': '',
      'cmi.core.score.raw': '100',
      'cmi.core.lesson_location': '#/step/7/test',
      'cmi.suspend_data': '[1,[],null]',
    });
    api.LMSSetValue = () => 'false';
    expect(lms.setLocation('#/')).toBe(false);
  });

  it('does not send suspend data longer than SCORM 1.2 allows', () => {
    const { api, calls } = fakeApi();
    expect(scorm12Backend(api).setSuspendData('x'.repeat(4097))).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('the README’s section for course authors', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = /^## For course authors\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';

  it('names every element the lesson sends, and the zip it builds', () => {
    const sent = [
      ...scorm12Completion('incomplete'),
      ...scorm12Score(50),
      ...scorm12Location('#/'),
      ...scorm12SuspendData(''),
    ].map(([element]) => element);
    expect(sent).toHaveLength(7);
    for (const element of sent) {
      const named = element.startsWith('cmi.core.score.')
        ? `\`cmi.core.score.raw\`, \`.min\`, \`.max\``
        : `\`${element}\``;
      expect(section, element).toContain(named);
    }
    expect(section).toContain(`\`${SCORM12_ZIP}\``);
  });

  it('gives a route that a step really has', () => {
    const route = /e\.g\. `(#\/step\/[^`]+)`/.exec(section)?.[1] ?? '';
    expect(steps.map((step) => stepHash(step))).toContain(route);
  });
});
