/**
 * The library sidebar beside an open document: folded away when the person chose so (remembered in their reader
 * settings) or, in a narrow window, by itself — there it opens as a drawer on demand and folds again once a
 * document is chosen from it, without changing the person's choice for wider windows. With no document open the
 * library is all there is to show, so it is never folded then.
 */
import { useCallback, useState } from 'react';
import { useNarrowWindow } from './useNarrowWindow';

export interface Sidebar {
  collapsed: boolean;
  /** Whether folding applies now (a document is open). */
  foldable: boolean;
  toggle: () => void;
  show: () => void;
}

export function useSidebar(
  collapsedSetting: boolean,
  onCollapsedSetting: (collapsed: boolean) => void,
  openDocId: string | null,
): Sidebar {
  const narrow = useNarrowWindow();
  // The document the drawer was opened over: opening another one folds the drawer again.
  const [drawerOver, setDrawerOver] = useState<string | null>(null);
  const foldable = openDocId !== null;
  const collapsed = foldable && (narrow ? drawerOver !== openDocId : collapsedSetting);

  const setOpen = useCallback(
    (open: boolean) => {
      if (narrow) setDrawerOver(open ? openDocId : null);
      else onCollapsedSetting(!open);
    },
    [narrow, openDocId, onCollapsedSetting],
  );
  const toggle = useCallback(() => {
    setOpen(collapsed);
  }, [setOpen, collapsed]);
  const show = useCallback(() => {
    if (collapsed) setOpen(true);
  }, [setOpen, collapsed]);
  return { collapsed, foldable, toggle, show };
}
