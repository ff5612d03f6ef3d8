/** A filter menu of the library search and 我的批注: 不限 (empty, no condition) or one of its choices. */
import type { ReactNode } from 'react';
import { strings } from '../strings';

/** A plain value shows as itself. */
export type FilterChoice = string | number | { value: string; label: string };

const asOption = (choice: FilterChoice): { value: string; label: string } =>
  typeof choice === 'object' ? choice : { value: String(choice), label: String(choice) };

export function FilterMenu(props: {
  label: string;
  value: string;
  choices: readonly FilterChoice[];
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">{strings.filterAny}</option>
        {props.choices.map(asOption).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
