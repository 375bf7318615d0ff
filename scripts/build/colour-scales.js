// d3-scale-chromatic ships as one file that builds every one of its ~40 colour schemes when it
// loads: it parses each scheme's colours and makes an interpolator of them. The lesson draws two
// (cividis for weights, PuOr for the rule's strengths), and building the rest cost 8–15 ms of the
// page's thread (unthrottled) on every figure page. These are the functions it builds them with,
// none of which has a side effect: naming them to the bundler lets it drop every scheme whose
// result is unused, so only their colour strings remain.
export const COLOUR_SCALE_BUILDERS = Object.freeze([
  'ramp',
  'ramp$1',
  'colors',
  'rgb',
  'cubehelixLong',
  'interpolateCubehelixLong',
]);
