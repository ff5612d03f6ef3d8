import { test, expect } from './support/fixtures';

test('the renderer is served with the strict content security policy', async ({ app }) => {
  await app.waitUntilReady();
  const policy = await app.page.evaluate(async () => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    const header = (await fetch(location.href)).headers.get('content-security-policy');
    return { meta, header };
  });
  const directives = (policy.header ?? policy.meta ?? '').split(';').map((part) => part.trim());
  expect(directives).toContain("default-src 'none'");
  expect(directives).toContain("script-src 'self'");
  expect(directives).toContain("object-src 'none'");
  expect(directives).toContain("base-uri 'none'");
  expect(directives.join(';')).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
});

test('a request to a remote origin is blocked before it leaves the app', async ({ app }) => {
  await app.waitUntilReady();
  const outcome = await app.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const fetchResult = await fetch('http://203.0.113.7/probe').then(
      () => 'sent',
      () => 'blocked',
    );
    const image = new Image();
    const imageResult = await new Promise<string>((resolve) => {
      image.onload = () => {
        resolve('loaded');
      };
      image.onerror = () => {
        resolve('blocked');
      };
      image.src = 'http://203.0.113.7/probe.png';
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { fetchResult, imageResult, violations };
  });
  expect(outcome).toMatchObject({ fetchResult: 'blocked', imageResult: 'blocked' });
  expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
  // Whatever the page attempted was recorded and stopped; only the probe's own address may appear.
  expect(app.takeForeignRequests().filter((url) => !url.startsWith('http://203.0.113.7/'))).toEqual([]);
});

test('window.open does not create a window', async ({ app }) => {
  await app.waitUntilReady();
  const pagesBefore = app.page.context().pages().length;
  const opened = await app.page.evaluate(() => window.open('about:blank') === null);
  expect(opened).toBe(true);
  expect(app.page.context().pages().length).toBe(pagesBefore);
});
