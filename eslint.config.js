// Flat config: type-aware rules everywhere, plus layer rules that keep src/shared pure and the renderer free of
// Node and Electron (the way VS Code checks its common/node/browser layers).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import sdl from '@microsoft/eslint-plugin-sdl';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'url'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'test-results/', 'playwright-report/', 'tests/artifacts/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@microsoft/sdl': sdl, 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@microsoft/sdl/no-inner-html': 'error',
      // The loopback web host is plain HTTP on 127.0.0.1 by design; nothing else may be.
      '@microsoft/sdl/no-insecure-url': ['error', { exceptions: ['^http://127\\.0\\.0\\.1([:/]|$)'] }],
      '@microsoft/sdl/no-document-write': 'error',
      '@microsoft/sdl/no-electron-node-integration': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests feed the app remote and insecure URLs on purpose, to prove they are refused.
    files: ['tests/**'],
    rules: { '@microsoft/sdl/no-insecure-url': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: restrict(
      ['electron', 'electron/*', ...nodeBuiltins, 'react', 'react-dom'],
      'src/shared is pure: no Electron, Node or DOM.',
    ),
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/preload/**'],
        'The renderer talks only to window.gazette.',
      ),
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: restrict(
      ['electron', 'electron/*'],
      'Only the Electron shell (src/main/index.ts, src/main/electron/) imports electron; the core runs without it.',
    ),
  },
);
