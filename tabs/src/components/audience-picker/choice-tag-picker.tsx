/**
 * One TagPicker over what the directory holds: the author picks from the options (typing only
 * filters them, or searches when `onSearch` is given); nothing typed becomes a choice by itself.
 */
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useAudienceText } from './audience-text.js';

/** the line saying nothing matches: shown as an option, never chosen */
const NO_MATCH = '\u0000none';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceTagPickerProps {
  label: string;
  hint?: string;
  options: Choice[];
  selected: Choice[];
  onChange(next: Choice[]): void;
  /** the options come from a search of what was typed (people) instead of a filter */
  onSearch?(query: string): void;
  testId: string;
}

export function ChoiceTagPicker({
  label,
  hint,
  options,
  selected,
  onChange,
  onSearch,
  testId,
}: ChoiceTagPickerProps) {
  const { at } = useAudienceText();
  const [query, setQuery] = useState('');
  const chosen = new Set(selected.map((s) => s.value));
  const needle = query.trim().toLowerCase();
  const shown = options.filter(
    (o) => !chosen.has(o.value) && (onSearch || !needle || o.label.toLowerCase().includes(needle)),
  );
  return (
    <Field label={label} hint={hint}>
      <TagPicker
        selectedOptions={selected.map((s) => s.value)}
        onOptionSelect={(_e, data) => {
          const known = new Map([...selected, ...options].map((c) => [c.value, c]));
          if (data.value === NO_MATCH) return;
          onChange(data.selectedOptions.flatMap((v) => known.get(v) ?? []));
          setQuery('');
        }}
      >
        <TagPickerControl data-testid={testId}>
          <TagPickerGroup aria-label={label}>
            {selected.map((s) => (
              <Tag
                key={s.value}
                value={s.value}
                shape="rounded"
                dismissIcon={{ 'aria-label': at('audience.remove', { name: s.label }) }}
              >
                {s.label}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            aria-label={label}
            placeholder={at('audience.search')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              onSearch?.(e.target.value);
            }}
          />
        </TagPickerControl>
        <TagPickerList>
          {shown.length > 0 ? (
            shown.map((o) => (
              <TagPickerOption key={o.value} value={o.value} text={o.label}>
                {o.label}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value={NO_MATCH} text="">
              {at('audience.no_match')}
            </TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
