// Charts that change on one switch are updated one per task: each chart's render, commit and the
// renders Recharts' own store asks for after the commit run in a macrotask of their own, so the
// browser can handle input and paint between two charts instead of freezing for all of them.

const waiting: (() => void)[] = [];
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const next = waiting.shift();
  // The next one is scheduled first: an update that throws must not stall the others.
  if (waiting.length > 0) schedule();
  next?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/**
 * Runs `update` in a task of its own, after the updates queued before it (one per task, in order).
 * Returns a function that takes it out of the queue if it has not run yet.
 */
export function queueChartUpdate(update: () => void): () => void {
  waiting.push(update);
  schedule();
  return () => {
    const index = waiting.indexOf(update);
    if (index >= 0) waiting.splice(index, 1);
  };
}
