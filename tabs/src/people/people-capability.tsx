/**
 * The People capability of the tab app (`#/people…`): the directory with each person's sources
 * and reach, the directory sync and the CSV import, for communicators and administrators (the
 * sync and the import for administrators; the server checks every call).
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { usePeopleText } from './people-text.js';

/** Communicators and administrators (any scope) and automation keys read the directory. */
export const readsDirectory = (me: Me | undefined): boolean =>
  Boolean(
    me &&
      (me.via === 'api_key' || me.person?.roles.some((r) => r.role === 'admin' || r.role === 'communicator')),
  );

/** Administrators and automation keys start syncs and import files. */
export const runsDirectory = (me: Me | undefined): boolean =>
  Boolean(me && (me.via === 'api_key' || me.person?.roles.some((r) => r.role === 'admin')));

function PeopleHomeCard({ me }: { me: Me | undefined }) {
  const { pt } = usePeopleText();
  return (
    <FeatureCard
      name="people"
      title={pt('people.title')}
      description={pt('people.feature.description')}
      links={[
        ...(readsDirectory(me) ? [{ href: '#/people', label: pt('people.nav.list') }] : []),
        ...(runsDirectory(me)
          ? [
              { href: '#/people/sync', label: pt('people.nav.sync') },
              { href: '#/people/import', label: pt('people.nav.import') },
            ]
          : []),
      ]}
    />
  );
}

function PeopleNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { pt } = usePeopleText();
  if (!readsDirectory(me)) return null;
  return (
    <NavLink hash="#/people" label={pt('people.nav.list')} current={/^#\/people(\?|$)/.test(hash)} go={go} />
  );
}

export const peopleCapability: TabCapability = {
  name: 'people',
  owns: (hash) => /^#\/people([/?]|$)/.test(hash),
  Pages: lazy(() => import('./people-page.js').then((m) => ({ default: m.PeoplePage }))),
  HomeCard: PeopleHomeCard,
  NavEntries: PeopleNavEntries,
};
