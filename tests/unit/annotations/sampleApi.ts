/** The real services and handler table over the built-in sample, as person `reader-a`: what the API and CLI tests drive. */
import type { IssueSummary, Result } from '../../../src/shared/api';
import { createAppServices } from '../../../src/main/appServices';
import { createHandlers } from '../../../src/main/handlerTable';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The handlers, the sample issue, and the id of its second document (the one these tests annotate). */
export async function sampleApi(
  dataDir: string,
): Promise<{ api: ReturnType<typeof createHandlers>; issue: IssueSummary | undefined; docId: string }> {
  const services = await createAppServices({
    dataDir,
    profile: 'reader-a',
    shell: 'web',
    importWorker: importWorkerSource,
    sampleIssue: fixturePath,
  });
  const api = createHandlers(services);
  const [issue] = value(await api.listIssues(undefined));
  return { api, issue, docId: issue?.documents[1]?.id ?? '' };
}
