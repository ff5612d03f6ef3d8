/**
 * A tag box with autocomplete from the person's tags (ARIA combobox with a listbox): ↓/↑ choose a suggestion,
 * Enter (or a comma) takes the chosen one or what is typed, Escape closes the list first. Suggestions are folded
 * as search folds (tagSuggestions.ts).
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { TagCount } from '../../shared/annotations/annotationTransfer';
import { TAG_MAX_CHARS } from '../../shared/annotations/annotation';
import { tagSuggestions } from '../logic/tagSuggestions';
import { gazette } from '../gazette';
import { strings } from '../strings';

/** The person's tags with their counts, read once per use (an empty list when they cannot be read). */
export function usePersonTags(refresh = 0): TagCount[] {
  const [tags, setTags] = useState<TagCount[]>([]);
  useEffect(() => {
    let live = true;
    void gazette.listTags().then((result) => {
      if (live && result.ok) setTags(result.value);
    });
    return () => {
      live = false;
    };
  }, [refresh]);
  return tags;
}

interface Props {
  value: string;
  onValue: (value: string) => void;
  /** A tag was taken: a suggestion, or what is typed on Enter, a comma or leaving the box. */
  onCommit: (tag: string) => void;
  tags: readonly TagCount[];
  /** Tags not to suggest (the annotation has them already, or the one being renamed). */
  taken: readonly string[];
  label: string;
  placeholder?: string;
  commitOnBlur?: boolean;
}

export function TagInput({
  value,
  onValue,
  onCommit,
  tags,
  taken,
  label,
  placeholder,
  commitOnBlur,
}: Props): ReactNode {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => tagSuggestions(tags, value, taken), [tags, value, taken]);
  const shown = open && suggestions.length > 0;
  const optionId = (index: number): string => `${listId}-${String(index)}`;

  const commit = (tag: string): void => {
    setOpen(false);
    setActive(-1);
    onCommit(tag);
  };

  return (
    <div className="tag-input">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        value={value}
        maxLength={TAG_MAX_CHARS}
        onFocus={() => {
          setOpen(true);
        }}
        onChange={(event) => {
          onValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (suggestions.length === 0) return;
            const count = suggestions.length;
            setActive(event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
          } else if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
            event.preventDefault();
            const chosen = shown && active >= 0 ? suggestions[active] : undefined;
            commit(chosen ? chosen.tag : value);
          } else if (event.key === 'Escape' && shown) {
            // Closes the list only, not the popover around it.
            event.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => {
          setOpen(false);
          if (commitOnBlur && value.trim() !== '') commit(value);
        }}
      />
      <ul id={listId} role="listbox" aria-label={strings.tagSuggestions} className="tag-suggestions" hidden={!shown}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.tag}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              // Before the box loses focus, so the suggestion is taken rather than what was typed.
              event.preventDefault();
              commit(suggestion.tag);
            }}
          >
            <span>{suggestion.tag}</span>
            <span className="muted">{strings.tagSuggestionCount(suggestion.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
