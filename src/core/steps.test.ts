import { expect, test } from 'vitest';
import { runSteps, runStepsAsync, type Steps } from './steps';

function* counted(slices: number): Steps<number> {
  let done = 0;
  for (let i = 0; i < slices; i++) {
    done++;
    yield;
  }
  return done;
}

test.each([0, 1, 5])('runSteps finishes %i slices at once', (slices) => {
  expect(runSteps(counted(slices))).toBe(slices);
});

test.each([0, 1, 5])('runStepsAsync gives way once per slice (%i)', async (slices) => {
  let turns = 0;
  const result = await runStepsAsync(counted(slices), async () => {
    turns++;
  });
  expect([result, turns]).toEqual([slices, slices]);
});
