import { ESLint } from 'eslint';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from '../app/paths';
import { describeKnots, folderGraph, folderKnots, type CruisedModule } from './checkImports.mjs';

const root = appRoot();

describe('the lint rules on window.dafu and the DOM', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, '.config', 'eslint.config.js') });
  });
  const messages = async (code: string, filePath: string, rule: string) =>
    (await eslint.lintText(code, { filePath: join(root, filePath) }))[0].messages.filter((m) => m.ruleId === rule).map((m) => m.message);

  it.each([
    'export const bridge = window.dafu;',
    'export const bridge = window?.dafu;',
    "export const bridge = window['dafu'];",
    'export const bridge = globalThis.dafu;',
    'const { dafu } = window; export const bridge = dafu;',
    "export const inElectron = 'dafu' in window;",
  ])('refuses %s outside renderer/api', async (code) => {
    expect(await messages(code, 'renderer/features/x/f.ts', 'no-restricted-syntax')).toHaveLength(1);
    expect(await messages(code, 'renderer/api/x.ts', 'no-restricted-syntax')).toEqual([]);
  });

  it('keeps DOM and Node globals out of shared/, but lets a *.dom.ts file use the DOM', async () => {
    const dom = 'export const title = () => document.title + String(window.innerWidth);';
    expect(await messages(dom, 'shared/print/x.ts', 'no-restricted-globals')).toHaveLength(2);
    expect(await messages(dom, 'shared/print/x.dom.ts', 'no-restricted-globals')).toEqual([]);
    const node = 'export const size = () => Buffer.byteLength(process.argv[0]);';
    expect(await messages(node, 'shared/print/x.ts', 'no-restricted-globals')).toHaveLength(2);
    expect(await messages(node, 'shared/print/x.dom.ts', 'no-restricted-globals')).toHaveLength(2);
  });

  it('lets a *.dom.ts file import types only, since its source text runs in the page', async () => {
    const file = 'shared/print/x.dom.ts';
    expect(await messages("import type { LayoutReport } from './layoutTypes'; export type R = LayoutReport;", file, 'no-restricted-syntax')).toEqual([]);
    expect(await messages("import { escapeHtml } from './escapeHtml'; export const e = escapeHtml;", file, 'no-restricted-syntax')).toHaveLength(1);
    expect(await messages("import './escapeHtml';", file, 'no-restricted-syntax')).toHaveLength(1);
  });
});

describe('the import rules of .config/dependency-cruiser.cjs', () => {
  type Rule = { name: string; from: { path?: string; pathNot?: string }; to: { path?: string; pathNot?: string } };
  const { forbidden } = createRequire(import.meta.url)(join(root, '.config', 'dependency-cruiser.cjs')) as { forbidden: Rule[] };
  /** Whether the rule, applied to an import of `to` from `from`, refuses it (paths only: the rules' dependency types aside). */
  const refuses = (name: string, from: string, to: string) => {
    const rule = forbidden.find((candidate) => candidate.name === name)!;
    const matches = (pattern: string | undefined, path: string, empty: boolean) => (pattern === undefined ? empty : new RegExp(pattern).test(path));
    return (
      matches(rule.from.path, from, true) && !matches(rule.from.pathNot, from, false) && matches(rule.to.path, to, true) && !matches(rule.to.pathNot, to, false)
    );
  };

  it('keeps services to services, db and shared; their tests may add electron/testing and drive calls through the wiring and CLI', () => {
    const service = 'electron/services/drafts/drafts.ts';
    for (const to of ['electron/services/revisions/revisionStore.ts', 'electron/db/open.ts', 'shared/model/draft.ts']) {
      expect(refuses('services-stay-in-their-layer', service, to)).toBe(false);
    }
    for (const to of [
      'electron/app/dispatch.ts',
      'electron/shell/window.ts',
      'electron/shellLogic/pdfExport.ts',
      'electron/cli/run.ts',
      'electron/host/host.ts',
      'electron/testing/testContext.ts',
      'electron/db/fixtures/generateFixtures.ts',
    ]) {
      expect(refuses('services-stay-in-their-layer', service, to)).toBe(true);
    }
    expect(refuses('services-stay-in-their-layer', 'electron/services/drafts/drafts.test.ts', 'electron/testing/testContext.ts')).toBe(false);
    expect(refuses('services-tests-stay-in-their-layer', 'electron/services/drafts/drafts.test.ts', 'electron/testing/testContext.ts')).toBe(false);
    expect(refuses('services-tests-stay-in-their-layer', 'electron/services/drafts/drafts.test.ts', 'electron/app/dispatch.ts')).toBe(false);
    expect(refuses('services-tests-stay-in-their-layer', 'electron/services/drafts/drafts.test.ts', 'electron/shell/window.ts')).toBe(true);
  });

  it('lets services use only the listed npm packages', () => {
    const service = 'electron/services/cases/caseImport.ts';
    expect(refuses('services-use-listed-packages', service, 'node_modules/zod/index.js')).toBe(false);
    expect(refuses('services-use-listed-packages', service, 'node_modules/@types/better-sqlite3/index.d.ts')).toBe(false);
    expect(refuses('services-use-listed-packages', service, 'node_modules/@xmldom/xmldom/lib/index.js')).toBe(false);
    expect(refuses('services-use-listed-packages', service, 'node_modules/electron-log/src/index.js')).toBe(true);
    expect(refuses('services-use-listed-packages', service, 'node_modules/diff-match-patch/index.js')).toBe(true);
    expect(refuses('services-use-listed-packages', service, 'node_modules/vitest/dist/index.js')).toBe(true);
    expect(refuses('services-tests-use-listed-packages', 'electron/services/cases/cases.test.ts', 'node_modules/vitest/dist/index.js')).toBe(false);
  });

  it('keeps db below the services and shellLogic free of electron, services, CLI and host', () => {
    expect(refuses('db-below-services', 'electron/db/open.ts', 'electron/services/revisions/revisionStore.ts')).toBe(true);
    expect(refuses('db-below-services', 'electron/db/backups.test.ts', 'electron/testing/testContext.ts')).toBe(false);
    expect(refuses('db-below-services', 'electron/db/fixtures.test.ts', 'electron/services/revisions/storeCheck.ts')).toBe(false);
    expect(refuses('db-below-services', 'electron/db/open.ts', 'shared/model/backup.ts')).toBe(false);
    expect(refuses('shellLogic-stays-electron-free', 'electron/shellLogic/pdfExport.ts', 'node_modules/electron/index.js')).toBe(true);
    expect(refuses('shellLogic-stays-electron-free', 'electron/shellLogic/pdfExport.ts', 'electron/services/drafts/index.ts')).toBe(true);
    expect(refuses('shellLogic-stays-electron-free', 'electron/shellLogic/pdfExport.ts', 'electron/app/paths.ts')).toBe(false);
  });

  it('keeps shared/ to itself and the team server to itself and shared/', () => {
    expect(refuses('shared-stands-alone', 'shared/print/renderPrint.ts', 'shared/model/draft.ts')).toBe(false);
    expect(refuses('shared-stands-alone', 'shared/print/renderPrint.ts', 'bench/stats.ts')).toBe(true);
    expect(refuses('server-uses-shared-only', 'server/main.ts', 'shared/api/contract.ts')).toBe(false);
    expect(refuses('server-uses-shared-only', 'server/main.ts', 'electron/services/drafts/index.ts')).toBe(true);
  });
});

describe('folder cycles', () => {
  const module = (source: string, ...targets: string[]): CruisedModule => ({
    source,
    dependencies: targets.map((resolved) => ({ resolved, couldNotResolve: false, dependencyTypes: ['local', 'import'] })),
  });

  it('finds folders that import each other through any files, and names an import for each step', () => {
    const edges = folderGraph([
      module('shared/a/one.ts', 'shared/b/two.ts'),
      module('shared/b/two.ts', 'shared/c/three.ts'),
      module('shared/c/three.ts', 'shared/a/four.ts'),
      module('shared/a/four.ts'),
      module('shared/d/five.ts', 'shared/a/one.ts'),
    ]);
    const knots = folderKnots(edges);
    expect(knots).toEqual([['shared/a', 'shared/b', 'shared/c']]);
    expect(describeKnots(knots, edges)[0]).toContain('no-folder-cycle: shared/a → shared/b → shared/c → shared/a');
    expect(describeKnots(knots, edges)[0]).toContain('shared/c → shared/a: shared/c/three.ts → shared/a/four.ts');
  });

  it('leaves test files, outside packages and imports within a folder out', () => {
    const edges = folderGraph([
      module('electron/services/drafts/drafts.ts', 'electron/services/drafts/records.ts', 'node_modules/zod/index.js'),
      module('electron/services/drafts/drafts.test.ts', 'electron/testing/testContext.ts'),
      module('electron/testing/testContext.ts', 'electron/services/drafts/drafts.ts'),
    ]);
    expect(folderKnots(edges)).toEqual([]);
  });

  it('counts a parent folder and its subfolder as two folders', () => {
    const edges = folderGraph([
      module('electron/cli/run.ts', 'electron/cli/commands/backup.ts'),
      module('electron/cli/commands/backup.ts', 'electron/cli/command.ts'),
    ]);
    expect(folderKnots(edges)).toEqual([['electron/cli', 'electron/cli/commands']]);
  });
});
