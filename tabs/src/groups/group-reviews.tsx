/** A group's access reviews on its page: each period, its dates, its state and the decisions taken. */
import { Title3 } from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import type { GroupsApi, Review } from './groups-api.js';
import { useInvitationsText } from './invitations-text.js';

const outcomes = ['answered', 'pending', 'removed', 'reported'] as const;

export function GroupReviews(props: { api: GroupsApi; groupId: string }) {
  const { t } = useI18n();
  const { iv, locale } = useInvitationsText();
  const styles = useToursStyles();
  const reviews = useLoad((signal) => props.api.reviews(props.groupId, signal), [props.groupId]);
  const outcomeOf = (outcome: string | null) =>
    outcome && (outcomes as readonly string[]).includes(outcome)
      ? iv(`rev.outcome.${outcome as (typeof outcomes)[number]}`)
      : (outcome ?? '');
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const decided = (r: Review, decision: string) => r.items.filter((i) => i.decision === decision).length;
  return (
    <section className={styles.section} aria-labelledby="group-reviews-title">
      <Title3 as="h2" id="group-reviews-title">
        {iv('rev.title')}
      </Title3>
      <DataList<Review>
        label={iv('rev.title')}
        testId="group-reviews"
        rows={reviews.data}
        error={reviews.error && errorText(t, reviews.error)}
        rowKey={(r) => r.id}
        empty={iv('rev.empty')}
        columns={[
          { header: iv('rev.col.period'), cell: (r) => String(r.period) },
          { header: iv('rev.col.started'), cell: (r) => day(r.startedAt) },
          { header: iv('rev.col.due'), cell: (r) => day(r.dueAt) },
          {
            header: iv('rev.col.state'),
            cell: (r) => (r.closedAt ? iv('rev.closed', { outcome: outcomeOf(r.outcome) }) : iv('rev.open')),
          },
          {
            header: iv('rev.col.decisions'),
            cell: (r) =>
              iv('rev.decisions', {
                keep: decided(r, 'keep'),
                remove: decided(r, 'remove'),
                pending: r.items.filter((i) => i.decision === null).length,
              }),
          },
        ]}
      />
    </section>
  );
}
