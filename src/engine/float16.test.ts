import { describe, expect, it } from 'vitest';
import { toFloat16Bits } from '../../tools/trainer/weights-file.js';
import { decodeFloat16, float16ToNumber } from './float16';

describe('float16ToNumber: known bit patterns', () => {
  it.each([
    [0x3c00, 1],
    [0xbc00, -1],
    [0x4000, 2],
    [0xc000, -2],
    [0x3555, 0.333251953125],
    [0x3e00, 1.5],
    [0x7bff, 65504],
    [0x0400, 2 ** -14],
    [0x03ff, 1023 * 2 ** -24],
    [0x0001, 2 ** -24],
    [0x4248, 3.140625],
  ])('0x%s → %s', (bits, value) => {
    expect(float16ToNumber(bits)).toBe(value);
  });

  it('keeps the sign of zero', () => {
    expect(Object.is(float16ToNumber(0x0000), 0)).toBe(true);
    expect(Object.is(float16ToNumber(0x8000), -0)).toBe(true);
  });

  it('decodes subnormals with the sign', () => {
    expect(float16ToNumber(0x8001)).toBe(-(2 ** -24));
    expect(float16ToNumber(0x0200)).toBe(2 ** -15);
  });

  it('decodes ±Infinity and NaN', () => {
    expect(float16ToNumber(0x7c00)).toBe(Infinity);
    expect(float16ToNumber(0xfc00)).toBe(-Infinity);
    expect(float16ToNumber(0x7e00)).toBeNaN();
    expect(float16ToNumber(0x7c01)).toBeNaN();
    expect(float16ToNumber(0xfe00)).toBeNaN();
  });

  it('agrees with Math.f16round wherever the platform has it', () => {
    // Independent check: every pattern's value survives rounding to float16 unchanged.
    const f16round = (Math as { f16round?: (x: number) => number }).f16round;
    if (f16round === undefined) return;
    for (let bits = 0; bits < 0x10000; bits++) {
      const value = float16ToNumber(bits);
      if (!Number.isNaN(value)) expect(f16round(value)).toBe(value);
    }
  });

  it('rejects what is not a 16-bit pattern, naming the argument', () => {
    expect(() => float16ToNumber(0x10000)).toThrow(/bits/);
    expect(() => float16ToNumber(-1)).toThrow(/bits/);
    expect(() => float16ToNumber(1.5)).toThrow(/bits/);
  });
});

describe('decodeFloat16', () => {
  it('reads little-endian pairs of bytes from an offset', () => {
    const bytes = new Uint8Array([0xff, 0xff, 0x00, 0x3c, 0x00, 0xc0, 0x01, 0x00]);
    expect(Array.from(decodeFloat16(bytes.buffer, 2, 3))).toEqual([1, -2, 2 ** -24]);
  });

  it('matches float16ToNumber for every bit pattern', () => {
    const words = new Uint16Array(0x10000).map((_, i) => i);
    const bytes = new Uint8Array(words.length * 2);
    const view = new DataView(bytes.buffer);
    words.forEach((w, i) => {
      view.setUint16(2 * i, w, true);
    });
    const decoded = decodeFloat16(bytes.buffer, 0, words.length);
    for (let bits = 0; bits < 0x10000; bits++) {
      expect(Object.is(decoded[bits], float16ToNumber(bits))).toBe(true);
    }
  });

  it('refuses to read past the end of the buffer', () => {
    expect(() => decodeFloat16(new ArrayBuffer(4), 2, 2)).toThrow(/need 6/);
    expect(() => decodeFloat16(new ArrayBuffer(4), -2, 1)).toThrow(/byteOffset/);
    expect(() => decodeFloat16(new ArrayBuffer(4), 0, 1.5)).toThrow(/count/);
  });
});

describe("the trainer's encoder (tools/trainer/weights-file.js) and this decoder", () => {
  it('round-trip every non-NaN bit pattern exactly', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const value = float16ToNumber(bits);
      if (!Number.isNaN(value)) expect(toFloat16Bits(value)).toBe(bits);
    }
  });

  it('rounds to the nearest float16, ties to even', () => {
    expect(float16ToNumber(toFloat16Bits(1 + 2 ** -11))).toBe(1); // halfway: keep even 1
    expect(float16ToNumber(toFloat16Bits(1 + 3 * 2 ** -11))).toBe(1 + 2 ** -9); // halfway: up to even
    expect(float16ToNumber(toFloat16Bits(0.1))).toBe(0.0999755859375);
    expect(float16ToNumber(toFloat16Bits(65520))).toBe(Infinity);
    expect(float16ToNumber(toFloat16Bits(2 ** -25))).toBe(0); // halfway to the least subnormal
    expect(float16ToNumber(toFloat16Bits(3 * 2 ** -26))).toBe(2 ** -24);
    expect(toFloat16Bits(NaN)).toBe(0x7e00);
  });
});
