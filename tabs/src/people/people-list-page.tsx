/**
 * The People list: search by name or email and filter by department, site, member or guest,
 * reach and source (the filters live in the URL hash), a page of people with their reach on
 * Teams and Slack and their sources, and the pager.
 */
import { Badge, Body1, Button, Field, Input, Link, Select, Title2 } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { describeError } from '../components/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import {
  type DirectoryPerson,
  kindChoices,
  type PeopleApi,
  type PeopleFilters,
  reachChoices,
  sourceChoices,
} from './people-api.js';
import { listHash, personHash } from './people-route.js';
import { usePeopleStyles } from './people-styles.js';
import { type PeopleKey, textOr, usePeopleText } from './people-text.js';

const PAGE_SIZE = 25;

export function PeopleListPage({
  api,
  filters,
  admin,
  go,
}: {
  api: PeopleApi;
  filters: PeopleFilters;
  /** may start syncs and import files */
  admin: boolean;
  go(hash: string): void;
}) {
  const { t } = useI18n();
  const { pt } = usePeopleText();
  const styles = usePeopleStyles();
  const offset = filters.offset ?? 0;
  const people = useLoad((signal) => api.list({ ...filters, limit: PAGE_SIZE, offset }, signal), [filters], {
    keepPrevious: true,
  });
  const facets = useLoad((signal) => api.facets(signal), []);
  const [q, setQ] = useState(filters.q ?? '');
  const filterTitle = useId();

  // a search follows the typing once it pauses, back to the first page
  useEffect(() => {
    if (q === (filters.q ?? '')) return;
    const timer = setTimeout(() => go(listHash({ ...filters, q: q.trim() || undefined, offset: 0 })), 300);
    return () => clearTimeout(timer);
  }, [q, filters, go]);

  const set = (name: keyof PeopleFilters, value: string | undefined) =>
    go(listHash({ ...filters, [name]: value || undefined, offset: 0 }));
  const open = (id: string) => personHash(id);
  const total = people.data?.total ?? 0;
  const shown = people.data?.people.length ?? 0;

  const choice = (
    name: 'department' | 'site' | 'kind' | 'reach' | 'source',
    label: string,
    options: { value: string; text: string }[],
  ) => {
    // a native select: one tap on a phone, read out by every screen reader
    return (
      <Field label={label} className={styles.field}>
        <Select value={filters[name] ?? ''} onChange={(_, data) => set(name, data.value)}>
          <option value="">{pt('people.filter.all')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
  const plain = (values: string[] | undefined) => (values ?? []).map((v) => ({ value: v, text: v }));
  const words = (prefix: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, text: pt(`${prefix}.${v}` as PeopleKey) }));

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Title2 as="h1" className={styles.block}>
          {pt('people.title')}
        </Title2>
        {admin && (
          <div className={styles.actions}>
            <Button onClick={() => go('#/people/sync')}>{pt('people.nav.sync')}</Button>
            <Button onClick={() => go('#/people/import')}>{pt('people.nav.import')}</Button>
          </div>
        )}
      </div>
      <Body1 className={styles.block}>{pt('people.intro')}</Body1>
      <search>
        <fieldset className={styles.filters} aria-labelledby={filterTitle}>
          <legend id={filterTitle} className={styles.hidden}>
            {pt('people.filters')}
          </legend>
          <Field label={pt('people.search')} className={styles.field}>
            <Input type="search" value={q} onChange={(_, data) => setQ(data.value)} />
          </Field>
          {choice('department', pt('people.filter.department'), plain(facets.data?.departments))}
          {choice('site', pt('people.filter.site'), plain(facets.data?.sites))}
          {choice('kind', pt('people.filter.kind'), words('people.kind', kindChoices))}
          {choice('reach', pt('people.filter.reach'), words('people.reach', reachChoices))}
          {choice('source', pt('people.filter.source'), words('people.source', sourceChoices))}
          <Button
            onClick={() => {
              setQ('');
              go('#/people');
            }}
          >
            {pt('people.filter.reset')}
          </Button>
        </fieldset>
      </search>
      <DataList
        label={pt('people.title')}
        testId="people-list"
        rows={people.data?.people}
        rowKey={(person) => person.id}
        error={people.error && describeError(people.error, t)}
        empty={pt('people.empty')}
        columns={[
          {
            header: pt('people.col.name'),
            cell: (person) => (
              <Link
                href={open(person.id)}
                onClick={(e) => {
                  e.preventDefault();
                  go(open(person.id));
                }}
              >
                {person.displayName}
              </Link>
            ),
          },
          {
            header: pt('people.col.email'),
            cell: (person) => <span className={styles.wrap}>{person.email ?? pt('people.none')}</span>,
          },
          { header: pt('people.col.department'), cell: (person) => person.department ?? pt('people.none') },
          { header: pt('people.col.site'), cell: (person) => person.site ?? pt('people.none') },
          {
            header: pt('people.col.kind'),
            cell: (person) => (
              <span className={styles.badges}>
                {pt(`people.kind.${person.kind}`)}
                {!person.active && (
                  <Badge appearance="outline" color="danger">
                    {pt('people.inactive')}
                  </Badge>
                )}
              </span>
            ),
          },
          { header: pt('people.col.reach'), cell: (person) => <ReachBadges person={person} /> },
          {
            header: pt('people.col.sources'),
            cell: (person) =>
              person.sources.length
                ? person.sources.map((s) => textOr(pt, `people.source.${s}`, s)).join(', ')
                : pt('people.none'),
          },
        ]}
      />
      {people.data && total > 0 && (
        <nav className={styles.pager} aria-label={pt('people.title')}>
          <Body1 role="status">{pt('people.count', { from: offset + 1, to: offset + shown, total })}</Body1>
          <div className={styles.actions}>
            <Button
              disabled={offset === 0}
              onClick={() => go(listHash({ ...filters, offset: Math.max(0, offset - PAGE_SIZE) }))}
            >
              {pt('people.previous')}
            </Button>
            <Button
              disabled={offset + shown >= total}
              onClick={() => go(listHash({ ...filters, offset: offset + PAGE_SIZE }))}
            >
              {pt('people.next')}
            </Button>
          </div>
        </nav>
      )}
    </div>
  );
}

function ReachBadges({ person }: { person: DirectoryPerson }) {
  const { pt } = usePeopleText();
  const styles = usePeopleStyles();
  const on = (['teams', 'slack'] as const).filter((platform) => person.reach[platform]);
  if (on.length === 0)
    return (
      <Badge appearance="outline" color="danger">
        {pt('people.reach.none')}
      </Badge>
    );
  return (
    <span className={styles.badges}>
      {on.map((platform) => (
        <Badge key={platform} appearance="outline" color="success">
          {pt(`people.platform.${platform}`)}
        </Badge>
      ))}
    </span>
  );
}
