// Lint rules, including the process boundaries: only the shell imports electron, shared/ imports no
// Node, DOM or Electron (its one DOM file, *.dom.ts, aside), only renderer/api touches window.dafu, and
// the renderer reaches services only through the contract. What services, db and shellLogic may import,
// and cycles, are checked on resolved paths by .config/dependency-cruiser.cjs (electron/tools/checkImports.mjs).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'zlib', 'util', 'net'];
const uiModules = ['react', 'react-dom', 'react-dom/*', 'react/*', 'lexical', '@lexical/*'];
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only the shell (electron/main.ts, electron/preload.ts, electron/shell/) may import electron.',
};

/** Globals only a browser page has, and those only Node has: shared/ uses neither (the DOM file, the browser's). */
const builtins = new Set([...Object.keys(globals.builtin), ...Object.keys(globals.es2021)]);
const domOnly = [...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !builtins.has(name)), 'navigator', 'localStorage'];
const nodeOnly = Object.keys(globals.node).filter((name) => !(name in globals.browser) && !builtins.has(name));
const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: `${why} (${name}).` }));

/** The preload's bridge: renderer/api/ wraps it, everything else goes through renderer/api/client.ts. */
const page = '/^(window|globalThis|self)$/';
const noWindowDafu = [
  `MemberExpression[object.name=${page}][property.name='dafu']`,
  `MemberExpression[object.name=${page}][property.value='dafu']`,
  `VariableDeclarator[init.name=${page}] > ObjectPattern > Property[key.name='dafu']`,
  `BinaryExpression[operator='in'][left.value='dafu'][right.name=${page}]`,
].map((selector) => ({ selector, message: 'Only renderer/api/ touches window.dafu (the preload bridge); call the services through renderer/api/client.ts.' }));

const noRawHtml = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render raw HTML: it is a script-injection path.' },
  { selector: 'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Never assign raw HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert raw HTML.' },
  { selector: "CallExpression[callee.property.name='openExternal']", message: 'Open links only through electron/shell/externalLinks.ts (the allow-list).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.bench-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', ...noRawHtml, ...noWindowDafu],
    },
  },
  {
    files: ['renderer/api/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...noRawHtml] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeModules, message: 'shared/ runs in every process: no Node modules.' },
            { group: uiModules, message: 'shared/ holds no UI code.' },
            noElectron,
            { group: ['better-sqlite3'], message: 'shared/ does not touch the database.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the project.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(nodeOnly, 'shared/ runs in every process: no Node globals'),
        ...restrictedGlobals(domOnly, 'shared/ runs in every process: no DOM globals outside a *.dom.ts file'),
      ],
    },
  },
  {
    // shared/'s DOM code: it runs inside a Chromium page (layoutPages.dom.ts, whose source the CLI sends
    // into the page, so it imports types only: they vanish from the compiled function).
    files: ['shared/**/*.dom.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-globals': ['error', ...restrictedGlobals(nodeOnly, 'DOM code runs in a page: no Node globals')],
      'no-restricted-syntax': [
        'error',
        ...noRawHtml,
        ...noWindowDafu,
        {
          selector:
            "ImportDeclaration[importKind='value'] > :matches(ImportSpecifier[importKind='value'], ImportDefaultSpecifier, ImportNamespaceSpecifier), ImportDeclaration[importKind='value'][specifiers.length=0]",
          message: 'A *.dom.ts file runs as its own source text in the page: import types only (import type { ... }).',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: ['**/renderer/**'], message: 'Services never import the renderer.' },
            { group: uiModules, message: 'No UI code in the main side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports the renderer.' }] }],
    },
  },
  {
    files: ['electron/shell/externalLinks.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noRawHtml.filter((rule) => !rule.selector.includes('openExternal')), ...noWindowDafu] },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noRawHtml,
        ...noWindowDafu,
        {
          selector: "CallExpression[callee.property.name='exposeInMainWorld'] Property[value.type='Identifier'][value.name='ipcRenderer']",
          message: 'Never expose ipcRenderer itself to the page.',
        },
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer'], CallExpression[callee.property.name='exposeInMainWorld'] Property > MemberExpression[object.name='ipcRenderer']",
          message: 'Never expose ipcRenderer or its methods to the page; wrap each call.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeModules, message: 'The renderer runs in a sandboxed page: no Node modules.' },
            noElectron,
            { group: ['better-sqlite3'], message: 'The renderer reaches the database only through the contract.' },
            { group: ['**/electron/**'], message: 'The renderer talks to services only through shared/api and renderer/api/client.' },
          ],
        },
      ],
    },
  },
);
