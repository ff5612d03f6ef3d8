/**
 * The window: header (name, version, 导入公报), the sidebar (全文搜索 with its results, or the 公报库), the reader,
 * and the footer (user, data folder). Also the window-wide wiring: theme, Ctrl+F, Ctrl+O and Ctrl+B (fold the
 * sidebar; handled here in both shells; the desktop menu only displays the first two) and the menu's commands, and
 * dropping files or folders anywhere to import them.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { IssueSummary, SearchHit } from '../shared/api';
import type { ExportScope } from '../shared/annotations/annotationTransfer';
import { IMPORTABLE_EXTENSIONS } from '../shared/importableFiles';
import { issuersFromLabel } from '../shared/issuers';
import type { SearchFilters } from '../shared/search/searchFilters';
import { ImportPanel } from './components/ImportPanel';
import { ExportDialog } from './components/ExportDialog';
import { MyNotesView } from './components/MyNotesView';
import { LibraryPanel } from './components/LibraryPanel';
import { ProfileSwitcher } from './components/ProfileSwitcher';
import { Reader } from './components/Reader';
import { SearchPanel, type FilterOptions } from './components/SearchPanel';
import { filesFromDrop } from './dropFiles';
import { gazette } from './gazette';
import { useAppData } from './hooks/useAppData';
import { useDocumentOpener } from './hooks/useDocumentOpener';
import { useImportJob } from './hooks/useImportJob';
import { useNotices } from './hooks/useNotices';
import { NoticeBar } from './components/NoticeBar';
import { useMyNotesToggle } from './hooks/useMyNotesToggle';
import { useSearch } from './hooks/useSearch';
import { useSidebar } from './hooks/useSidebar';
import { docNumberIndex } from './logic/referenceLinks';
import { strings } from './strings';
import { isTypingTarget } from './typingTarget';

const ACCEPT = IMPORTABLE_EXTENSIONS.join(',');

function filterOptions(issues: readonly IssueSummary[]): FilterOptions {
  const years = new Set<number>();
  const issuers = new Set<string>();
  const genres = new Set<string>();
  for (const issue of issues) {
    if (issue.year !== null) years.add(issue.year);
    for (const document of issue.documents) {
      // Each of joint issuers is an option: the filter finds a document by any of them.
      for (const issuer of issuersFromLabel(document.issuer ?? '')) issuers.add(issuer);
      if (document.genre) genres.add(document.genre);
    }
  }
  const byName = (a: string, b: string): number => a.localeCompare(b, 'zh-CN');
  return {
    years: [...years].sort((a, b) => b - a),
    issuers: [...issuers].sort(byName),
    genres: [...genres].sort(byName),
  };
}

export function App(): ReactNode {
  const { info, issues, refreshIssues, settings, updateSettings, settingsError } = useAppData();
  const opener = useDocumentOpener();
  const notices = useNotices();
  const { take: takeNotices } = notices;
  const afterImport = useCallback(() => {
    refreshIssues();
    takeNotices();
  }, [refreshIssues, takeNotices]);
  const importer = useImportJob(afterImport);
  const importing = importer.state.phase === 'reading' || importer.state.phase === 'running';
  const [searchText, setSearchText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const search = useSearch(searchText, filters);
  const searchInput = useRef<HTMLInputElement | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const [dragging, setDragging] = useState(false);
  const myNotesButton = useRef<HTMLButtonElement | null>(null);
  const myNotes = useMyNotesToggle(opener, myNotesButton);
  const [exportScope, setExportScope] = useState<ExportScope | null>(null);

  const issueList = useMemo(() => (issues.state === 'ready' ? issues.value : []), [issues]);
  const issueLabels = useMemo(
    () => new Map(issueList.map((issue) => [issue.id, strings.issueLabel(issue)])),
    [issueList],
  );
  const docNumbers = useMemo(() => docNumberIndex(issueList), [issueList]);
  const options = useMemo(() => filterOptions(issueList), [issueList]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  // Close the reader when its issue was removed.
  const openDocId = opener.current?.opened.document.id ?? null;
  useEffect(() => {
    if (openDocId === null || issues.state !== 'ready') return;
    if (!issues.value.some((issue) => issue.documents.some((document) => document.id === openDocId))) opener.close();
  }, [issues, openDocId, opener]);

  const foldSidebar = useCallback(
    (sidebarCollapsed: boolean) => {
      updateSettings({ sidebarCollapsed });
    },
    [updateSettings],
  );
  const sidebar = useSidebar(settings.sidebarCollapsed, foldSidebar, openDocId);
  const sidebarRef = useRef<HTMLElement | null>(null);
  const sidebarToggle = useRef<HTMLButtonElement | null>(null);
  const toggleSidebar = useCallback(() => {
    // Focus inside the sidebar would vanish with it: it goes to the button that brings the sidebar back.
    if (!sidebar.collapsed && sidebarRef.current?.contains(document.activeElement)) sidebarToggle.current?.focus();
    sidebar.toggle();
  }, [sidebar]);

  const focusSearch = useCallback(() => {
    flushSync(sidebar.show);
    searchInput.current?.focus();
    searchInput.current?.select();
  }, [sidebar.show]);

  const chooseImportFiles = useCallback(() => {
    if (!importing) fileInput.current?.click();
  }, [importing]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (event.shiftKey && key === 'a') {
        event.preventDefault();
        myNotes.toggle();
        return;
      }
      // Ctrl+B in a text field or the note editor means bold, not the sidebar.
      if (key === 'b' && !event.shiftKey && !isTypingTarget(event.target) && sidebar.foldable) {
        event.preventDefault();
        toggleSidebar();
        return;
      }
      if (key !== 'f' && key !== 'o') return;
      // Also keeps the browser's own Ctrl+O (open a file as a page) from taking over in the web shell.
      event.preventDefault();
      if (key === 'f') focusSearch();
      else chooseImportFiles();
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = gazette.onMenuCommand((command) => {
      if (command === 'find') focusSearch();
      else chooseImportFiles();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [focusSearch, chooseImportFiles, myNotes, toggleSidebar, sidebar.foldable]);

  const removeIssue = useCallback(
    async (issueId: string): Promise<string | null> => {
      const result = await gazette.removeIssue({ issueId });
      refreshIssues();
      return result.ok ? null : result.error.message;
    },
    [refreshIssues],
  );

  const openHit = useCallback(
    (hit: SearchHit, offset: number) => {
      opener.open(hit.docId, { offset, query: searchText, filters });
    },
    [opener, searchText, filters],
  );

  const openDocument = useCallback(
    (docId: string) => {
      opener.open(docId);
    },
    [opener],
  );

  const chooseFiles = (list: FileList | null): void => {
    if (list && list.length > 0) importer.start([...list]);
  };

  const current = opener.current;
  const currentIssueLabel = current ? strings.issueLabel(current.opened.issue) : '';

  return (
    <div
      className="app"
      onDragOver={(event) => {
        if (![...event.dataTransfer.types].includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void filesFromDrop(event.dataTransfer).then((files) => {
          if (files.length > 0) importer.start(files);
        });
      }}
    >
      <header className="app-header">
        {sidebar.foldable && (
          <button
            ref={sidebarToggle}
            type="button"
            className="sidebar-toggle"
            aria-expanded={!sidebar.collapsed}
            aria-controls="app-sidebar"
            aria-keyshortcuts="Control+B"
            title={strings.sidebarToggleHint}
            onClick={toggleSidebar}
          >
            {strings.sidebarToggle}
          </button>
        )}
        <h1 className="product-name">{strings.productName}</h1>
        {info.state === 'ready' && <span className="app-version">{strings.version(info.value.version)}</span>}
        <div className="header-actions">
          <button
            type="button"
            className="primary-button"
            disabled={importing}
            onClick={() => fileInput.current?.click()}
          >
            {strings.importButton}
          </button>
          <button type="button" disabled={importing} onClick={() => folderInput.current?.click()}>
            {strings.importFolderButton}
          </button>
          <button
            className="my-notes-toggle"
            ref={myNotesButton}
            type="button"
            aria-pressed={myNotes.open}
            aria-keyshortcuts="Control+Shift+A"
            title={strings.myNotesHint}
            onClick={myNotes.toggle}
          >
            {strings.myNotesButton}
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            hidden
            aria-label={strings.importButton}
            onChange={(event) => {
              chooseFiles(event.target.files);
              event.target.value = '';
            }}
          />
          <input
            ref={folderInput}
            type="file"
            hidden
            aria-label={strings.importFolderButton}
            {...{ webkitdirectory: '' }}
            onChange={(event) => {
              chooseFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
      </header>
      <NoticeBar notices={notices.notices} loading={notices.loading} dismiss={notices.dismiss} />
      <div className={sidebar.collapsed ? 'app-main sidebar-collapsed' : 'app-main'} inert={myNotes.open}>
        <aside
          id="app-sidebar"
          ref={sidebarRef}
          className="sidebar"
          aria-label={strings.sidebar}
          hidden={sidebar.collapsed}
        >
          <ImportPanel {...importer} />
          <SearchPanel
            inputRef={searchInput}
            text={searchText}
            onText={setSearchText}
            filters={filters}
            onFilters={setFilters}
            options={options}
            search={search}
            issueLabels={issueLabels}
            onOpenHit={openHit}
          />
          {search.state === 'idle' && (
            <>
              {issues.state === 'loading' && <p className="muted">{strings.loading}</p>}
              {issues.state === 'failed' && <p role="alert">{strings.loadFailed(issues.message)}</p>}
              {issues.state === 'ready' && (
                <LibraryPanel
                  issues={issues.value}
                  openDocId={openDocId}
                  onOpen={openDocument}
                  onRemove={removeIssue}
                />
              )}
            </>
          )}
        </aside>
        <main className="reader-area">
          {opener.error !== null && (
            <div role="alert" className="open-error">
              <p>{opener.error.message}</p>
              {opener.error.code === 'damaged-issue' && (
                <button type="button" className="primary-button" onClick={() => fileInput.current?.click()}>
                  {strings.reimport}
                </button>
              )}
            </div>
          )}
          {current ? (
            <Reader
              key={current.opened.document.id}
              opened={current.opened}
              issueLabel={currentIssueLabel}
              target={current.target}
              annotations={current.annotations}
              settings={settings}
              docNumbers={docNumbers}
              onSettings={updateSettings}
              onOpenDocument={openDocument}
              annotationsVersion={myNotes.changes}
            />
          ) : (
            <p className="reader-empty">{strings.readerEmpty}</p>
          )}
        </main>
      </div>
      {myNotes.opened > 0 && (
        <MyNotesView
          hidden={!myNotes.open}
          issues={issueList}
          options={options}
          opened={myNotes.opened}
          onOpen={myNotes.openEntry}
          onClose={myNotes.close}
          onChanged={myNotes.changed}
          onExport={setExportScope}
        />
      )}
      {exportScope !== null && (
        <ExportDialog
          current={null}
          initialScope={exportScope}
          onClose={() => {
            setExportScope(null);
          }}
        />
      )}
      <footer className="app-footer">
        {info.state === 'ready' && (
          <dl>
            <dt>{strings.profile}</dt>
            <dd>
              <ProfileSwitcher current={info.value.profile} />
            </dd>
            <dt>{strings.dataFolder}</dt>
            <dd className="data-dir">{info.value.dataDir}</dd>
          </dl>
        )}
        {info.state === 'failed' && <p role="alert">{strings.loadFailed(info.message)}</p>}
        {settingsError !== null && <p role="alert">{settingsError}</p>}
      </footer>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{strings.dropHint}</p>
        </div>
      )}
    </div>
  );
}
