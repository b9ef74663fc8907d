// Builds what the CLI, the host and the Electron shell load: dist/cli.js, dist/main.js,
// dist/preload.cjs, the worker threads they start (dist/sheetWorker.js, dist/docxWorker.js,
// dist/packageWorker.js, dist/upkeepWorker.js) and the renderer in dist/renderer.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const node = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', sourcemap: true };

await Promise.all([
  build({ ...node, entryPoints: [join(root, 'electron/cli/main.ts')], format: 'esm', outfile: join(root, 'dist/cli.js') }),
  build({ ...node, entryPoints: [join(root, 'electron/main.ts')], format: 'esm', outfile: join(root, 'dist/main.js') }),
  build({ ...node, entryPoints: [join(root, 'electron/preload.ts')], format: 'cjs', outfile: join(root, 'dist/preload.cjs') }),
  ...['cases/sheets/sheetWorker', 'drafts/docxWorker', 'packages/packageWorker', 'store/upkeepWorker'].map((worker) =>
    build({ ...node, entryPoints: [join(root, `electron/services/${worker}.ts`)], format: 'esm', outfile: join(root, `dist/${worker.split('/').pop()}.js`) }),
  ),
  viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: 'warn' }),
]);
