/**
 * IEEE 754 half precision (binary16): how the tiny transformer's weights are shipped, at two
 * bytes a number instead of four.
 *
 * Sixteen bits: 1 sign, 5 exponent (bias 15), 10 mantissa.
 *
 *     exponent 1…30:  (−1)^sign × (1 + mantissa/1024) × 2^(exponent − 15)   (normal)
 *     exponent 0:     (−1)^sign × mantissa/1024 × 2^−14                     (subnormal, and ±0)
 *     exponent 31:    ±Infinity when mantissa = 0, otherwise NaN
 *
 * Every binary16 value is exactly representable as a float32 or float64, so decoding is exact.
 *
 * @module
 */

/**
 * The number a 16-bit binary16 pattern stands for.
 *
 * @example
 * float16ToNumber(0x3c00); // 1
 * float16ToNumber(0xc000); // -2
 * float16ToNumber(0x0001); // 2^-24 ≈ 5.96e-8, the smallest subnormal
 * float16ToNumber(0x7c00); // Infinity
 */
export function float16ToNumber(bits: number): number {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffff) {
    throw new Error(`bits must be an integer in [0, 65535], got ${String(bits)}`);
  }
  const sign = (bits & 0x8000) !== 0 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** All 65,536 values, built on first use: decoding a weights file is then one lookup a number. */
let table: Float64Array | undefined;

/**
 * Decodes `count` little-endian binary16 numbers starting at `byteOffset` of a buffer.
 *
 * @example
 * const bytes = new Uint8Array([0x00, 0x3c, 0x00, 0xc0]); // 1, then -2
 * decodeFloat16(bytes.buffer, 0, 2); // Float64Array [1, -2]
 */
export function decodeFloat16(
  buffer: ArrayBuffer,
  byteOffset: number,
  count: number,
): Float64Array {
  if (!Number.isInteger(byteOffset) || byteOffset < 0) {
    throw new Error(`byteOffset must be a non-negative integer, got ${String(byteOffset)}`);
  }
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`count must be a non-negative integer, got ${String(count)}`);
  }
  if (byteOffset + 2 * count > buffer.byteLength) {
    throw new Error(
      `buffer has ${buffer.byteLength} bytes; ${count} numbers at byte ${byteOffset} need ${byteOffset + 2 * count}`,
    );
  }
  if (table === undefined) {
    table = new Float64Array(0x10000);
    for (let bits = 0; bits < 0x10000; bits++) table[bits] = float16ToNumber(bits);
  }
  const lookup = table;
  const view = new DataView(buffer, byteOffset, 2 * count);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = lookup[view.getUint16(2 * i, true)] ?? NaN;
  return out;
}
