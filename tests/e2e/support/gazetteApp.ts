/**
 * Launches 公报阅读器 for an end-to-end test: the real Electron app where its binary is installed, otherwise the
 * loopback web host in Debian's Chromium — the same renderer against the same handler table. Every request that
 * is not the app's own is recorded (and aborted in the browser) so a fixture can fail the test on it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { _electron, chromium } from '@playwright/test';
import type { Browser, ElectronApplication, Page } from '@playwright/test';
import { chromiumPath, electronBinaryPath, root } from '../../../scripts/electronBinary.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface LaunchOptions {
  dataDir: string;
  profile?: string;
  viewport?: { width: number; height: number };
}

type WebHostProcess = ChildProcessByStdio<null, Readable, Readable>;

async function startWebHost(options: LaunchOptions): Promise<{ process: WebHostProcess; url: string }> {
  const args = ['out/main/webHost.js', '--data', options.dataDir, '--port', '0'];
  if (options.profile) args.push('--profile', options.profile);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(line);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => {
      reject(new Error(`web host exited with ${code ?? 'a signal'} before printing its URL:\n${stderr}`));
    });
  });
  return { process: child, url };
}

export class GazetteApp {
  /** Requests that went, or tried to go, anywhere but the app itself. */
  foreignRequests: string[] = [];

  private constructor(
    readonly kind: 'electron' | 'web',
    readonly page: Page,
    readonly origin: string,
    private readonly stop: () => Promise<void>,
  ) {}

  static async launch(options: LaunchOptions): Promise<GazetteApp> {
    const electron = electronBinaryPath();
    return electron ? GazetteApp.launchElectron(electron, options) : GazetteApp.launchWeb(options);
  }

  private static async launchElectron(executablePath: string, options: LaunchOptions): Promise<GazetteApp> {
    const args = ['out/main/index.js', '--data', options.dataDir];
    if (options.profile) args.push('--profile', options.profile);
    const electronApp: ElectronApplication = await _electron.launch({ executablePath, args, cwd: root });
    const page = await electronApp.firstWindow();
    if (options.viewport) await page.setViewportSize(options.viewport);
    const app = new GazetteApp('electron', page, 'app://gazette', () => electronApp.close());
    app.watchRequests();
    return app;
  }

  private static async launchWeb(options: LaunchOptions): Promise<GazetteApp> {
    const executablePath = chromiumPath();
    if (!executablePath) {
      throw new Error(
        'Neither the Electron binary nor Chromium is installed: run `npm run setup` (or set CHROMIUM_PATH).',
      );
    }
    const host = await startWebHost(options);
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath, args: chromiumArgs });
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 } });
      const origin = new URL(host.url).origin;
      const page = await context.newPage();
      const openedBrowser = browser;
      const app = new GazetteApp('web', page, origin, async () => {
        await openedBrowser.close();
        host.process.kill('SIGTERM');
      });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (app.isOwnUrl(url)) return route.continue();
        app.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      app.watchRequests();
      await page.goto(host.url);
      return app;
    } catch (error) {
      await browser?.close();
      host.process.kill('SIGTERM');
      throw error;
    }
  }

  /** For a test that provokes foreign requests on purpose: hands them over and starts a clean record. */
  takeForeignRequests(): string[] {
    const taken = this.foreignRequests;
    this.foreignRequests = [];
    return taken;
  }

  isOwnUrl(url: string): boolean {
    return url.startsWith(`${this.origin}/`) || url.startsWith('data:');
  }

  private watchRequests(): void {
    this.page.on('request', (request) => {
      const url = request.url();
      if (!this.isOwnUrl(url) && !this.foreignRequests.includes(url)) this.foreignRequests.push(url);
    });
  }

  /** Named wait: the shell has rendered and the API answered (the version comes from getAppInfo). */
  async waitUntilReady(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: '公报阅读器' }).waitFor();
    await this.page.getByText(/^版本 /).waitFor();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.stop();
  }
}
