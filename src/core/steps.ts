/**
 * Resumable work: long stages are generators that `yield` between slices of work. Node, tests and the CLI
 * run them to the end at once (`runSteps`); the content script runs the very same generators with
 * `runStepsAsync`, handing the page a turn between slices, so one implementation serves both.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run resumable steps to completion, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run resumable steps to completion, awaiting `yieldFn` after each slice (it decides when to give way). */
export async function runStepsAsync<T>(steps: Steps<T>, yieldFn: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldFn();
  }
}
