/**
 * One person: each field's value in use beside what every source (HR file, Entra ID, Slack) gives
 * for it, and their reach on Teams and Slack with the reason.
 */
import { Badge, Body1, Link, mergeClasses, Subtitle1, Title2 } from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { describeError } from '../components/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import type { PeopleApi, PersonDetail, PersonReach, PersonSource } from './people-api.js';
import { personHash } from './people-route.js';
import { usePeopleStyles } from './people-styles.js';
import { type PeopleText, textOr, usePeopleText, when } from './people-text.js';

/** The fields a source may give, in the order shown, with the person's value in use for each. */
const inUse: Record<string, (p: PersonDetail) => string | null> = {
  display_name: (p) => p.displayName,
  department: (p) => p.department,
  site: (p) => p.site,
  start_date: (p) => p.startDate,
  locale: (p) => p.locale,
  time_zone: (p) => p.timeZone,
  kind: (p) => p.kind,
  active: (p) => (p.active ? '1' : '0'),
  manager: (p) => p.manager?.displayName ?? p.managerId,
};

/** Someone a manager value names: their name, linked to their own page. */
function PersonLink({ person, go }: { person: { id: string; displayName: string }; go(hash: string): void }) {
  return (
    <Link
      href={personHash(person.id)}
      onClick={(e) => {
        e.preventDefault();
        go(personHash(person.id));
      }}
    >
      {person.displayName}
    </Link>
  );
}

interface FieldRow {
  field: string;
  value: string | null;
  sources: PersonSource[];
}

export function PersonPage({ api, id, go }: { api: PeopleApi; id: string; go(hash: string): void }) {
  const { t } = useI18n();
  const { pt, locale } = usePeopleText();
  const styles = usePeopleStyles();
  const loaded = useLoad(
    async (signal) => {
      const [person, sources, reach] = await Promise.all([
        api.get(id, signal),
        api.sources(id, signal),
        api.reach(id, signal),
      ]);
      return { person, sources, reach };
    },
    [id],
  );
  const error = loaded.error && describeError(loaded.error, t);
  const data = loaded.data;
  const fields: FieldRow[] | undefined = data && fieldRows(data.person, data.sources);
  const shown = (field: string, value: string | null) => showValue(pt, field, value);

  return (
    <div className={styles.page}>
      <Link
        className={styles.back}
        href="#/people"
        onClick={(e) => {
          e.preventDefault();
          window.history.length > 1 ? window.history.back() : go('#/people');
        }}
      >
        {pt('people.back')}
      </Link>
      <Title2 as="h1" className={styles.block}>
        {data?.person.displayName ?? pt('people.title')}
      </Title2>
      {data && (
        <Body1 className={mergeClasses(styles.block, styles.wrap)}>
          {[data.person.email, pt(`people.kind.${data.person.kind}`)].filter(Boolean).join(' · ')}
          {!data.person.active && ` · ${pt('people.inactive')}`}
        </Body1>
      )}

      <section className={styles.section} aria-labelledby="person-reach">
        <Subtitle1 as="h2" id="person-reach" className={styles.block}>
          {pt('people.detail.reach')}
        </Subtitle1>
        <DataList<PersonReach>
          label={pt('people.detail.reach')}
          testId="person-reach"
          rows={data?.reach}
          rowKey={(r) => r.platform}
          error={error}
          empty={pt('people.none')}
          columns={[
            { header: pt('people.detail.platform'), cell: (r) => pt(`people.platform.${r.platform}`) },
            {
              header: pt('people.detail.status'),
              cell: (r) => (
                <Badge
                  appearance="outline"
                  color={r.status === 'reachable' ? 'success' : r.status === 'pending' ? 'warning' : 'danger'}
                >
                  {pt(`people.status.${r.status}`)}
                </Badge>
              ),
            },
            {
              header: pt('people.detail.reason'),
              // the server words the reason in the reader's language, with the platform's own words
              cell: (r) => <span className={styles.wrap}>{reasonText(r)}</span>,
            },
            {
              header: pt('people.detail.updated'),
              cell: (r) => (r.updatedAt ? when(locale, r.updatedAt) : pt('people.none')),
            },
          ]}
        />
      </section>

      <section className={styles.section} aria-labelledby="person-values">
        <Subtitle1 as="h2" id="person-values" className={styles.block}>
          {pt('people.detail.values')}
        </Subtitle1>
        <Body1 as="p" className={styles.block}>
          {pt('people.detail.values_intro')}
        </Body1>
        <DataList<FieldRow>
          label={pt('people.detail.values')}
          testId="person-values"
          rows={fields}
          rowKey={(f) => f.field}
          error={error}
          empty={pt('people.detail.no_sources')}
          columns={[
            {
              header: pt('people.detail.field'),
              cell: (f) => textOr(pt, `people.field.${f.field}`, f.field),
            },
            {
              header: pt('people.detail.in_use'),
              cell: (f) =>
                f.field === 'manager' && data?.person.manager ? (
                  <PersonLink person={data.person.manager} go={go} />
                ) : (
                  <span className={styles.wrap}>{shown(f.field, f.value)}</span>
                ),
            },
            {
              header: pt('people.detail.source'),
              cell: (f) => (
                <ul className={styles.sourceList}>
                  {f.sources.map((s) => (
                    <li key={s.source} className={styles.wrap}>
                      <strong>{textOr(pt, `people.source.${s.source}`, s.source)}</strong>
                      {': '}
                      {s.person ? <PersonLink person={s.person} go={go} /> : shown(f.field, s.value)}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}

/** One row per field some source gives, with the value in use; fields in a stable order. */
function fieldRows(person: PersonDetail, sources: PersonSource[]): FieldRow[] {
  const byField = new Map<string, PersonSource[]>();
  for (const source of sources) byField.set(source.field, [...(byField.get(source.field) ?? []), source]);
  const order = Object.keys(inUse);
  return [...byField.keys()]
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b))
    .map((field) => ({ field, value: inUse[field]?.(person) ?? null, sources: byField.get(field)! }));
}

function showValue(pt: PeopleText, field: string, value: string | null): string {
  if (value === null || value === '') return pt('people.none');
  if (field === 'active') return pt(value === '1' ? 'people.yes' : 'people.no');
  if (field === 'kind') return textOr(pt, `people.kind.${value}`, value);
  return value;
}

/** The server's words for the reason, then the platform's own ('install_refused: 403 …' → 403 …). */
export function reasonText(reach: { reason: string; message: string }): string {
  const detail = reach.reason.split(': ').slice(1).join(': ');
  return detail ? `${reach.message} (${detail})` : reach.message;
}
