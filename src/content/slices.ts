/**
 * Time slicing for the content script: core work runs as resumable steps (core/steps.ts), and `pacer`
 * decides after each step whether the page gets a turn. No task of ours runs much past SLICE_MS, far
 * below the 50 ms that makes a long task, so input and frames never wait on us.
 */

/** Longest stretch of our work before the page gets a turn, ms. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A new task after the page's pending work: `scheduler.yield` where it exists, else a message (no 4 ms clamp). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A `yieldFn` for runStepsAsync: gives way once SLICE_MS of work have passed since the last turn. */
export function pacer(
  sliceMs = SLICE_MS,
  now = () => performance.now(),
  giveWay = yieldToPage,
): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < sliceMs) return;
    await giveWay();
    since = now();
  };
}

/** Resolves after `ms`, for racing a result against a deadline. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
