// The attention dials' defaults, with no state and no storage: the lesson's settings
// (src/ui/state/lessonSettings.svelte.ts) and the <attention-matrix> element both start here.
import ruleJson from '../../content/self-attention/attention-rule.json';
import { parseAttentionRule, type AttentionRule } from '../engine/attentionRule';

/** The lesson's authored teaching rule (content, not trained). */
export const defaultRule: AttentionRule = parseAttentionRule(ruleJson);

/** Sharpness is 1 / temperature, moved in halving or doubling steps. */
export const SHARPNESS_STEPS = [0.25, 0.5, 1, 2, 4, 8] as const;

/** The step of sharpness 1 (temperature 1), where every figure starts. */
export const DEFAULT_SHARPNESS_STEP = SHARPNESS_STEPS.indexOf(1);

export function sharpnessOf(step: number): number {
  return SHARPNESS_STEPS[step] ?? 1;
}

export function temperatureOf(step: number): number {
  return 1 / sharpnessOf(step);
}
