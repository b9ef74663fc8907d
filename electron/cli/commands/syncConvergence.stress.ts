/**
 * The long run of the desktop convergence test (syncConvergence.test.ts): the same scenario (edits,
 * names, 回收站, case changes, 取号 online and offline, server SIGKILLs mid-sync) over many more rounds.
 */
process.env.DAFU_CONVERGENCE_ROUNDS ??= '200';
await import('./syncConvergence.test');

export {};
