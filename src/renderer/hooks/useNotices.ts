/**
 * Repairs main made on its own (a settings file set aside, an index rebuilt) are told once: taken from main on
 * start, after each import and when the window gets focus (another process may have repaired something), and
 * kept here until the person dismisses them. Main hands each notice out only once, so a reload does not repeat it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Notice } from '../../shared/annotations/annotation';
import { gazette } from '../gazette';

export interface NoticeControls {
  notices: Notice[];
  /** Until main first answered: nothing shown yet does not mean nothing to tell. */
  loading: boolean;
  dismiss: (id: string) => void;
  /** Asks main for notices told since the last time. */
  take: () => void;
}

export function useNotices(): NoticeControls {
  const [notices, setNotices] = useState<Notice[]>([]);
  const [loading, setLoading] = useState(true);

  const take = useCallback(() => {
    void gazette.takeNotices().then((result) => {
      setLoading(false);
      if (!result.ok || result.value.length === 0) return;
      setNotices((shown) => [...shown, ...result.value.filter((notice) => !shown.some((old) => old.id === notice.id))]);
    });
  }, []);

  const dismiss = useCallback((id: string) => {
    setNotices((shown) => shown.filter((notice) => notice.id !== id));
  }, []);

  useEffect(() => {
    take();
    window.addEventListener('focus', take);
    return () => {
      window.removeEventListener('focus', take);
    };
  }, [take]);

  return useMemo(() => ({ notices, loading, dismiss, take }), [notices, loading, dismiss, take]);
}
