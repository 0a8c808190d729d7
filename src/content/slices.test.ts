import { expect, test } from 'vitest';
import { runStepsAsync, type Steps } from '../core/steps';
import { pacer, yieldToPage } from './slices';

function* work(count: number, clock: { t: number }, msEach: number): Steps<number> {
  for (let i = 0; i < count; i++) {
    clock.t += msEach;
    yield;
  }
  return count;
}

test.each([
  // [slices, ms per slice, turns given to the page]
  [10, 1, 1], // 10 ms of work: one turn, once 8 ms have passed
  [10, 8, 10], // every slice fills the budget
  [3, 2, 0], // 6 ms in all: no turn needed
  [20, 3, 6], // a turn every third slice
])('%i slices of %i ms give the page %i turns', async (count, msEach, turns) => {
  const clock = { t: 0 };
  let given = 0;
  const pace = pacer(
    8,
    () => clock.t,
    async () => void given++,
  );
  expect(await runStepsAsync(work(count, clock, msEach), pace)).toBe(count);
  expect(given).toBe(turns);
});

test('yieldToPage resumes later, never synchronously', async () => {
  let resumed = false;
  const turn = yieldToPage().then(() => {
    resumed = true;
  });
  await Promise.resolve();
  expect(resumed).toBe(false);
  await turn;
  expect(resumed).toBe(true);
});
