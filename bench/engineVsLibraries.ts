/**
 * The lesson's attention engine against three libraries on the same pass:
 * x → Q, K, V → Q·Kᵀ → ×1/√d_k → softmax → weights·V, one head,
 * d_model = d_k = 64, for n = 4, 64, 512 and 2048 tokens.
 *
 * Every library gets the very same numbers (see inputs.ts), and every
 * library's weights and output are checked against the engine's before its
 * time counts: a fast wrong answer must fail the bench, not win it.
 */
import { selfAttention } from '../src/engine/attention';
import { makeInputs, makeProjections } from './inputs';
import type { Inputs, PassResult } from './inputs';
import type { Library } from './libraries';
import { timeMedian } from './timing';
import type { TimingPlan } from './timing';

export const SIZES = [4, 64, 512, 2048] as const;

/** float32 results may differ from float64 by this much, relative to the matrix's largest entry. */
export const RELATIVE_TOLERANCE = 1e-4;

/** The size at which the engine is timed a second time, after the libraries. */
const RECHECK_N = 512;

function enginePass(input: Inputs): PassResult {
  const head = selfAttention(input.x, input.w).heads[0];
  if (!head) throw new Error('the engine returned no head');
  return { weights: head.weights.data, output: head.output.data };
}

/** Largest |a − b|, and whether it is within tolerance of the reference's scale. */
function compare(
  reference: ArrayLike<number>,
  actual: ArrayLike<number>,
): { maxDelta: number; ok: boolean } {
  if (reference.length !== actual.length) return { maxDelta: Infinity, ok: false };
  let maxDelta = 0;
  let scale = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i] ?? NaN;
    const delta = Math.abs(r - (actual[i] ?? NaN));
    // `!(delta <= maxDelta)` also catches NaN, which must count as a disagreement.
    if (!(delta <= maxDelta)) maxDelta = Number.isNaN(delta) ? Infinity : delta;
    scale = Math.max(scale, Math.abs(r));
  }
  return { maxDelta, ok: maxDelta <= RELATIVE_TOLERANCE * scale };
}

export interface LibraryMeasurement {
  readonly ms: number;
  readonly runs: number;
  /** max |Δ| against the engine, for the attention weights and the output. */
  readonly deltaWeights: number;
  readonly deltaOutput: number;
  readonly agrees: boolean;
}

export interface SizeMeasurement {
  readonly n: number;
  readonly engineMs: number;
  readonly engineRuns: number;
  readonly libraries: Readonly<Record<Library, LibraryMeasurement>>;
}

export interface EngineVsLibraries {
  readonly sizes: readonly SizeMeasurement[];
  /** The engine timed again at n = RECHECK_N after tfjs-cpu ran, against its first time. */
  readonly recheck: { readonly n: number; readonly firstMs: number; readonly againMs: number };
  /** The libraries' names, in table order. */
  readonly libraries: readonly Library[];
  /** Their versions and set-up, for the report. */
  readonly description: string;
}

/**
 * Enough runs for a stable median without blowing the time budget: many for
 * the sub-millisecond sizes, a fixed few where one pass takes a second.
 */
function planFor(n: number): TimingPlan {
  if (n <= 64) return { warmup: 20, minRuns: 25, minTotalMs: 300, maxRuns: 501 };
  if (n <= 512) return { warmup: 3, minRuns: 15, minTotalMs: 1000, maxRuns: 101 };
  return { warmup: 1, minRuns: 7, minTotalMs: 0, maxRuns: 7 };
}

export async function measureEngineVsLibraries(
  log: (line: string) => void,
): Promise<EngineVsLibraries> {
  const w32 = makeProjections();
  const inputs = SIZES.map((n) => makeInputs(n, w32));

  // The engine first, for every size, before any library is loaded.
  const engine = [];
  for (const input of inputs) {
    const reference = enginePass(input);
    const timing = await timeMedian(() => enginePass(input), planFor(input.n));
    log(`  n = ${input.n}: engine ${timing.medianMs.toFixed(3)} ms (${timing.runs} runs)`);
    engine.push({ input, reference, timing });
  }

  // Loading and running the libraries must not change the engine's speed: it did, when tsx's
  // require hook detached an ArrayBuffer (see run.js). Timing the engine again once the
  // pure-JS library has run, just before the first wasm one, catches that, or a neighbour
  // that started using the cores meanwhile.
  const recheckInput = inputs.find((input) => input.n === RECHECK_N);
  if (!recheckInput) throw new Error(`n = ${RECHECK_N} is not among the sizes`);
  const recheckEngine = async (): Promise<number> => {
    const t = await timeMedian(() => enginePass(recheckInput), planFor(RECHECK_N));
    log(`  n = ${RECHECK_N}: engine again ${t.medianMs.toFixed(3)} ms (${t.runs} runs)`);
    return t.medianMs;
  };

  const { LIBRARIES, startLibraries } = await import('./libraries');
  const libraries = await startLibraries(w32);
  const measured = new Map<string, LibraryMeasurement>();
  const key = (name: Library, n: number): string => `${name}@${n}`;
  let again: number | undefined;
  for (const runner of libraries.runners) {
    // One library at a time over every size, the pure-JS one first. Growing a wasm memory
    // detaches its old ArrayBuffer, and from then on V8 drops a fast path for typed-array code
    // in this process (about 25% slower), so the engine and tfjs-cpu must be done before
    // tfjs-wasm or onnxruntime-web needs a bigger heap (tfjs-wasm does at n = 2048).
    if (runner.wasm && again === undefined) again = await recheckEngine();
    for (const { input, reference } of engine) {
      const pass = await runner.prepare(input);
      // The untimed first call doubles as the correctness check.
      const result = await pass();
      const w = compare(reference.weights, result.weights);
      const o = compare(reference.output, result.output);
      const t = await timeMedian(pass, planFor(input.n));
      runner.cleanUp();
      log(`  n = ${input.n}: ${runner.name} ${t.medianMs.toFixed(3)} ms (${t.runs} runs)`);
      measured.set(key(runner.name, input.n), {
        ms: t.medianMs,
        runs: t.runs,
        deltaWeights: w.maxDelta,
        deltaOutput: o.maxDelta,
        agrees: w.ok && o.ok,
      });
    }
  }
  await libraries.close();

  const sizes = engine.map(({ input, timing }): SizeMeasurement => {
    const byName = Object.fromEntries(
      LIBRARIES.map((name) => {
        const m = measured.get(key(name, input.n));
        if (!m) throw new Error(`${name} was not measured at n = ${input.n}`);
        return [name, m];
      }),
    ) as Record<Library, LibraryMeasurement>;
    return { n: input.n, engineMs: timing.medianMs, engineRuns: timing.runs, libraries: byName };
  });
  const first = engine.find((e) => e.input.n === RECHECK_N);
  if (!first || again === undefined) throw new Error('the engine was not timed again');
  return {
    sizes,
    recheck: { n: RECHECK_N, firstMs: first.timing.medianMs, againMs: again },
    libraries: LIBRARIES,
    description: libraries.description,
  };
}
