/** Test support: the longest time this thread went without running a timer while `work` ran. */
export async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(beat);
  }
  return Math.max(longest, performance.now() - last);
}

/**
 * Test support: runs `work` while another call (`ask`) is made every 20 ms, as a clerk who keeps
 * working would; how long each of those calls waited for its answer.
 */
export async function answeredMeanwhile<T>(work: () => Promise<T>, ask: () => unknown): Promise<{ value: T; answered: number[] }> {
  const answered: number[] = [];
  let done = false;
  const working = work().finally(() => {
    done = true;
  });
  while (!done) {
    const asked = performance.now();
    await ask();
    answered.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { value: await working, answered };
}
