/** Test support: runs `work` while sampling the process's resident memory; the time taken and the peak growth over the start. */
export async function measured<T>(work: () => Promise<T>, everyMs = 5): Promise<{ value: T; ms: number; grewBy: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  const began = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - began, grewBy: Math.max(peak, process.memoryUsage.rss()) - start };
  } finally {
    clearInterval(sampler);
  }
}
