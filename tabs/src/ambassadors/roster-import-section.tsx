/**
 * The roster import on the ambassadors console: lines of `email, departments, sites, groups`
 * (several values in a cell separated by `|`; a group by its name or id; none: the person's
 * own), sent at once; each line then says whether it was named, unknown or refused, and why (an
 * unknown group refuses its line only).
 */
import { Body1, Button, Field, Textarea, Title3 } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import type { AmbassadorsApi, RosterImportResult, RosterImportRow } from './ambassadors-api.js';
import { type AmbassadorsKey, useAmbassadorsText } from './ambassadors-text.js';

const MAX_LINES = 2000;

const values = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((v) => v.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);

/** one row per non-empty line; a header line (no @ in its first cell) is skipped */
export function parseRoster(text: string): RosterImportRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/[,;]/))
    .filter(([email]) => email?.includes('@'))
    .map(([email, departments, sites, groups]) => {
      const d = values(departments);
      const s = values(sites);
      const g = values(groups);
      return {
        email: email!.trim().replace(/^"|"$/g, ''),
        ...(d.length ? { departments: d } : {}),
        ...(s.length ? { sites: s } : {}),
        ...(g.length ? { groups: g } : {}),
      };
    });
}

export function RosterImportSection({ api, imported }: { api: AmbassadorsApi; imported(): void }) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const [text, setText] = useState('');
  const [results, setResults] = useState<RosterImportResult[]>();
  const [failure, setFailure] = useState<string>();
  const rows = parseRoster(text);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(undefined);
    if (rows.length > MAX_LINES) return setFailure(at('amb.import.too_many'));
    try {
      setResults(await api.importRoster(rows));
      imported();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  return (
    <section className={styles.section}>
      <form onSubmit={submit} className={styles.column} aria-label={at('amb.import')}>
        <Title3 as="h2">{at('amb.import')}</Title3>
        <Body1>{at('amb.import.help')}</Body1>
        <Field label={at('amb.import.field')}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={5} maxLength={400_000} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={rows.length === 0}>
            {at('amb.import.submit')}
          </Button>
        </div>
      </form>
      {failure && (
        <Body1 role="alert" data-testid="roster-import-error">
          {failure}
        </Body1>
      )}
      {results && (
        <DataList
          label={at('amb.import')}
          testId="roster-import-results"
          rows={results}
          rowKey={(r) => r.email}
          empty=""
          columns={[
            { header: at('amb.col.email'), cell: (r) => r.email },
            { header: at('amb.col.status'), cell: (r) => at(`amb.import.${r.outcome}` as AmbassadorsKey) },
            { header: at('amb.col.reason'), cell: (r) => r.message ?? '' },
          ]}
        />
      )}
    </section>
  );
}
