// Lint rules, including the process boundaries: only the shell imports electron, shared/ imports no
// Node, DOM or Electron, and the renderer reaches services only through the contract.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'zlib', 'util', 'net'];
const uiModules = ['react', 'react-dom', 'react-dom/*', 'react/*', 'lexical', '@lexical/*'];
const noElectron = { group: ['electron', 'electron/*'], message: 'Only the shell (electron/main.ts, electron/preload.ts, electron/shell/) may import electron.' };

const noRawHtml = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render raw HTML: it is a script-injection path.' },
  { selector: "AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never assign raw HTML.' },
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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', ...noRawHtml],
    },
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
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, { group: ['**/renderer/**'], message: 'Services never import the renderer.' }, { group: uiModules, message: 'No UI code in the main side.' }] },
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
    rules: { 'no-restricted-syntax': ['error', ...noRawHtml.filter((rule) => !rule.selector.includes('openExternal'))] },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noRawHtml,
        {
          selector: "CallExpression[callee.property.name='exposeInMainWorld'] Property[value.type='Identifier'][value.name='ipcRenderer']",
          message: 'Never expose ipcRenderer itself to the page.',
        },
        {
          selector: "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer'], CallExpression[callee.property.name='exposeInMainWorld'] Property > MemberExpression[object.name='ipcRenderer']",
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
