/** Notices from main (repairs done on the person's behalf), each shown until dismissed. */
import type { ReactNode } from 'react';
import type { NoticeControls } from '../hooks/useNotices';
import { strings } from '../strings';

export function NoticeBar({ notices, loading, dismiss }: Omit<NoticeControls, 'take'>): ReactNode {
  return (
    <div className="notice-bar" role="status" aria-label={strings.noticesRegion} aria-busy={loading}>
      {notices.map((notice) => (
        <div key={notice.id} className="notice">
          <p>{notice.message}</p>
          <button
            type="button"
            onClick={() => {
              dismiss(notice.id);
            }}
          >
            {strings.noticeDismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
