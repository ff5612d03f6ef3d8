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
import type { Browser, ElectronApplication, Locator, Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, electronBinaryPath, root } from '../../../scripts/electronBinary.mjs';

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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    const args = ['.', '--data', options.dataDir];
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

  /** The sidebar's library section. */
  get library(): Locator {
    return this.page.getByRole('region', { name: '公报库' });
  }

  /** The reader's page status, e.g. `第 3 / 17 页`, or `第 3–4 / 17 页` for a spread. */
  get pageStatus(): Locator {
    return this.page.locator('.page-status');
  }

  /** The 目录 landmark. */
  get toc(): Locator {
    return this.page.getByRole('navigation', { name: '目录' });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: '全文搜索' });
  }

  get searchResults(): Locator {
    return this.page.getByRole('list', { name: '搜索结果' });
  }

  /** Named wait: the library lists documents (the first launch imports the sample, so it is never empty). */
  async waitForLibrary(): Promise<void> {
    await this.waitUntilReady();
    await this.library.getByRole('button').filter({ hasText: /号/ }).first().waitFor();
  }

  /** Opens a document from the library by its title and waits until its first page is laid out. */
  async openDocument(title: string): Promise<void> {
    await this.library.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
    await this.waitForReader(title);
  }

  /** Named wait: the reader shows `title` and has counted its pages. */
  async waitForReader(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 2, name: title, exact: true }).first().waitFor();
    await this.page.locator('.page-strip').waitFor();
    await this.pageStatus.filter({ hasText: /第 \d+(–\d+)? \/ \d+ 页/ }).waitFor();
  }

  /** The first page shown, the last (the same but in a spread) and the page count, read from the status. */
  async pageNumbers(): Promise<{ page: number; last: number; count: number }> {
    const text = (await this.pageStatus.textContent()) ?? '';
    const match = /第 (\d+)(?:–(\d+))? \/ (\d+) 页/.exec(text);
    if (!match) throw new Error(`no page status in “${text}”`);
    return { page: Number(match[1]), last: Number(match[2] ?? match[1]), count: Number(match[3]) };
  }

  /** Named wait: the reader shows page `page` (1-based) alone, or as the left page of a spread. */
  async waitForPage(page: number): Promise<void> {
    await this.pageStatus.filter({ hasText: new RegExp(`第 ${page}(–\\d+)? / \\d+ 页`) }).waitFor();
  }

  /** Chooses 单页, 双页 or 自动 in the reader toolbar. */
  async setPageLayout(layout: 'single' | 'spread' | 'auto'): Promise<void> {
    await this.page.getByRole('combobox', { name: '页面布局' }).selectOption(layout);
  }

  /** Types a query into 全文搜索 and waits for the answer (a result list, or the empty-result note). */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.page
      .locator('.search-results [role="status"]')
      .filter({ hasText: /找到 \d+ 篇文件|没有找到/ })
      .waitFor();
  }

  /** Imports files through the 导入公报 file chooser (the same path as the button and the menu). */
  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.locator('input[type="file"][multiple]').setInputFiles(files);
  }

  /** Named wait: the import summary is shown. */
  async waitForImportSummary(): Promise<Locator> {
    const summary = this.page.getByRole('region', { name: '导入' });
    await summary.getByRole('heading', { name: '导入结果' }).waitFor({ timeout: 60_000 });
    return summary;
  }

  /** Texts of the elements marked as the current search hit on the visible page. */
  async visibleTextOfCurrentHit(): Promise<string> {
    return (await this.page.locator('mark.hit-current').first().textContent()) ?? '';
  }

  /**
   * Whether an element lies on the page the sheet shows (inside the sheet's viewport): the strip
   * holds every page side by side, so "attached and visible" alone says nothing about the current page.
   */
  async isOnShownPage(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => {
      const viewport = element.closest('.sheet-viewport');
      if (!viewport) return false;
      const box = viewport.getBoundingClientRect();
      // A block that runs over a page break has one box per page; any of them on the shown page counts. A page is
      // a column, so the box's x decides; an inline box on the last line reaches a few pixels below the line box.
      return [...element.getClientRects()].some(
        (rect) =>
          rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.top >= box.top - 1 && rect.top < box.bottom,
      );
    });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.stop();
  }
}
