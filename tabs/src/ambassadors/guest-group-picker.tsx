/**
 * The guest groups an ambassador looks after, or whose ambassadors a campaign asks: picked from
 * the groups the directory holds (the audience suggestions, so a scoped communicator sees theirs),
 * shown by name in the reader's language. Shown only when there are groups to pick, or some are
 * already picked; the server checks each id again.
 */
import { useMemo } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { useLoad } from '../api/use-load.js';
import { audienceApi } from '../components/audience-picker/audience-api.js';
import { type Choice, ChoiceTagPicker } from '../components/audience-picker/index.js';
import { useI18n } from '../i18n/i18n.js';

/** the groups one may pick, as choices labelled by name; loading or refused: none */
export function useGuestGroups(client: ApiClient): Choice[] {
  const { locale } = useI18n();
  const api = useMemo(() => audienceApi(client), [client]);
  const suggestions = useLoad((signal) => api.suggestions(signal), [api]);
  return useMemo(
    () =>
      (suggestions.data?.groups ?? []).map((g) => ({
        value: g.id,
        label: (locale === 'fr' ? (g.nameFr ?? g.nameEn) : (g.nameEn ?? g.nameFr)) ?? g.id,
      })),
    [suggestions.data, locale],
  );
}

/** a group's name among the choices, else its id (an archived group, or one outside the reader's) */
export const groupName = (groups: Choice[], id: string): string =>
  groups.find((g) => g.value === id)?.label ?? id;

export function GuestGroupPicker({
  label,
  groups,
  value,
  onChange,
  testId,
}: {
  label: string;
  groups: Choice[];
  value: string[];
  onChange(next: string[]): void;
  testId: string;
}) {
  if (groups.length === 0 && value.length === 0) return null;
  return (
    <ChoiceTagPicker
      label={label}
      testId={testId}
      options={groups}
      selected={value.map((id) => ({ value: id, label: groupName(groups, id) }))}
      onChange={(next) => onChange(next.map((c) => c.value))}
    />
  );
}
