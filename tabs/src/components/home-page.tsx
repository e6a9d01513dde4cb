/**
 * The home page shows the work: what waits for the reader (news to approve, or theirs waiting for
 * an admin), their drafts, what is scheduled, the recent sends with reach and read confirmations,
 * open polls with their voters, active tours with their completion (GET /api/v1/home, scoped by
 * role: a section the reader may not see is absent). Below, each capability's panel of links.
 */
import {
  Body1,
  Caption1,
  Link,
  makeStyles,
  Spinner,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { type ApiClient, answerOf, type Me } from '../api/api-client.js';
import type { ResponseOf } from '../api/api-types.js';
import { useLoad } from '../api/use-load.js';
import { capabilities } from '../capabilities.js';
import { type Locale, useI18n } from '../i18n/i18n.js';
import { inReaderLanguage } from '../i18n/in-reader-language.js';
import { describeError } from './describe-error.js';

type Home = ResponseOf<'/home', 'get'>;
type NewsLine = NonNullable<Home['news']>['drafts'][number];

const useStyles = makeStyles({
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  title: { margin: 0 },
  sectionTitle: {
    display: 'block',
    marginTop: tokens.spacingVerticalXL,
    marginBottom: tokens.spacingVerticalM,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(260px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  panel: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  panelTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  lines: { listStyle: 'none', margin: `${tokens.spacingVerticalS} 0 0`, padding: 0 },
  line: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} 0`,
    overflowWrap: 'anywhere',
  },
});

const percentOf = (locale: Locale, part: number, whole: number) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' }).format(
    whole ? part / whole : 0,
  );

/** In the reader's locale and time zone (the browser's). */
const dateOf = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));

function Panel({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.panel} data-testid={testId}>
      <h3 className={styles.panelTitle}>{title}</h3>
      <ul className={styles.lines}>{children}</ul>
    </li>
  );
}

function Line({ href, label, detail }: { href: string; label: string; detail?: string }) {
  const styles = useStyles();
  return (
    <li className={styles.line}>
      <Link href={href}>{label}</Link>
      {detail && <Caption1>{detail}</Caption1>}
    </li>
  );
}

function NewsPanels({ news }: { news: NonNullable<Home['news']> }) {
  const { t, locale } = useI18n();
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const title = (line: NewsLine) => line.titles[locale] || line.titles[other] || t('home.untitled');
  const link = (line: NewsLine, detail?: string) => (
    <Line key={line.id} href={`#/news/${line.id}`} label={title(line)} detail={detail} />
  );
  const none = (
    <li>
      <Caption1>{t('home.none')}</Caption1>
    </li>
  );
  return (
    <>
      {news.waitingApproval.length > 0 && (
        <Panel
          testId="home-waiting"
          title={t(news.canApprove ? 'home.waiting.approve' : 'home.waiting.theirs')}
        >
          {news.waitingApproval.map((line) => link(line))}
        </Panel>
      )}
      <Panel testId="home-drafts" title={t('home.drafts')}>
        {news.drafts.length
          ? news.drafts.map((line) => (
              <Line key={line.id} href={`#/news/${line.id}/edit`} label={title(line)} />
            ))
          : none}
      </Panel>
      {news.scheduled.length > 0 && (
        <Panel testId="home-scheduled" title={t('home.scheduled')}>
          {news.scheduled.map((line) =>
            link(
              line,
              line.publishAt ? t('home.scheduled_at', { date: dateOf(locale, line.publishAt) }) : undefined,
            ),
          )}
        </Panel>
      )}
      <Panel testId="home-recent" title={t('home.recent')}>
        {news.recent.length
          ? news.recent.map(({ reach, ...line }) => {
              const received = t('home.reach', {
                delivered: reach.delivered,
                targeted: reach.targeted,
                rate: percentOf(locale, reach.delivered, reach.targeted),
              });
              const acknowledged = line.strategic
                ? ` · ${t('home.acknowledged', { count: reach.acknowledged, rate: percentOf(locale, reach.acknowledged, reach.delivered) })}`
                : '';
              return link(line, `${received}${acknowledged}`);
            })
          : none}
      </Panel>
    </>
  );
}

function Work({ home }: { home: Home }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const hasSection = home.news || home.polls || home.tours;
  if (!hasSection) return null;
  return (
    <section aria-labelledby="work-title">
      <Subtitle2 as="h2" id="work-title" className={styles.sectionTitle}>
        {t('home.work')}
      </Subtitle2>
      <ul className={styles.grid}>
        {home.news && <NewsPanels news={home.news} />}
        {home.polls && home.polls.open.length > 0 && (
          <Panel testId="home-polls" title={t('home.polls')}>
            {home.polls.open.map((poll) => (
              <Line
                key={poll.id}
                href={`#/polls/poll/${encodeURIComponent(poll.id)}`}
                label={poll.question}
                detail={
                  poll.voters === null ? t('home.voters_hidden') : t('home.voters', { count: poll.voters })
                }
              />
            ))}
          </Panel>
        )}
        {home.tours && home.tours.tours.length > 0 && (
          <Panel testId="home-tours" title={t('home.tours')}>
            {home.tours.tours.map((tour) => (
              <Line
                key={tour.id}
                href={`#/tours/${encodeURIComponent(tour.id)}`}
                label={inReaderLanguage(tour.name, locale)}
                detail={t('home.completion', {
                  completed: tour.completed,
                  journeys: tour.journeys,
                  rate: percentOf(locale, tour.completed, tour.journeys),
                })}
              />
            ))}
          </Panel>
        )}
      </ul>
    </section>
  );
}

export function HomePage({ me, api }: { me?: Me; api?: ApiClient } = {}) {
  const { t } = useI18n();
  const styles = useStyles();
  const home = useLoad(
    (signal) => (api ? answerOf(api.http.GET('/home', { signal })) : Promise.resolve(undefined)),
    [Boolean(api)],
  );
  return (
    <div className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        {t('home.title')}
      </Title2>
      {home.loading && !home.data && <Spinner size="tiny" label={t('app.loading')} />}
      {home.error && <Body1 role="alert">{describeError(home.error, t)}</Body1>}
      {home.data && <Work home={home.data} />}
      <section aria-labelledby="features-title">
        <Subtitle2 as="h2" id="features-title" className={styles.sectionTitle}>
          {t('home.go_to')}
        </Subtitle2>
        <ul className={styles.grid}>
          {capabilities.map(({ name, HomeCard }) => (
            <li key={name}>
              <HomeCard me={me} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
