// Step 2's gradient figure: how each curve is drawn, named once here so the legend and the step's
// prose (checked in rnnGradient.test.ts) cannot describe the curves differently.
export const rnnGradientMessages = {
  /** The RNN's curve: dashed, grey, circles (rnn-figures.css: .curve-rnn, .mark-rnn). */
  rnnLine: 'dashed grey',
  /** The attention layer's curve: solid, --attention-line (reddish purple), squares. */
  attentionLine: 'solid magenta',
  rnnLegend: 'RNN, ‖∂h_t/∂x₁‖ (dashed grey line, circles)',
  attentionLegend: 'One attention layer, ‖∂y_t/∂x₁‖ (solid magenta line, squares)',
  /** The engine threw while computing the curves (never seen: shown rather than an empty plot). */
  computeFailed: (reason: string) =>
    `The curves could not be computed (${reason}). Another length, hidden size or gain may work; reloading the page may help.`,
} as const;
