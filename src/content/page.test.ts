import { expect, test, vi } from 'vitest';
import { afterNextFrame, watchProgress } from './page';

test('a body in an inert document (template-parsed post) gets no progress and no error', () => {
  const inert = document.implementation.createHTMLDocument('');
  const onChange = vi.fn();
  const stop = watchProgress(inert.body, onChange);
  stop();
  expect(onChange).not.toHaveBeenCalled();
});

function fakeView() {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const view = {
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    cancelAnimationFrame: (id: number) => {
      frames[id - 1] = () => {};
    },
    setTimeout: (fn: () => void) => timers.push(fn),
    clearTimeout: (id: number) => {
      timers[id - 1] = () => {};
    },
  } as unknown as Window;
  const run = (list: (() => void)[]) => {
    for (const fn of list.splice(0)) fn();
  };
  return { view, frame: () => run(frames), task: () => run(timers) };
}

test.each([
  ['runs in the task after the next frame', false, [false, false, true]],
  ['never runs once cancelled', true, [false, false, false]],
])('afterNextFrame %s', (_, cancel, expected) => {
  const { view, frame, task } = fakeView();
  const fn = vi.fn();
  const stop = afterNextFrame(view, fn);
  if (cancel) stop();
  const seen = [fn.mock.calls.length > 0];
  frame();
  seen.push(fn.mock.calls.length > 0);
  task();
  seen.push(fn.mock.calls.length > 0);
  expect(seen).toEqual(expected);
});
