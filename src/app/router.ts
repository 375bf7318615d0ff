// Hash routes, so the built folder works from any sub-path: `#/` is the overview and
// `#/step/N/slug` is step N (the slug is for people; the number decides).

export type Route =
  | { readonly kind: 'overview' }
  | { readonly kind: 'step'; readonly step: number }
  | { readonly kind: 'not-found'; readonly hash: string };

const STEP_ROUTE = /^#\/step\/(\d+)(?:\/[^/]*)?\/?$/;

export function parseRoute(hash: string, stepCount: number): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'overview' };
  const match = STEP_ROUTE.exec(hash);
  const step = match ? Number(match[1]) : NaN;
  if (Number.isInteger(step) && step >= 1 && step <= stepCount) return { kind: 'step', step };
  return { kind: 'not-found', hash };
}

export function stepHash(step: { readonly number: number; readonly slug: string }): string {
  return `#/step/${step.number}/${step.slug}`;
}

export const OVERVIEW_HASH = '#/';
