/**
 * `npm run web -- [--data DIR] [--port N] [--profile NAME]`: the app in a browser, for tests and for machines
 * without the Electron binary. Prints one line with the URL (it carries the per-run token in its fragment).
 */
import { randomBytes } from 'node:crypto';
import { createAppServices } from '../appServices';
import { bundlePaths } from '../bundlePaths';
import { optionValue, sharedOptions } from '../commandLine';
import { resolveDataDir } from '../dataDir';
import { createHandlers } from '../handlerTable';
import { resolveProfile } from '../profile';
import { startWebHost } from './webServer';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const portOption = optionValue(argv, '--port') ?? '0';
  const port = Number(portOption);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`无效的端口：${portOption}`);
    process.exit(2);
  }
  const paths = bundlePaths(import.meta.url);
  const options = sharedOptions(argv);
  const services = await createAppServices({
    dataDir: resolveDataDir(options.dataDir),
    profile: resolveProfile(options.profile),
    shell: 'web',
    importWorker: paths.importWorker,
    sampleIssue: paths.sampleIssue,
  });
  const host = await startWebHost({
    handlers: createHandlers(services),
    rendererRoot: paths.rendererRoot,
    adapterRoot: paths.adapterRoot,
    token: randomBytes(24).toString('base64url'),
    port,
  });
  console.log(`公报阅读器 web host: ${host.url}`);
  const stop = (): void => {
    void Promise.all([host.close(), services.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('web host failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
