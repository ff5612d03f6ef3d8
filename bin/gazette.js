#!/usr/bin/env node
// The `gazette` command: runs the bundled CLI (src/main/cli.ts), built by `npm run setup` / `npm run build`.
try {
  await import('../out/main/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('out/main/cli.js')) throw error;
  console.error('gazette: the command is not built yet; run `npm run setup` (or `npm run build`) first.');
  process.exit(2);
}
