// The race property of autosaveRaces.test.ts with 1,000 random interleavings instead of 40.
process.env.DAFU_RACE_RUNS ??= '1000';
await import('./autosaveRaces.test');

export {};
