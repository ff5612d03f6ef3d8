/**
 * 我的批注's tag list: each tag with how many annotations carry it; choosing one filters by it, and 重命名 renames
 * it everywhere, or merges it into an existing tag when the new name is one (folded as search folds). Either
 * change is confirmed first with how many annotations it changes.
 */
import { useState, type ReactNode } from 'react';
import type { TagCount } from '../../shared/annotations/annotationTransfer';
import { tagSchema } from '../../shared/annotations/annotation';
import { fold } from '../../shared/search/fold';
import { gazette } from '../gazette';
import { strings } from '../strings';
import { TagInput } from './TagInput';

interface Props {
  tags: readonly TagCount[];
  /** The tag the list is filtered by, if any. */
  chosen: string | null;
  onChoose: (tag: string | null) => void;
  /** After a rename or merge: `from` is now `to`. */
  onRenamed: (from: string, to: string, message: string) => void;
}

function RenameForm({
  tag,
  tags,
  onDone,
  onRenamed,
}: {
  tag: TagCount;
  tags: readonly TagCount[];
  onDone: () => void;
  onRenamed: Props['onRenamed'];
}): ReactNode {
  const [name, setName] = useState('');
  const [proposed, setProposed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = proposed === null ? undefined : tags.find((other) => fold(other.tag) === fold(proposed));
  const merging = target !== undefined && fold(target.tag) !== fold(tag.tag);

  const propose = (value: string): void => {
    const parsed = tagSchema.safeParse(value);
    setName(value);
    if (parsed.success && fold(parsed.data) !== fold(tag.tag)) setProposed(parsed.data);
  };
  const apply = (): void => {
    if (proposed === null) return;
    void gazette.renameTag({ from: tag.tag, to: proposed }).then((result) => {
      if (!result.ok) {
        setError(strings.myNotesFailed(result.error.message));
        return;
      }
      onRenamed(tag.tag, merging ? target.tag : proposed, strings.tagChanged(result.value.changed));
      onDone();
    });
  };

  return (
    <div className="tag-rename" role="group" aria-label={strings.tagRenameLabel(tag.tag)}>
      {proposed === null ? (
        <>
          <TagInput
            value={name}
            onValue={setName}
            onCommit={propose}
            tags={tags}
            taken={[tag.tag]}
            label={strings.tagNewName}
            placeholder={strings.tagNewName}
          />
          <div className="tag-rename-actions">
            <button
              type="button"
              onClick={() => {
                propose(name);
              }}
            >
              {strings.tagRenameApply}
            </button>
            <button type="button" onClick={onDone}>
              {strings.cancel}
            </button>
          </div>
        </>
      ) : (
        <div className="confirm">
          <p>
            {merging
              ? strings.tagConfirmMerge(tag.tag, target.tag, tag.count, target.count)
              : strings.tagConfirmRename(tag.tag, proposed, tag.count)}
          </p>
          <button type="button" className="danger-button" autoFocus onClick={apply}>
            {strings.tagConfirmYes}
          </button>
          <button type="button" onClick={onDone}>
            {strings.cancel}
          </button>
        </div>
      )}
      {error !== null && <p role="alert">{error}</p>}
    </div>
  );
}

export function TagManager({ tags, chosen, onChoose, onRenamed }: Props): ReactNode {
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <section className="tag-manager" aria-labelledby="tag-manager-title">
      <h3 id="tag-manager-title" className="filter-title">
        {strings.tagsTitle}
      </h3>
      {tags.length === 0 && <p className="muted">{strings.tagsEmpty}</p>}
      <ul className="tag-manager-list">
        {tags.map((tag) => {
          const active = chosen !== null && fold(chosen) === fold(tag.tag);
          return (
            <li key={tag.tag}>
              <div className="tag-manager-row">
                <button
                  type="button"
                  className="tag-manager-tag"
                  aria-pressed={active}
                  title={strings.tagFilterLabel(tag.tag, tag.count)}
                  onClick={() => {
                    onChoose(active ? null : tag.tag);
                  }}
                >
                  <span className="tag">{tag.tag}</span>
                  <span className="muted">{strings.myNotesGroupCount(tag.count)}</span>
                </button>
                <button
                  type="button"
                  className="quiet-button"
                  aria-label={strings.tagRenameLabel(tag.tag)}
                  aria-expanded={renaming === tag.tag}
                  onClick={() => {
                    setRenaming(renaming === tag.tag ? null : tag.tag);
                  }}
                >
                  {strings.tagRename}
                </button>
              </div>
              {renaming === tag.tag && (
                <RenameForm
                  tag={tag}
                  tags={tags}
                  onDone={() => {
                    setRenaming(null);
                  }}
                  onRenamed={onRenamed}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
