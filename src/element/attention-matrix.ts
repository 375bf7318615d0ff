// The element build's entry (vite.element.config.ts): dist/element/attention-matrix.js, with its
// stylesheet attention-matrix.css beside it. An author's page needs one tag:
//
//   <script type="module" src="element/attention-matrix.js"></script>
//   <attention-matrix sentence="The cat sat down"></attention-matrix>
//
// The styles below are those the figure's widgets take from the lesson's page.
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import '../ui/styles/components.css';
import '../ui/widgets/figures.css';
import './element.css';
import { defineAttentionMatrix } from './attentionMatrixElement.svelte';

defineAttentionMatrix();
