/**
 * Highlights paint sooner: opening a document asks for its highlights at the same time as for the document, not
 * once the reader is up. Seen on the wire of the web host (the Electron shell's IPC has no requests to watch).
 */
import { test, expect } from './support/fixtures';
import { SAMPLE_DOCUMENTS } from './support/sampleGazette';

test('the highlights are requested before the document has arrived', { tag: '@web-host' }, async ({ app }) => {
  await app.waitForLibrary();
  const events: string[] = [];
  app.page.on('request', (request) => {
    const method = new URL(request.url()).pathname;
    if (method.startsWith('/api/')) events.push(`sent ${method}`);
  });
  app.page.on('requestfinished', (request) => {
    const method = new URL(request.url()).pathname;
    if (method.startsWith('/api/')) events.push(`answered ${method}`);
  });
  await app.openDocument(SAMPLE_DOCUMENTS[0].title);
  await expect.poll(() => events).toContain('answered /api/listAnnotations');
  const asked = events.indexOf('sent /api/listAnnotations');
  const documentIn = events.indexOf('answered /api/getDocument');
  expect(asked, events.join('\n')).toBeGreaterThanOrEqual(0);
  expect(asked, events.join('\n')).toBeLessThan(documentIn);
});
