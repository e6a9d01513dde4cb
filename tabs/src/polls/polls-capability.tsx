/**
 * The polls capability of the tab app: polls, surveys and quizzes (`#/polls…`: the list, the
 * creation forms, the results). Everyone may open the list; authoring is for organisation-wide
 * communicators and administrators.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import { isOrganisationAuthor } from '../api/roles.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useI18n } from '../i18n/i18n.js';
import { pollsRouteOf } from './polls-route.js';
import { usePollsText } from './polls-text.js';

function PollsHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  const { pt } = usePollsText();
  return (
    <FeatureCard
      name="polls"
      title={t('feature.polls.title')}
      description={t('feature.polls.description')}
      links={[
        { href: '#/polls', label: pt('polls.title') },
        ...(isOrganisationAuthor(me) ? [{ href: '#/polls/new/poll', label: pt('polls.new_poll') }] : []),
      ]}
    />
  );
}

function PollsNavEntries({ hash, go }: { hash: string; go(hash: string): void }) {
  const { pt } = usePollsText();
  return <NavLink hash="#/polls" label={pt('polls.title')} current={hash === '#/polls'} go={go} />;
}

export const pollsCapability: TabCapability = {
  name: 'polls',
  owns: (hash) => pollsRouteOf(hash) !== undefined,
  Pages: lazy(() => import('./polls-page.js').then((m) => ({ default: m.PollsPage }))),
  HomeCard: PollsHomeCard,
  NavEntries: PollsNavEntries,
};
