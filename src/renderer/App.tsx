import { useEffect, useState } from 'react';
import type { AppInfo, IssueSummary } from '../shared/api';
import { gazette } from './gazette';
import { strings } from './strings';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

export function App(): React.JSX.Element {
  const [info, setInfo] = useState<Loaded<AppInfo>>({ state: 'loading' });
  const [issues, setIssues] = useState<Loaded<IssueSummary[]>>({ state: 'loading' });

  useEffect(() => {
    void gazette.getAppInfo().then((result) => {
      setInfo(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', message: result.error.message });
    });
    void gazette.listIssues().then((result) => {
      setIssues(
        result.ok ? { state: 'ready', value: result.value } : { state: 'failed', message: result.error.message },
      );
    });
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="product-name">{strings.productName}</h1>
        {info.state === 'ready' && <span className="app-version">{strings.version(info.value.version)}</span>}
      </header>
      <main className="app-main">
        <section aria-labelledby="library-heading" className="library">
          <h2 id="library-heading">{strings.library}</h2>
          {issues.state === 'loading' && <p>{strings.loading}</p>}
          {issues.state === 'failed' && <p role="alert">{strings.loadFailed(issues.message)}</p>}
          {issues.state === 'ready' && issues.value.length === 0 && <p>{strings.emptyLibrary}</p>}
          {issues.state === 'ready' && issues.value.length > 0 && (
            <ul className="issue-list">
              {issues.value.map((issue) => (
                <li key={issue.id}>
                  {strings.issueLabel(issue.gazette, issue.year, issue.number)}
                  <span className="muted"> · {strings.documentsCount(issue.documents.length)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      <footer className="app-footer">
        {info.state === 'ready' && (
          <dl>
            <dt>{strings.profile}</dt>
            <dd>{info.value.profile}</dd>
            <dt>{strings.dataFolder}</dt>
            <dd className="data-dir">{info.value.dataDir}</dd>
          </dl>
        )}
        {info.state === 'failed' && <p role="alert">{strings.loadFailed(info.message)}</p>}
      </footer>
    </div>
  );
}
