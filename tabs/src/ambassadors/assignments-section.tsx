/**
 * The week's assignments on the ambassadors console: each colleague listed in a digest, the
 * ambassador they were given to, why, and where it stands. The week defaults to the current ISO
 * week; any other can be typed.
 */
import { Field, Input, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import type { Ambassador, AmbassadorsApi } from './ambassadors-api.js';
import { type AmbassadorsKey, useAmbassadorsText } from './ambassadors-text.js';

/** the ISO week of a day (2026-W50), as the server names weeks */
export function isoWeek(day: Date): string {
  const d = new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
  // Thursday of this week decides its year
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const firstDay = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - firstDay.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const weekPattern = /^\d{4}-W\d{2}$/;

export function AssignmentsSection({
  api,
  roster,
}: {
  api: AmbassadorsApi;
  roster: Ambassador[] | undefined;
}) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const [week, setWeek] = useState(() => isoWeek(new Date()));
  const valid = weekPattern.test(week);
  const assignments = useLoad(
    (signal) => (valid ? api.assignments(week, signal) : Promise.resolve([])),
    [week, valid],
  );
  const nameOf = (id: string) => roster?.find((a) => a.personId === id)?.displayName ?? id;
  return (
    <section className={styles.section}>
      <Title3 as="h2">{at('amb.assignments')}</Title3>
      <Field label={at('amb.assignments.week')}>
        <Input value={week} onChange={(_, d) => setWeek(d.value.trim())} maxLength={8} />
      </Field>
      <DataList
        label={at('amb.assignments')}
        testId="ambassadors-assignments"
        rows={assignments.data}
        rowKey={(a) => `${a.week}:${a.personId}`}
        error={assignments.error && errorText(t, assignments.error)}
        empty={at('amb.assignments.empty')}
        columns={[
          { header: at('amb.col.colleague'), cell: (a) => a.displayName },
          { header: at('amb.col.name'), cell: (a) => nameOf(a.ambassadorId) },
          { header: at('amb.col.reason'), cell: (a) => at(`amb.reason.${a.reason}` as AmbassadorsKey) },
          { header: at('amb.col.state'), cell: (a) => at(`amb.assignment.${a.state}` as AmbassadorsKey) },
        ]}
      />
    </section>
  );
}
