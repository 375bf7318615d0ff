/**
 * A model's parameters as named flat tensors (row-major Float64Arrays). Gradients and Adam's
 * moments have the same names and shapes, so one optimiser and one gradient check serve both
 * models, and everything stays plain data a Web Worker can hold and post.
 *
 * @module
 */

/** Named tensors; their order is the order the model creates them in. */
export type Tensors<Name extends string> = Readonly<Record<Name, Float64Array>>;

/** Zeros of the same names and shapes. */
export function zerosLike<Name extends string>(tensors: Tensors<Name>): Tensors<Name> {
  const zeros: Partial<Record<Name, Float64Array>> = {};
  for (const name of Object.keys(tensors) as Name[]) {
    zeros[name] = new Float64Array(tensors[name].length);
  }
  return zeros as Tensors<Name>;
}

/** The tensors in their fixed order, for code that treats every tensor alike (Adam). */
export function tensorList<Name extends string>(tensors: Tensors<Name>): Float64Array[] {
  return (Object.keys(tensors) as Name[]).map((name) => tensors[name]);
}

/** How many numbers the model learns. */
export function parameterCount<Name extends string>(tensors: Tensors<Name>): number {
  return tensorList(tensors).reduce((sum, tensor) => sum + tensor.length, 0);
}

/** Sets every entry of every tensor to 0, for reuse as a gradient accumulator. */
export function clearTensors<Name extends string>(tensors: Tensors<Name>): void {
  for (const tensor of tensorList(tensors)) tensor.fill(0);
}

/** `length` numbers from `draw`. */
export function filled(length: number, draw: () => number): Float64Array {
  return Float64Array.from({ length }, draw);
}
