/**
 * The CSV import in two steps: the file is checked first (a dry run: what each line would do,
 * nothing written), and only that checked file can then be applied. Choosing another file
 * forgets the check. For administrators; the server checks it again.
 */
import { Badge, Body1, Button, Label, Link, MessageBar, Subtitle1, Title2 } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { DataList } from '../components/data-list.js';
import { describeError } from '../components/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import type { ImportReport, PeopleApi } from './people-api.js';
import { usePeopleStyles } from './people-styles.js';
import { type PeopleKey, usePeopleText } from './people-text.js';

interface ReportLine {
  line: number;
  email: string;
  outcome: 'create' | 'update' | 'reject' | 'warning';
  detail: string;
}

/** Every line of the report in file order: what it would do, or why it is rejected or warned about. */
export function reportLines(report: ImportReport): ReportLine[] {
  const lines: ReportLine[] = [
    ...(report.lines ?? []).map((l) => ({ line: l.line, email: l.email, outcome: l.action, detail: '' })),
    ...report.errors.map((e) => ({
      line: e.line,
      email: e.email ?? '',
      outcome: 'reject' as const,
      detail: e.problems.join('; '),
    })),
    ...report.warnings.map((w) => ({
      line: w.line,
      email: w.email ?? '',
      outcome: 'warning' as const,
      detail: w.problems.join('; '),
    })),
  ];
  return lines.sort((a, b) => a.line - b.line || a.outcome.localeCompare(b.outcome));
}

const outcomeColor = {
  create: 'success',
  update: 'informative',
  reject: 'danger',
  warning: 'warning',
} as const;

export function ImportPage({ api, go }: { api: PeopleApi; go(hash: string): void }) {
  const { t } = useI18n();
  const { pt } = usePeopleText();
  const styles = usePeopleStyles();
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [checked, setChecked] = useState<ImportReport>();
  const [applied, setApplied] = useState<ImportReport>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const choose = async (chosen: File | undefined) => {
    setChecked(undefined);
    setApplied(undefined);
    setError(undefined);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : undefined);
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    if (!file.text.trim()) {
      setError(pt('people.import.empty_file'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const report = await api.importCsv(file.text, dryRun);
      if (dryRun) setChecked(report);
      else {
        setApplied(report);
        setChecked(undefined);
      }
    } catch (failure) {
      setError(describeError(failure as Error, t));
    } finally {
      setBusy(false);
    }
  };

  const counts = (report: ImportReport) => ({
    created: report.created,
    updated: report.updated,
    rejected: report.rejected,
  });

  return (
    <div className={styles.page}>
      <Link
        className={styles.back}
        href="#/people"
        onClick={(e) => {
          e.preventDefault();
          go('#/people');
        }}
      >
        {pt('people.back')}
      </Link>
      <Title2 as="h1" className={styles.block}>
        {pt('people.import.title')}
      </Title2>
      <Body1 as="p" className={styles.block}>
        {pt('people.import.intro')}
      </Body1>
      <div className={styles.actions}>
        <div className={styles.field}>
          <Label htmlFor={inputId}>{pt('people.import.file')}</Label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </div>
        <Button disabled={!file || busy} onClick={() => void send(true)}>
          {pt('people.import.check')}
        </Button>
        <Button appearance="primary" disabled={!checked || busy} onClick={() => void send(false)}>
          {pt('people.import.apply')}
        </Button>
      </div>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <div role="status" aria-live="polite" data-testid="import-summary">
        {checked && <MessageBar intent="info">{pt('people.import.checked', counts(checked))}</MessageBar>}
        {applied && <MessageBar intent="success">{pt('people.import.applied', counts(applied))}</MessageBar>}
      </div>
      {(checked ?? applied) && <Report report={(checked ?? applied)!} />}
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { pt } = usePeopleText();
  const styles = usePeopleStyles();
  const outcome = (o: ReportLine['outcome']) => pt(`people.import.action.${o}` as PeopleKey);
  return (
    <section className={styles.section} aria-labelledby="import-lines">
      {report.ignoredColumns.length > 0 && (
        <Body1 as="p" className={styles.block}>
          {pt('people.import.ignored', { columns: report.ignoredColumns.join(', ') })}
        </Body1>
      )}
      <Subtitle1 as="h2" id="import-lines" className={styles.block}>
        {pt('people.import.lines')}
      </Subtitle1>
      <DataList<ReportLine>
        label={pt('people.import.lines')}
        testId="import-lines"
        rows={reportLines(report)}
        rowKey={(l) => `${l.line}:${l.outcome}`}
        empty={pt('people.none')}
        columns={[
          { header: pt('people.import.col.line'), cell: (l) => l.line },
          {
            header: pt('people.import.col.email'),
            cell: (l) => <span className={styles.wrap}>{l.email || pt('people.none')}</span>,
          },
          {
            header: pt('people.import.col.outcome'),
            cell: (l) => (
              <Badge appearance="outline" color={outcomeColor[l.outcome]}>
                {outcome(l.outcome)}
              </Badge>
            ),
          },
          {
            header: pt('people.import.col.detail'),
            cell: (l) => <span className={styles.wrap}>{l.detail}</span>,
          },
        ]}
      />
    </section>
  );
}
