/**
 * The insights capability of the tab app: the adoption dashboard (`#/insights`) and its printable
 * monthly report, for administrators and communicators (a scoped communicator sees their scope:
 * the server decides). Its pages and ECharts are a chunk loaded when first opened.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useI18n } from '../i18n/i18n.js';

// only the home card's and the bar's words: the page's catalogue stays in its lazy chunk
const words = {
  en: {
    title: 'Adoption dashboard',
    report: 'Monthly report',
    description: 'Who reads, answers and takes part, on Teams and Slack, by department, site and period.',
  },
  fr: {
    title: 'Tableau de bord de l’adoption',
    report: 'Rapport mensuel',
    description: 'Qui lit, répond et participe, sur Teams et Slack, par service, site et période.',
  },
} as const;

const useWords = () => words[useI18n().locale];

/** API keys, administrators and communicators, scoped or not; the server checks again */
export const seesInsights = (me: Me | undefined): boolean =>
  Boolean(
    me &&
      (me.via === 'api_key' || me.person?.roles.some((r) => r.role === 'admin' || r.role === 'communicator')),
  );

function InsightsHomeCard({ me }: { me: Me | undefined }) {
  const w = useWords();
  return (
    <FeatureCard
      name="insights"
      title={w.title}
      description={w.description}
      links={
        seesInsights(me)
          ? [
              { href: '#/insights', label: w.title },
              { href: '#/insights/report', label: w.report },
            ]
          : []
      }
    />
  );
}

function InsightsNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const w = useWords();
  if (!seesInsights(me)) return null;
  return <NavLink hash="#/insights" label={w.title} current={hash === '#/insights'} go={go} />;
}

export const insightsCapability: TabCapability = {
  name: 'insights',
  owns: (hash) => /^#\/insights([/?]|$)/.test(hash),
  Pages: lazy(() => import('./insights-page.js').then((m) => ({ default: m.InsightsPage }))),
  HomeCard: InsightsHomeCard,
  NavEntries: InsightsNavEntries,
};
