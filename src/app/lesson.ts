// The lesson as the page uses it: the manifest and its validated steps.
import { lesson } from '../../content/self-attention/lesson';
import { validateSteps } from './lessonSteps';

export const STEP_COUNT = 7;

export { lesson };

export const steps = validateSteps(
  import.meta.glob('../../content/self-attention/steps/*.md', { eager: true, import: 'default' }),
  STEP_COUNT,
);
