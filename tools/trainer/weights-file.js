// Writing and reading the shipped model: weights.bin holds every tensor as IEEE 754 half
// precision (binary16), little-endian, concatenated in paramSpecs order; model.json holds the
// configuration, the tensor manifest (name, shape, byte offset), the training facts and the
// vocabulary. src/engine/float16.ts and transformer.ts read the same files.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @typedef {{ vocabSize: number; contextLength: number; dModel: number; heads: number;
 *   layers: number; mlpHidden: number; layerNormEpsilon: number }} ModelConfig
 * @typedef {{ name: string; shape: number[]; offset: number }} TensorEntry
 * @typedef {{ format: string; config: ModelConfig; tokenization: Record<string, string | number>;
 *   weightsFile: string; weightsBytes: number; parameterCount: number; dtype: 'float16';
 *   byteOrder: 'little-endian';
 *   tensors: TensorEntry[]; training: Record<string, unknown>; vocabulary: string[] }} ModelJson
 */

export const FORMAT = 'brown-tiny-transformer/1';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * Rounds a number to the nearest binary16 (ties to even) and returns its 16 bits.
 * @param {number} value
 * @example toFloat16Bits(1) // 0x3c00
 */
export function toFloat16Bits(value) {
  f32[0] = value;
  const bits = u32[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0);
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  /** Drops `shift` low bits of `m`, rounding to nearest, ties to even. */
  const round = (/** @type {number} */ m, /** @type {number} */ shift) => {
    const kept = Math.floor(m / 2 ** shift);
    const rest = m - kept * 2 ** shift;
    const half = 2 ** (shift - 1);
    return rest > half || (rest === half && kept % 2 === 1) ? kept + 1 : kept;
  };
  if (e <= 0) {
    if (e < -10) return sign;
    return sign | round(mantissa | 0x800000, 14 - e);
  }
  // A carry out of the mantissa correctly bumps the exponent (and 65520 up to Infinity).
  return sign | ((e << 10) + round(mantissa, 13));
}

/**
 * The number a binary16 bit pattern stands for.
 * @param {number} bits
 * @example fromFloat16Bits(0x3c00) // 1
 */
export function fromFloat16Bits(bits) {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/**
 * Encodes named float32 tensors into the weights file and its manifest.
 * @param {{ name: string; shape: number[]; values: Float32Array }[]} tensors
 * @returns {{ bytes: Uint8Array; manifest: TensorEntry[] }}
 */
export function encodeWeights(tensors) {
  const total = tensors.reduce((sum, t) => sum + t.values.length, 0);
  const bytes = new Uint8Array(total * 2);
  const view = new DataView(bytes.buffer);
  /** @type {TensorEntry[]} */
  const manifest = [];
  let offset = 0;
  for (const { name, shape, values } of tensors) {
    const size = shape.reduce((a, b) => a * b, 1);
    if (size !== values.length) {
      throw new Error(`${name}: shape ${shape.join('×')} ≠ ${values.length} values`);
    }
    manifest.push({ name, shape, offset });
    for (let i = 0; i < size; i++) {
      view.setUint16(offset + 2 * i, toFloat16Bits(values[i] ?? NaN), true);
    }
    offset += 2 * size;
  }
  return { bytes, manifest };
}

/**
 * Reads model.json and weights.bin back into float32 arrays (decoded from binary16).
 * @param {string} modelJsonPath
 * @param {string} weightsPath
 * @returns {{ model: ModelJson; tensors: Map<string, { shape: number[]; values: Float32Array }> }}
 */
export function readModelFiles(modelJsonPath, weightsPath) {
  const parsed = /** @type {unknown} */ (JSON.parse(readFileSync(modelJsonPath, 'utf8')));
  const model = /** @type {ModelJson} */ (parsed);
  const bytes = readFileSync(weightsPath);
  if (bytes.length !== model.weightsBytes) {
    throw new Error(
      `${weightsPath} has ${bytes.length} bytes, model.json says ${model.weightsBytes}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  /** @type {Map<string, { shape: number[]; values: Float32Array }>} */
  const tensors = new Map();
  for (const { name, shape, offset } of model.tensors) {
    const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < values.length; i++) {
      values[i] = fromFloat16Bits(view.getUint16(offset + 2 * i, true));
    }
    tensors.set(name, { shape, values });
  }
  return { model, tensors };
}

/**
 * Formats JSON the way the repository's Prettier does (so `prettier --check` passes), or plainly
 * when Prettier is not installed at the root.
 * @param {unknown} value
 * @param {string} path the file it will be written to (selects Prettier's options)
 */
export async function formatJson(value, path) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(path)) ?? {};
    return await prettier.format(text, { ...options, filepath: path });
  } catch {
    console.warn(`Prettier not found: ${path} is written unformatted.`);
    return text;
  }
}

/**
 * Writes a file, logging its path and size.
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
export function writeOutput(path, contents) {
  writeFileSync(path, contents);
  const bytes = typeof contents === 'string' ? Buffer.byteLength(contents) : contents.length;
  console.log(`wrote ${path} (${(bytes / 1024).toFixed(1)} kB)`);
}
