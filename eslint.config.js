// Flat config: type-aware rules everywhere, plus layer rules that keep src/shared pure, the core of src/main free of
// Electron, and the renderer and preload away from Node and the main process (the way VS Code checks its
// common/node/browser layers). tests/unit/repository/layerRules.test.ts shows each layer rule failing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import sdl from '@microsoft/eslint-plugin-sdl';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Patterns are regular expressions over the import specifier.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An import of another layer's folder, by a relative path (`../main/…`, `../../renderer/x`). */
const layerFolder = (...layers) => `^(\\.\\./)+(${layers.join('|')})(/|$)`;
/** A package import (anything not relative, Node built-ins included) other than the ones allowed. */
const packageOtherThan = (...allowed) => `^(?!\\.)${allowed.map((name) => `(?!${escape(name)}(/|$))`).join('')}`;
/** These packages and their subpaths. */
const packages = (...names) => `^(${names.map(escape).join('|')})(/|$)`;
const nodeOr = (...names) => `^node:|${packages(...builtinModules, ...names)}`;

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([regex, message]) => ({ regex, message })) }],
});
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'global'];
const noNodeGlobals = (message) => ({
  'no-restricted-globals': ['error', ...nodeGlobals.map((name) => ({ name, message }))],
});

const SHARED = 'src/shared is pure: it imports only zod and itself (no Node, Electron, DOM or other layer).';
const RENDERER =
  'The renderer talks only to window.gazette (src/renderer/gazette.ts); it imports no Node, Electron or main.';
const PRELOAD = 'The preload imports only electron and src/shared.';
const WEB_ADAPTER = 'The web adapter runs in the page: it imports only src/shared.';
const CORE = 'Only the Electron shell (src/main/index.ts, src/main/electron/) imports electron or electron-store.';
const MAIN_NOT_RENDERER = 'The main process never imports the renderer or the preload.';
const BROWSER_NODE_GLOBALS = 'This code runs in a page, where Node globals do not exist.';

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
    rules: restrict([packageOtherThan('zod'), SHARED], [layerFolder('main', 'renderer', 'preload'), SHARED]),
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([nodeOr('electron', 'electron-store'), RENDERER], [layerFolder('main', 'preload'), RENDERER]),
      ...noNodeGlobals(BROWSER_NODE_GLOBALS),
    },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([packageOtherThan('electron'), PRELOAD], [layerFolder('main', 'renderer'), PRELOAD]),
  },
  {
    files: ['src/preload/webAdapter.ts'],
    rules: {
      ...restrict([packageOtherThan(), WEB_ADAPTER], [layerFolder('main', 'renderer'), WEB_ADAPTER]),
      ...noNodeGlobals(BROWSER_NODE_GLOBALS),
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/electron/**'],
    rules: restrict([layerFolder('renderer', 'preload'), MAIN_NOT_RENDERER]),
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: restrict(
      [packages('electron', 'electron-store'), CORE],
      [layerFolder('renderer', 'preload'), MAIN_NOT_RENDERER],
    ),
  },
);
