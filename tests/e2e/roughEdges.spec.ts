/** Rough edges users notice: console errors, stale results shown as current, highlights over other lines, silence. */
import { test, expect } from './support/fixtures';
import { LONGEST_TITLE, SAMPLE_DOCUMENTS } from './support/sampleGazette';

const SOIL = SAMPLE_DOCUMENTS[0].title;

test('opening the app and a document logs no console error and requests nothing that fails (favicon)', async ({
  app,
}) => {
  const problems: string[] = [];
  app.page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  app.page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await app.page.reload();
  await app.waitForLibrary();
  await app.openDocument(SOIL);
  await app.page.keyboard.press('ArrowRight');
  await app.waitForPage(2);
  // The browser asks for the page's icon on its own after load; give it the moment it takes.
  await app.page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  // Headless Chromium fetches no icon, a desktop browser does: without a declared one it asks for /favicon.ico.
  const iconLoads = await app.page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) return false;
    const image = new Image();
    image.src = link.href;
    return image.decode().then(
      () => image.naturalWidth > 0,
      () => false,
    );
  });
  expect(iconLoads, 'the declared page icon loads').toBe(true);
});

test('while a new search is pending, the earlier results are marked stale, not shown as current', async ({ app }) => {
  await app.waitForLibrary();
  await app.search('土壤普查');
  const results = app.page.locator('.search-results');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  // Typed, not yet sent (the box waits 200 ms for the typing to rest): the old answer is stale from the first key.
  await app.searchBox.press('End');
  await app.searchBox.pressSequentially('工作', { delay: 0 });
  const stale = await results.evaluate((element) => ({
    busy: element.getAttribute('aria-busy'),
    stale: element.classList.contains('stale'),
    status: element.querySelector('[role="status"]')?.textContent ?? '',
  }));
  expect(stale).toEqual({ busy: 'true', stale: true, status: '正在搜索…（下列为“土壤普查”的结果）' });
  await expect(results.getByRole('status')).toHaveText(/^找到 \d+ 篇文件$/);
  await expect(results).not.toHaveClass(/stale/);
});

test('the page status is announced politely when the page turns', async ({ app }) => {
  await app.waitForLibrary();
  await app.openDocument(LONGEST_TITLE);
  await expect(app.pageStatus).toHaveAttribute('aria-live', 'polite');
  await expect(app.pageStatus).toHaveAttribute('aria-atomic', 'true');
  await app.page.keyboard.press('ArrowRight');
  await app.waitForPage(2);
});

test('a search hit is highlighted inside its line box, not over the lines next to it', async ({ app }) => {
  await app.waitForLibrary();
  await app.search('土壤普查');
  await app.searchResults.locator('.snippet').nth(1).click();
  const current = app.page.locator('.page-strip mark.hit-current');
  await expect.poll(() => app.isOnShownPage(current)).toBe(true);
  const box = await current.evaluate((element) => {
    const rect = element.getClientRects()[0] as DOMRect;
    return {
      x: rect.left,
      y: rect.top,
      width: rect.width,
      height: rect.height,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
      colour: getComputedStyle(document.documentElement).getPropertyValue('--mark-current').trim(),
    };
  });
  // Look a line above and below the inline box, and count the rows painted in the highlight colour.
  const clip = { x: box.x, y: box.y - box.lineHeight, width: box.width, height: box.height + 2 * box.lineHeight };
  const png = (await app.page.screenshot({ clip })).toString('base64');
  const paintedRows = await app.page.evaluate(
    async ({ data, colour }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const channel = (at: number): number => parseInt(colour.slice(at, at + 2), 16);
      const [r, g, b] = [channel(1), channel(3), channel(5)];
      const { data: pixels } = context.getImageData(0, 0, image.width, image.height);
      let rows = 0;
      for (let y = 0; y < image.height; y++) {
        let painted = 0;
        for (let x = 0; x < image.width; x++) {
          const at = (y * image.width + x) * 4;
          const near = (value: number, want: number): boolean => Math.abs(value - want) <= 6;
          if (near(pixels[at] ?? 0, r) && near(pixels[at + 1] ?? 0, g) && near(pixels[at + 2] ?? 0, b)) painted++;
        }
        if (painted > image.width / 4) rows++;
      }
      return rows / devicePixelRatio;
    },
    { data: png, colour: box.colour },
  );
  expect(paintedRows).toBeGreaterThan(box.lineHeight / 2);
  expect(paintedRows).toBeLessThanOrEqual(Math.ceil(box.lineHeight));
});
