/**
 * The leaderboard of a department (or of every scope): ambassadors ranked by relays, colleagues
 * helped and colleagues back; whoever left it is not listed (the server leaves them out).
 */
import { Field, Input, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import type { AmbassadorsApi } from './ambassadors-api.js';
import { useAmbassadorsText } from './ambassadors-text.js';

export function AmbassadorLeaderboard({ api, department }: { api: AmbassadorsApi; department: string }) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const [filter, setFilter] = useState(department);
  const board = useLoad((signal) => api.leaderboard(filter.trim(), signal), [filter.trim()], {
    keepPrevious: true,
  });
  return (
    <section className={styles.section}>
      <Title3 as="h2">{at('amb.board')}</Title3>
      <Field label={at('amb.board.department')}>
        <Input value={filter} onChange={(_, d) => setFilter(d.value)} maxLength={200} />
      </Field>
      <DataList
        label={at('amb.board')}
        testId="ambassadors-leaderboard"
        rows={board.data}
        rowKey={(e) => e.personId}
        error={board.error && errorText(t, board.error)}
        empty={at('amb.board.empty')}
        columns={[
          { header: at('amb.col.rank'), cell: (e) => String(e.rank) },
          { header: at('amb.col.name'), cell: (e) => e.displayName },
          { header: at('amb.fig.relays'), cell: (e) => String(e.relays) },
          { header: at('amb.fig.helped'), cell: (e) => String(e.helped) },
          { header: at('amb.fig.returned'), cell: (e) => String(e.returned) },
        ]}
      />
    </section>
  );
}
