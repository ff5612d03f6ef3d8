/**
 * The annotation store behind the real shell: saved, listed, deleted and restored through `window.gazette`,
 * in owner-only files under the profile. In Electron this is also the check that `node:sqlite` opens inside
 * Electron's own Node (built in since Electron 36; the web host runs on the project's Node 24).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { GazetteApp } from './support/gazetteApp';
import { expect, test } from './support/fixtures';

async function roundTrip(app: GazetteApp): Promise<Record<string, unknown>> {
  return app.page.evaluate(async () => {
    const issues = await window.gazette.listIssues();
    if (!issues.ok) return { ...issues.error };
    const docId = issues.value[0]?.documents[0]?.id ?? '';
    const made = await window.gazette.createAnnotation({
      docId,
      range: { start: 0, end: 4 },
      color: 'green',
      style: 'highlight',
      note: { version: 1, editorState: '{}', text: '端到端' },
    });
    if (!made.ok) return { ...made.error };
    const deleted = await window.gazette.deleteAnnotation({ id: made.value.id });
    const whileDeleted = await window.gazette.listAnnotations({ docId });
    const restored = await window.gazette.restoreAnnotation({ id: made.value.id });
    const listed = await window.gazette.listAnnotations({ docId });
    const info = await window.gazette.getAppInfo();
    return {
      shell: info.ok ? info.value.shell : null,
      profile: info.ok ? info.value.profile : null,
      exact: made.value.anchor?.exact.length,
      deleted: deleted.ok && deleted.value.deletedAt !== null,
      whileDeleted: whileDeleted.ok ? whileDeleted.value.annotations.length : null,
      restored: restored.ok && restored.value.deletedAt === null,
      listed: listed.ok ? listed.value.annotations.map((a) => a.note?.text) : null,
    };
  });
}

test('highlights are saved, trashed and restored through the app’s API', async ({ app, dataDir }) => {
  await app.waitForLibrary();
  const result = await roundTrip(app);
  expect(result).toMatchObject({
    shell: app.kind,
    exact: 4,
    deleted: true,
    whileDeleted: 0,
    restored: true,
    listed: ['端到端'],
  });
  const database = join(dataDir, 'profiles', String(result.profile), 'annotations.sqlite');
  if (process.platform !== 'win32') expect(statSync(database).mode & 0o777).toBe(0o600);
});

// Where the binary is missing the config leaves this out; the test above checks the same API over the web host.
test('the store opens inside Electron', { tag: '@electron' }, async ({ dataDir }) => {
  const app = await GazetteApp.launch({ dataDir, profile: 'electron-check' });
  try {
    await app.waitForLibrary();
    expect(await roundTrip(app)).toMatchObject({ shell: 'electron', listed: ['端到端'] });
  } finally {
    await app.close();
  }
});
