import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the lesson in.');
mount(App, { target });
