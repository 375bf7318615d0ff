import { mount } from 'svelte';
import App from './ui/App.svelte';
// Tokens (every size, colour and duration), base elements, the design system's components, the
// lesson's frame, then print last so its rules win on paper.
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/components.css';
import './ui/styles/shell.css';
import './ui/styles/print.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the lesson in.');
mount(App, { target });
