// Charts that change on one switch are updated one after the other: the next chart's update starts
// in a task of its own once the previous one has said it is done (committed, effects run). So the
// browser can handle input and paint between two charts instead of freezing for all of them, and
// two charts' renders never merge into one.

type Update = (done: () => void) => void;

const waiting: Update[] = [];
let running: Update | null = null;
let scheduled = false;

function runNext(): void {
  scheduled = false;
  if (running) return;
  const next = waiting.shift();
  if (!next) return;
  running = next;
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    if (running === next) running = null;
    schedule();
  };
  try {
    next(done);
  } catch (error) {
    // An update that throws must not stall the others.
    done();
    throw error;
  }
}

function schedule(): void {
  if (scheduled || running || waiting.length === 0) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/**
 * Queues `update`: it is called in a task of its own, after the updates queued before it are done,
 * and calls `done` when its chart has drawn the change. Returns a function that takes it out of the
 * queue, or, when it is running, counts it as done.
 */
export function queueChartUpdate(update: Update): () => void {
  const own: Update = (done) => {
    finish = done;
    update(done);
  };
  let finish: (() => void) | null = null;
  waiting.push(own);
  schedule();
  return () => {
    const index = waiting.indexOf(own);
    if (index >= 0) waiting.splice(index, 1);
    finish?.();
  };
}

/** How many chart updates are queued or running: tests wait for none before counting renders. */
export function pendingChartUpdates(): number {
  return waiting.length + (running ? 1 : 0);
}
