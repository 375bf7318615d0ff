import { describe, expect, it } from 'vitest';
import { stageStepperMessages } from './widgets';

describe('the stage stepper’s announcement', () => {
  it('counts from 1 and names the stage', () => {
    expect(stageStepperMessages.now(2, 4, 'The key of every token')).toBe(
      'Stage 2 of 4: The key of every token.',
    );
    expect(stageStepperMessages.now(3, 5, 'Exponentiate')).toBe('Stage 3 of 5: Exponentiate.');
  });
});
