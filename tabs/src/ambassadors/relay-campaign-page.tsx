/**
 * One relay campaign (`#/ambassadors/campaigns/<id>`): per ambassador asked, their answer (asked,
 * relayed, snoozed, declined with the reason), where they relayed, the reach of their relay (the
 * channel's members) and how many people acted on their copy; the campaign's totals above.
 */
import { Badge, Body1, Link, Title2 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useLoad } from '../api/use-load.js';
import type { CapabilityPageProps } from '../capability.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { createAmbassadorsApi } from './ambassadors-api.js';
import { type AmbassadorsKey, useAmbassadorsText } from './ambassadors-text.js';

export function RelayCampaignPage({ api: client, id }: CapabilityPageProps & { id: string }) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const api = useMemo(() => createAmbassadorsApi(client), [client]);
  const campaign = useLoad((signal) => api.campaign(id, signal), [id]);
  const c = campaign.data;
  return (
    <div className={styles.page} data-testid="relay-campaign-page">
      <Link className={styles.back} href="#/ambassadors">
        {at('amb.campaign.back')}
      </Link>
      <Title2 as="h1">{at('amb.campaign')}</Title2>
      {c && (
        <>
          <Body1 data-testid="relay-campaign-summary">
            {at('amb.campaign.summary', {
              subject: at(`amb.subject.${c.subjectType}` as AmbassadorsKey),
              date: c.relayDate,
              asked: c.requests.length,
              relayed: c.counts.relayed,
              snoozed: c.counts.snoozed,
              declined: c.counts.declined,
            })}
          </Body1>
          <Body1 data-testid="relay-campaign-reach">
            {at('amb.campaign.reach', { reach: c.reach, engaged: c.engaged })}
          </Body1>
        </>
      )}
      <DataList
        label={at('amb.campaign')}
        testId="relay-campaign-requests"
        rows={c?.requests}
        rowKey={(r) => r.id}
        error={campaign.error && errorText(t, campaign.error)}
        empty={at('amb.empty')}
        columns={[
          { header: at('amb.col.name'), cell: (r) => r.ambassadorName },
          {
            header: at('amb.col.state'),
            cell: (r) => (
              <Badge appearance="outline" color={r.state === 'relayed' ? 'success' : 'informative'}>
                {at(`amb.state.${r.state}` as AmbassadorsKey)}
              </Badge>
            ),
          },
          { header: at('amb.col.reason'), cell: (r) => r.reason ?? '' },
          {
            header: at('amb.col.where'),
            cell: (r) =>
              r.relayedTo
                ? r.relayedTo.kind === 'elsewhere'
                  ? at('amb.where.elsewhere')
                  : `${r.relayedTo.platform ?? ''} · ${r.relayedTo.conversationId ?? ''}`
                : '',
          },
          { header: at('amb.col.reach'), cell: (r) => (r.reach === null ? '' : String(r.reach)) },
          { header: at('amb.col.engaged'), cell: (r) => String(r.engaged) },
        ]}
      />
    </div>
  );
}
