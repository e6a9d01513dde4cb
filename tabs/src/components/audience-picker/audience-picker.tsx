/**
 * The one audience picker of the console (news, polls, surveys, quizzes): everyone, or
 * departments, sites, roles, groups and people chosen from what the directory holds, and the live reach
 * count of what is chosen. "Everyone" hides and drops the other choices, so it never means "either".
 */
import { Checkbox, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useLoad } from '../../api/use-load.js';
import type { AudienceApi, PersonHit } from './audience-api.js';
import { useAudienceText } from './audience-text.js';
import { type Choice, ChoiceTagPicker } from './choice-tag-picker.js';
import { audienceRoles, type PickedAudience } from './picked-audience.js';
import { ReachSummary } from './reach-summary.js';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
  },
  roles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  plain: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface AudiencePickerProps {
  api: AudienceApi;
  value: PickedAudience;
  onChange(next: PickedAudience): void;
}

export function AudiencePicker({ api, value, onChange }: AudiencePickerProps) {
  const { at, locale } = useAudienceText();
  const styles = useStyles();
  const suggestions = useLoad((signal) => api.suggestions(signal), []);
  const s = suggestions.data;
  const set = (patch: Partial<PickedAudience>) => onChange({ ...value, ...patch });
  const counted = (list: { name: string; count: number }[] | undefined): Choice[] =>
    (list ?? []).map((d) => ({
      value: d.name,
      label: at('audience.option_count', { name: d.name, count: d.count }),
    }));
  const plain = (names: string[], from: Choice[]) =>
    names.map((n) => from.find((c) => c.value === n) ?? { value: n, label: n });
  const departments = counted(s?.departments);
  const sites = counted(s?.sites);
  const people = usePeopleSearch(api);
  const mayChooseEveryone = s ? s.everyone !== null : true;
  const roles = s ? s.roles.map((r) => r.role) : audienceRoles;
  const groups: Choice[] = (s?.groups ?? []).map((g) => ({
    value: g.id,
    label: at('audience.option_count', {
      name: (locale === 'fr' ? (g.nameFr ?? g.nameEn) : (g.nameEn ?? g.nameFr)) ?? g.id,
      count: g.count,
    }),
  }));

  return (
    <fieldset className={styles.group} data-testid="audience-picker">
      <legend>{at('audience.title')}</legend>
      {mayChooseEveryone && (
        <Switch
          label={at('audience.everyone')}
          checked={value.everyone}
          onChange={(_e, d) => set({ everyone: d.checked })}
        />
      )}
      {value.everyone ? (
        <span className={styles.hint}>{at('audience.everyone_hint')}</span>
      ) : (
        <>
          <ChoiceTagPicker
            label={at('audience.departments')}
            testId="audience-departments"
            options={departments}
            selected={plain(value.departments, departments)}
            onChange={(next) => set({ departments: next.map((c) => c.value) })}
          />
          <ChoiceTagPicker
            label={at('audience.sites')}
            testId="audience-sites"
            options={sites}
            selected={plain(value.sites, sites)}
            onChange={(next) => set({ sites: next.map((c) => c.value) })}
          />
          {roles.length > 0 && (
            <fieldset className={styles.plain}>
              <legend>{at('audience.roles')}</legend>
              <div className={styles.roles}>
                {roles.map((role) => (
                  <Checkbox
                    key={role}
                    label={at(`audience.role.${role}`)}
                    checked={value.roles.includes(role)}
                    onChange={(_e, d) =>
                      set({
                        roles: d.checked ? [...value.roles, role] : value.roles.filter((r) => r !== role),
                      })
                    }
                  />
                ))}
              </div>
            </fieldset>
          )}
          {(groups.length > 0 || value.groups.length > 0) && (
            <ChoiceTagPicker
              label={at('audience.groups')}
              testId="audience-groups"
              options={groups}
              selected={plain(value.groups, groups)}
              onChange={(next) => set({ groups: next.map((c) => c.value) })}
            />
          )}
          <ChoiceTagPicker
            label={at('audience.people')}
            testId="audience-people"
            options={people.hits}
            selected={value.people.map((p) => ({ value: p.id, label: p.label }))}
            onChange={(next) => set({ people: next.map((c) => ({ id: c.value, label: c.label })) })}
            onSearch={people.search}
          />
        </>
      )}
      <Checkbox
        label={at('audience.include_guests')}
        checked={value.includeGuests}
        onChange={(_e, d) => set({ includeGuests: Boolean(d.checked) })}
      />
      <ReachSummary api={api} value={value} />
    </fieldset>
  );
}

const personChoice = (p: PersonHit): Choice => ({
  value: p.id,
  label: p.email ? `${p.displayName} (${p.email})` : p.displayName,
});

/** People matching what was typed, the latest search winning. */
function usePeopleSearch(api: AudienceApi): { hits: Choice[]; search(q: string): void } {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Choice[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits([]);
      return;
    }
    const abort = new AbortController();
    api
      .searchPeople(q, abort.signal)
      .then((answer) => setHits(answer.people.map(personChoice)))
      .catch(() => {
        if (!abort.signal.aborted) setHits([]);
      });
    return () => abort.abort();
  }, [api, query]);
  return { hits, search: setQuery };
}
