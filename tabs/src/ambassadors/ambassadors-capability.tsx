/**
 * The ambassadors capability of the tab app: the roster and relay campaigns (`#/ambassadors`),
 * for organisation-wide communicators and administrators.
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
  if (!isOrganisationAuthor(me)) return null;
  return <NavLink hash="#/ambassadors" label={at('amb.title')} current={hash === '#/ambassadors'} go={go} />;
}

export const ambassadorsCapability: TabCapability = {
  name: 'ambassadors',
  owns: (hash) => /^#\/ambassadors(\/|$)/.test(hash),
  Pages: lazy(() => import('./ambassadors-page.js').then((m) => ({ default: m.AmbassadorsPage }))),
  HomeCard: AmbassadorsHomeCard,
  NavEntries: AmbassadorsNavEntries,
};
