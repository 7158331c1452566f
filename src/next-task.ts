/**
 * Waits for the next task, so that a long piece of work done in parts lets input and rendering in
 * between: scheduler.yield() resumes ahead of other queued tasks where the browser has it.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
