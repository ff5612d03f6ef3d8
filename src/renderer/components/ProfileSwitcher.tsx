/**
 * The footer's 当前用户 with 切换用户: the existing profiles and 新建用户. Switching reloads the window, so every
 * per-person thing (highlights, notes, reading positions, settings) is read again for the new person and nothing
 * of the previous one stays on screen.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ProfileList } from '../../shared/annotations/annotation';
import { gazette } from '../gazette';
import { strings } from '../strings';

export function ProfileSwitcher({ current }: { current: string }): ReactNode {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<ProfileList | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void gazette.listProfiles().then((result) => {
      if (!live) return;
      if (result.ok) setList(result.value);
      else setError(strings.profileSwitchFailed(result.error.message));
    });
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPress = (event: MouseEvent): void => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onPress);
    return () => {
      live = false;
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onPress);
    };
  }, [open]);

  const switchTo = async (profile: string): Promise<void> => {
    if (profile.trim() === '' || profile === current) {
      setOpen(false);
      return;
    }
    const result = await gazette.switchProfile({ name: profile });
    if (result.ok) window.location.reload();
    else setError(strings.profileSwitchFailed(result.error.message));
  };

  const menuId = 'profile-menu';
  return (
    <div className="profile-switcher" ref={ref}>
      <span className="profile-name">{current}</span>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setError(null);
          setOpen(!open);
        }}
      >
        {strings.switchProfile}
      </button>
      {open && (
        <div id={menuId} className="profile-menu floating" role="group" aria-label={strings.profileMenu}>
          <ul>
            {(list?.profiles ?? [current]).map((profile) => (
              <li key={profile}>
                <button
                  type="button"
                  aria-current={profile === current ? 'true' : undefined}
                  onClick={() => {
                    void switchTo(profile);
                  }}
                >
                  {profile}
                </button>
              </li>
            ))}
          </ul>
          {/* No <form>: the window's CSP sandbox blocks form submission, so Enter and the button act directly. */}
          <div className="profile-new">
            <label>
              <span>{strings.newProfile}</span>
              <input
                type="text"
                value={name}
                maxLength={64}
                placeholder={strings.newProfileName}
                onChange={(event) => {
                  setName(event.target.value);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') void switchTo(name.trim());
                }}
              />
            </label>
            <button
              type="button"
              disabled={name.trim() === ''}
              onClick={() => {
                void switchTo(name.trim());
              }}
            >
              {strings.newProfileCreate}
            </button>
          </div>
        </div>
      )}
      {error !== null && <p role="alert">{error}</p>}
    </div>
  );
}
