import { describe, expect, it } from 'vitest';
import { readNumberEntry } from './numberEntry';

const sequenceLength = { min: 1, max: 4096, whole: true };
const ruleStrength = { min: -20, max: 20 };

describe('readNumberEntry', () => {
  it('reads numbers as HTML writes them, inside the range', () => {
    expect(readNumberEntry('512', sequenceLength)).toEqual({ ok: true, value: 512 });
    expect(readNumberEntry(' 64 ', sequenceLength)).toEqual({ ok: true, value: 64 });
    expect(readNumberEntry('1e2', sequenceLength)).toEqual({ ok: true, value: 100 });
    expect(readNumberEntry('4096', sequenceLength)).toEqual({ ok: true, value: 4096 });
    expect(readNumberEntry('-2.5', ruleStrength)).toEqual({ ok: true, value: -2.5 });
    expect(readNumberEntry('.5', ruleStrength)).toEqual({ ok: true, value: 0.5 });
    const zero = readNumberEntry('-0', ruleStrength);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });

  // Hostile input of issue 12, items 7 and 8: each is refused, never turned into a number.
  describe('hostile entries', () => {
    const wholeNumberCases = ['0', '-5', '99999', '1e9', '1.5', 'abc', '', '   '];
    for (const text of wholeNumberCases) {
      it(`refuses “${text}” as a sequence length from 1 to 4,096`, () => {
        expect(readNumberEntry(text, sequenceLength)).toEqual({ ok: false });
      });
    }
    const ruleCases = ['1e', '-', '--5', '<b>5</b>', '<img src=x onerror=alert(1)>', '', '21'];
    for (const text of ruleCases) {
      it(`refuses “${text}” as a rule strength from −20 to 20`, () => {
        expect(readNumberEntry(text, ruleStrength)).toEqual({ ok: false });
      });
    }
    const notHtmlNumbers = ['+5', '0x10', 'Infinity', 'NaN', '1e999', '5.', '1 2', '١٢'];
    for (const text of notHtmlNumbers) {
      it(`refuses “${text}”, which is not a number as HTML writes one`, () => {
        expect(readNumberEntry(text, ruleStrength)).toEqual({ ok: false });
      });
    }
  });
});
