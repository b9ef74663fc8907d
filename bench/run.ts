// `npm run bench`: runs every bench/**/*.bench.ts (or those whose path contains an argument) and
// prints each one's report. Benchmarks compare the app against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchReport {
  name: string;
  /** One row per measured case; values are numbers (ms, bytes, ratios) or short strings. */
  rows: Record<string, string | number>[];
  notes?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

function findBenches(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findBenches(path);
    return entry.name.endsWith('.bench.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const benches = findBenches(here).filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)));
for (const file of benches) {
  const module = (await import(pathToFileURL(file).href)) as { run: () => Promise<BenchReport> };
  const report = await module.run();
  console.log(`\n## ${report.name}  (${relative(here, file)})`);
  console.table(report.rows);
  report.notes?.forEach((note) => console.log(`- ${note}`));
}
