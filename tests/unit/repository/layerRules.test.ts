/**
 * The layer rules are enforced by the tools, not by review: each rule is shown here failing on a deliberate
 * violation placed at a path of the layer it guards (and passing on the import the layer is allowed).
 * ESLint runs the project's own config; only its type-aware rules are switched off, as these snippets need none.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/fixtureFiles';

const eslint = new ESLint({ cwd: repoRoot, overrideConfig: [tseslint.configs.disableTypeChecked] });
const layerRules = new Set(['no-restricted-imports', 'no-restricted-globals']);

/** The layer-rule messages ESLint reports for `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && layerRules.has(message.ruleId))
    .map((message) => message.message);
}

/** A module of `filePath` that imports `target`: a package, or a repository path (`src/…`) written relatively. */
function importing(filePath: string, target: string): string {
  const relative = path.posix.relative(path.posix.dirname(filePath), target);
  const specifier = target.startsWith('src/') ? (relative.startsWith('.') ? relative : `./${relative}`) : target;
  return `import * as probe from '${specifier}';\nexport { probe };\n`;
}

describe('ESLint layer rules', () => {
  const violations: [string, string, string, RegExp][] = [
    ['src/shared imports src/main', 'src/shared/probe.ts', 'src/main/appServices', /src\/shared is pure/u],
    ['src/shared imports the renderer', 'src/shared/search/probe.ts', 'src/renderer/strings', /src\/shared is pure/u],
    ['src/shared imports an npm package other than zod', 'src/shared/probe.ts', 'lunr', /src\/shared is pure/u],
    ['src/shared imports a Node built-in', 'src/shared/probe.ts', 'node:fs', /src\/shared is pure/u],
    ['main/<domain> imports electron', 'src/main/library/probe.ts', 'electron', /Only the Electron shell/u],
    ['main/<domain> imports electron-store', 'src/main/profile/probe.ts', 'electron-store', /Only the Electron shell/u],
    ['a top-level main module imports electron', 'src/main/probe.ts', 'electron/main', /Only the Electron shell/u],
    ['main/<domain> imports the renderer', 'src/main/search/probe.ts', 'src/renderer/strings', /never imports/u],
    ['the Electron shell imports the renderer', 'src/main/electron/probe.ts', 'src/renderer/App', /never imports/u],
    ['the renderer imports src/main', 'src/renderer/components/probe.tsx', 'src/main/handlerTable', /window\.gazette/u],
    ['the renderer imports src/main', 'src/renderer/probe.ts', 'src/main/library/library', /window\.gazette/u],
    ['the renderer imports a Node built-in', 'src/renderer/probe.ts', 'fs', /window\.gazette/u],
    ['the renderer imports electron', 'src/renderer/hooks/probe.ts', 'electron', /window\.gazette/u],
    ['the preload imports src/main', 'src/preload/probe.ts', 'src/main/handlerTable', /preload imports only/u],
    ['the preload imports a Node built-in', 'src/preload/index.ts', 'node:path', /preload imports only/u],
    ['the web adapter imports electron', 'src/preload/webAdapter.ts', 'electron', /web adapter/u],
  ];

  it.each(violations)('fails when %s', async (_name, filePath, target, message) => {
    const errors = await layerErrors(filePath, importing(filePath, target));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  const allowed: [string, string][] = [
    ['src/shared/probe.ts', 'zod'],
    ['src/shared/search/probe.ts', 'src/shared/text/normalize'],
    ['src/main/electron/probe.ts', 'electron'],
    ['src/main/electron/probe.ts', 'electron-store'],
    ['src/main/library/probe.ts', 'src/shared/api'],
    ['src/main/library/probe.ts', 'node:fs'],
    ['src/renderer/probe.ts', 'src/shared/api'],
    ['src/renderer/probe.ts', 'react'],
    ['src/preload/index.ts', 'electron'],
    ['src/preload/webAdapter.ts', 'src/shared/apiClient'],
  ];

  it.each(allowed)('lets %s import %s', async (filePath, target) => {
    expect(await layerErrors(filePath, importing(filePath, target))).toEqual([]);
  });

  it.each(['src/renderer/probe.ts', 'src/preload/webAdapter.ts'])('fails when %s uses a Node global', async (file) => {
    const errors = await layerErrors(file, 'export const leak = [process.env, Buffer.from(""), __dirname];\n');
    expect(errors).toEqual([
      expect.stringMatching(/'process'.*runs in a page/u),
      expect.stringMatching(/'Buffer'.*runs in a page/u),
      expect.stringMatching(/'__dirname'.*runs in a page/u),
    ]);
  });
});

/** tsc's errors for `code` placed at `filePath` inside the program of the project's tsconfig `config`. */
function typeErrors(config: string, filePath: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(repoRoot, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${config} could not be read`);
  const probe = path.join(repoRoot, filePath);
  const host = ts.createCompilerHost(parsed.options);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === probe || fileExists(name);
  host.getSourceFile = (name, language, ...rest) =>
    name === probe ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, probe], options: parsed.options, host });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('TypeScript layers', () => {
  const nodeGlobals = 'export const leak = [process.env.HOME, Buffer.from(""), __dirname];\n';

  it('does not let a renderer file use process, Buffer or __dirname', () => {
    const errors = typeErrors('tsconfig.web.json', 'src/renderer/probe.ts', nodeGlobals);
    expect(errors).toEqual([
      expect.stringMatching(/^Cannot find name 'process'/u),
      expect.stringMatching(/^Cannot find name 'Buffer'/u),
      expect.stringMatching(/^Cannot find name '__dirname'/u),
    ]);
  }, 120_000);

  it('type-checks the same renderer file without them', () => {
    const errors = typeErrors('tsconfig.web.json', 'src/renderer/probe.ts', 'export const title = document.title;\n');
    expect(errors).toEqual([]);
  }, 120_000);
});
