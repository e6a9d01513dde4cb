/**
 * The ambassadors capability of the tab app: the roster, relay campaigns and leaderboard
 * (`#/ambassadors`) for organisation-wide communicators and administrators, "ask for a relay" on
 * the pages of news items, polls, surveys and quizzes, and "my ambassador page"
 * (`#/ambassadors/me`) for ambassadors.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import { isOrganisationAuthor } from '../api/roles.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useAmbassadorsText } from './ambassadors-text.js';

function AmbassadorsHomeCard({ me }: { me: Me | undefined }) {
  const { at } = useAmbassadorsText();
  return (
    <FeatureCard
      name="ambassadors"
      title={at('amb.title')}
      description={at('amb.feature.description')}
      links={isOrganisationAuthor(me) ? [{ href: '#/ambassadors', label: at('amb.title') }] : []}
    />
  );
}

function AmbassadorsNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { at } = useAmbassadorsText();
  const ambassador = me.person?.roles.some((r) => r.role === 'ambassador');
  return (
    <>
      {isOrganisationAuthor(me) && (
        <NavLink hash="#/ambassadors" label={at('amb.title')} current={hash === '#/ambassadors'} go={go} />
      )}
      {ambassador && (
        <NavLink hash="#/ambassadors/me" label={at('amb.me')} current={hash === '#/ambassadors/me'} go={go} />
      )}
    </>
  );
}

export const ambassadorsCapability: TabCapability = {
  name: 'ambassadors',
  owns: (hash) => /^#\/ambassadors(\/|$)/.test(hash),
  Pages: lazy(() => import('./ambassadors-pages.js').then((m) => ({ default: m.AmbassadorsPages }))),
  HomeCard: AmbassadorsHomeCard,
  NavEntries: AmbassadorsNavEntries,
  // "ask for a relay" on news items and polls, a chunk loaded with the first item page
  ItemActions: lazy(() => import('./ask-relay.js').then((m) => ({ default: m.AskRelay }))),
};
