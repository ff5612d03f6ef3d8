#!/usr/bin/env node
// The `gazette` command: runs the bundled CLI (src/main/cli.ts), built by `npm run setup` / `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('gazette: the command is not built yet; run `npm run setup` (or `npm run build`) first.');
  process.exit(2);
}
await import(cli);
