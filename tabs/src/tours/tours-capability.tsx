/**
 * The tours capability of the tab app: the welcome tours console (`#/tours…`: the list, the
 * editor with its funnel, the library of tutorials and resource people), for organisation-wide
 * communicators and administrators.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import { isOrganisationAuthor } from '../api/roles.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useI18n } from '../i18n/i18n.js';
import { useToursText } from './tours-text.js';

function ToursHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  const { tt } = useToursText();
  return (
    <FeatureCard
      name="tours"
      title={t('feature.tours.title')}
      description={t('feature.tours.description')}
      links={
        isOrganisationAuthor(me)
          ? [
              { href: '#/tours', label: tt('tours.title') },
              { href: '#/tours/new', label: tt('tours.new') },
              { href: '#/tours/library', label: tt('tours.library') },
            ]
          : []
      }
    />
  );
}

function ToursNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { tt } = useToursText();
  if (!isOrganisationAuthor(me)) return null;
  return <NavLink hash="#/tours" label={tt('tours.title')} current={hash === '#/tours'} go={go} />;
}

export const toursCapability: TabCapability = {
  name: 'tours',
  owns: (hash) => /^#\/tours(\/|$)/.test(hash),
  Pages: lazy(() => import('./tours-page.js').then((m) => ({ default: m.ToursPage }))),
  HomeCard: ToursHomeCard,
  NavEntries: ToursNavEntries,
};
