// The import rules eslint cannot check on resolved paths, run by electron/tools/checkImports.mjs in
// `npm run lint` (which then also refuses cycles between folders). Paths are from the project root.
//
// Type-only imports count everywhere: a cycle through `import type` still ties the files together
// and one edit turns it into a value cycle.

/** A test file: it may use electron/testing and the test runners. */
const TEST = '\\.(test|stress)\\.tsx?$';
/** The npm packages a service may use; add one here on purpose, never by accident. */
const SERVICE_PACKAGES = ['better-sqlite3', 'zod', 'jszip', 'exceljs', 'docx', '@xmldom/xmldom', 'diff'];
const TEST_PACKAGES = ['vitest', 'fast-check', 'typescript'];
const npmPackages = (names) => `^node_modules/(@types/)?(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'These files import each other in a cycle (type-only imports count). Move what they share into a file both import.',
      from: { path: '^(shared|electron|renderer|bench|e2e|server)/' },
      to: { circular: true },
    },
    {
      name: 'services-stay-in-their-layer',
      severity: 'error',
      comment:
        'electron/services/ imports only electron/services/, electron/db/ (not its fixtures) and shared/: never the app wiring, shell, shellLogic, CLI, host, print, docx or testing code (a test may use electron/testing).',
      from: { path: '^electron/services/', pathNot: TEST },
      to: { dependencyTypes: ['local'], pathNot: '^(electron/services/|electron/db/(?!fixtures/)|shared/)' },
    },
    {
      name: 'services-tests-stay-in-their-layer',
      severity: 'error',
      comment:
        'A test of electron/services/ imports what the services may, plus electron/testing/ and, to drive a call the way the window, host or CLI does, the app wiring and the CLI (and server/, to check it against the desktop): never the shell or the host.',
      from: { path: `^electron/services/.*${TEST}` },
      to: {
        dependencyTypes: ['local'],
        pathNot: '^(electron/services/|electron/db/(?!fixtures/)|electron/testing/|electron/app/|electron/cli/|server/|shared/)',
      },
    },
    {
      name: 'services-use-listed-packages',
      severity: 'error',
      comment: `electron/services/ uses Node built-ins and only these npm packages: ${SERVICE_PACKAGES.join(', ')} (tests also ${TEST_PACKAGES.join(', ')}). To use another, add it to SERVICE_PACKAGES in .config/dependency-cruiser.cjs.`,
      from: { path: '^electron/services/', pathNot: TEST },
      to: { dependencyTypesNot: ['local', 'core'], pathNot: npmPackages(SERVICE_PACKAGES) },
    },
    {
      name: 'services-tests-use-listed-packages',
      severity: 'error',
      comment: `A test of electron/services/ uses Node built-ins and only these npm packages: ${[...SERVICE_PACKAGES, ...TEST_PACKAGES].join(', ')}.`,
      from: { path: `^electron/services/.*${TEST}` },
      to: { dependencyTypesNot: ['local', 'core'], pathNot: npmPackages([...SERVICE_PACKAGES, ...TEST_PACKAGES]) },
    },
    {
      name: 'db-below-services',
      severity: 'error',
      comment:
        'electron/db/ is the layer below the services: it never imports electron/services/, the app wiring, shell, CLI or host. Its tests and the generator of its fixture files may, to build real stores through the services.',
      from: { path: '^electron/db/', pathNot: `(${TEST}|^electron/db/fixtures/)` },
      to: { path: '^electron/(services|app|shell|cli|host)/' },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/ runs in every process and depends on nothing else in the project.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['local'], pathNot: '^shared/' },
    },
    {
      name: 'server-uses-shared-only',
      severity: 'error',
      comment: 'The team server (server/) shares only shared/ with the desktop app.',
      from: { path: '^server/' },
      to: { dependencyTypes: ['local'], pathNot: '^(server|shared)/' },
    },
    {
      name: 'desktop-never-bundles-server',
      severity: 'error',
      comment:
        'The desktop app (electron/, renderer/) never imports server/: `dafu server` spawns server/main.ts as its own process, so the server stays out of the bundle and the packaged app. A test may use server/ to run a real server.',
      from: { path: '^(electron|renderer)/', pathNot: TEST },
      to: { path: '^server/' },
    },
    {
      name: 'shellLogic-stays-electron-free',
      severity: 'error',
      comment: "electron/shellLogic/ is the shell's Electron-free logic: it never imports electron, the services, the CLI or the host.",
      from: { path: '^electron/shellLogic/' },
      to: { path: '^(electron/(services|cli|host|shell)/|node_modules/electron/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stays in (its packages are checked against the lists above) but is not followed.
    exclude: { path: '^(dist|test-results|release|\\.bench-out)/' },
    // Type-only imports (`import type`, `import { type X }`) are part of the graph.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.mjs', '.js', '.cjs', '.json'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
