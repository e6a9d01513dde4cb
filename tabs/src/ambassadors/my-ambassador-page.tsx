/**
 * "My ambassador page" (`#/ambassadors/me`): the ambassador's own figures (relays, reach of their
 * channel relays, who acted through them, colleagues helped, colleagues back within 7 days of a nudge), the leaderboard
 * of their department, and leaving or joining it.
 */
import { Body1, Button, Title2 } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import type { CapabilityPageProps } from '../capability.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { AmbassadorLeaderboard } from './ambassador-leaderboard.js';
import { createAmbassadorsApi } from './ambassadors-api.js';
import { useAmbassadorsText } from './ambassadors-text.js';

export function MyAmbassadorPage({ api: client, me }: CapabilityPageProps) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const api = useMemo(() => createAmbassadorsApi(client), [client]);
  const personId = me.person?.id ?? '';
  // signed in with an API key there is no person, hence no page of one's own
  const mine = useLoad(
    async (signal) => (personId ? api.figures(personId, signal) : Promise.reject(new Error('no person'))),
    [personId],
  );
  const [failure, setFailure] = useState<string>();

  if (mine.error)
    return (
      <div className={styles.page} data-testid="my-ambassador-page">
        <Title2 as="h1">{at('amb.me')}</Title2>
        <Body1>{at('amb.me.none')}</Body1>
      </div>
    );
  const f = mine.data?.figures;
  const ambassador = mine.data?.ambassador;
  const toggle = async () => {
    if (!ambassador) return;
    setFailure(undefined);
    try {
      await api.setLeaderboardOptOut(personId, !ambassador.leaderboardOptOut);
      mine.reload();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  const figures: [string, number | undefined][] = [
    [at('amb.fig.relays'), f?.relays],
    [at('amb.fig.reach'), f?.reach],
    [at('amb.fig.reach_unknown'), f?.reachUnknown],
    [at('amb.fig.helped'), f?.helped],
    [at('amb.fig.returned'), f?.returned],
    [at('amb.fig.engaged'), f?.engaged],
    [at('amb.fig.acknowledged'), f?.acknowledged],
    [at('amb.fig.voted'), f?.voted],
    [at('amb.fig.answered'), f?.answered],
  ];
  return (
    <div className={styles.page} data-testid="my-ambassador-page">
      <Title2 as="h1">{at('amb.me')}</Title2>
      <Body1>{at('amb.me.intro')}</Body1>
      <dl className={styles.column} data-testid="my-ambassador-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? '…'}</dd>
          </div>
        ))}
      </dl>
      {ambassador && (
        <div className={styles.actions}>
          {ambassador.leaderboardOptOut && <Body1>{at('amb.board.left')}</Body1>}
          <Button onClick={toggle}>
            {ambassador.leaderboardOptOut ? at('amb.board.join') : at('amb.board.leave')}
          </Button>
        </div>
      )}
      {failure && <Body1 role="alert">{failure}</Body1>}
      {ambassador && <AmbassadorLeaderboard api={api} department={ambassador.scope.departments[0] ?? ''} />}
    </div>
  );
}
