/** The list of polls, surveys and quizzes, one section each; authors also get the creation buttons. */
import { Button, Link, MessageBar, Spinner, Subtitle2, Title2 } from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import type { PollsApi } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';

type Kind = 'poll' | 'survey' | 'quiz';

interface Row {
  kind: Kind;
  id: string;
  title: string;
  open: boolean;
  answers: number | undefined;
  createdAt: string;
}

/** The three lists as rows of one shape. */
async function rowsOf(polls: PollsApi, signal: AbortSignal): Promise<Row[]> {
  const [p, s, q] = await Promise.all([
    polls.listPolls(signal),
    polls.listSurveys(signal),
    polls.listQuizzes(signal),
  ]);
  return [
    ...p.polls.map((x) => ({
      kind: 'poll' as const,
      id: x.id,
      title: x.question,
      open: !x.closedAt,
      answers: undefined,
      createdAt: x.createdAt,
    })),
    ...s.surveys.map((x) => ({
      kind: 'survey' as const,
      id: x.id,
      title: x.title,
      open: x.status === 'open',
      answers: x.respondents,
      createdAt: x.createdAt,
    })),
    ...q.quizzes.map((x) => ({
      kind: 'quiz' as const,
      id: x.id,
      title: x.title,
      open: x.status === 'open',
      answers: x.participants,
      createdAt: x.createdAt,
    })),
  ];
}

const sectionKey = {
  poll: 'polls.section.polls',
  survey: 'polls.section.surveys',
  quiz: 'polls.section.quizzes',
} as const;

export function PollsListPage({ polls, author }: { polls: PollsApi; author: boolean }) {
  const { pt, locale } = usePollsText();
  const { t } = useI18n();
  const styles = usePageStyles();
  const list = useLoad((signal) => rowsOf(polls, signal), []);
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB');
  return (
    <div className={styles.stack}>
      <Title2 as="h1">{pt('polls.title')}</Title2>
      <span>{pt('polls.intro')}</span>
      {author && (
        <div className={styles.row}>
          <Button as="a" href="#/polls/new/poll" appearance="primary">
            {pt('polls.new_poll')}
          </Button>
          <Button as="a" href="#/polls/new/survey">
            {pt('polls.new_survey')}
          </Button>
          <Button as="a" href="#/polls/new/quiz">
            {pt('polls.new_quiz')}
          </Button>
        </div>
      )}
      {list.error && <MessageBar intent="error">{list.error.message}</MessageBar>}
      {!list.data && !list.error && <Spinner label={t('app.loading_part')} />}
      {list.data &&
        (['poll', 'survey', 'quiz'] as const).map((kind) => {
          const heading = pt(sectionKey[kind]);
          return (
            <section
              key={kind}
              className={styles.section}
              aria-label={heading}
              data-testid={`polls-list-${kind}`}
            >
              <Subtitle2 as="h2">{heading}</Subtitle2>
              <DataList
                label={heading}
                rows={list.data?.filter((r) => r.kind === kind)}
                rowKey={(r) => r.id}
                empty={pt('polls.empty')}
                columns={[
                  {
                    header: pt('polls.col.title'),
                    cell: (r) => <Link href={`#/polls/${kind}/${encodeURIComponent(r.id)}`}>{r.title}</Link>,
                  },
                  {
                    header: pt('polls.col.status'),
                    cell: (r) => (r.open ? pt('polls.open') : pt('polls.closed')),
                  },
                  { header: pt('polls.col.answers'), cell: (r) => r.answers ?? '–' },
                  { header: pt('polls.col.created'), cell: (r) => date(r.createdAt) },
                ]}
              />
            </section>
          );
        })}
    </div>
  );
}
