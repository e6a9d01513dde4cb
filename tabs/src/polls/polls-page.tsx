/**
 * The polls console: the list of polls, surveys and quizzes, and the page the hash names
 * (creation forms, results). Authoring is for communicators and administrators (an API key acts
 * as one); the server checks again on every call.
 */
import {
  Button,
  Link,
  MessageBar,
  makeStyles,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { ApiClient, Me } from '../api/api-client.js';
import { PollCreatePage } from './poll-create.js';
import { type PollsApi, pollsApi } from './polls-api.js';
import type { PollsRoute } from './polls-route.js';
import { usePollsText } from './polls-text.js';
import { QuizCreatePage } from './quiz-create.js';
import { PollResultsPage, QuizResultsPage, SurveyResultsPage } from './results-pages.js';
import { SurveyCreatePage } from './survey-create.js';

export const usePageStyles = makeStyles({
  page: {
    maxWidth: '1000px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  section: { marginTop: tokens.spacingVerticalXL },
});

/** API keys and organisation-wide communicators or admins author; the server checks again. */
export const canAuthorPolls = (me: Me | undefined): boolean =>
  Boolean(
    me &&
      (me.via === 'api_key' ||
        me.person?.roles.some((r) => (r.role === 'admin' || r.role === 'communicator') && !r.scope)),
  );

export interface PollsPageProps {
  route: PollsRoute;
  api: ApiClient;
  me: Me;
  go(hash: string): void;
}

export function PollsPage({ route, api, me, go }: PollsPageProps) {
  const polls = useMemo(() => pollsApi(api), [api]);
  const styles = usePageStyles();
  const { pt } = usePollsText();
  let content: ReactNode;
  if (route.page === 'list') content = <PollsList polls={polls} author={canAuthorPolls(me)} />;
  else if (route.page === 'new') {
    content =
      route.kind === 'poll' ? (
        <PollCreatePage polls={polls} go={go} />
      ) : route.kind === 'survey' ? (
        <SurveyCreatePage polls={polls} go={go} />
      ) : (
        <QuizCreatePage polls={polls} go={go} />
      );
  } else {
    content =
      route.kind === 'poll' ? (
        <PollResultsPage key={route.id} polls={polls} id={route.id} />
      ) : route.kind === 'survey' ? (
        <SurveyResultsPage key={route.id} polls={polls} id={route.id} />
      ) : (
        <QuizResultsPage key={route.id} polls={polls} id={route.id} />
      );
  }
  return (
    <div className={styles.page}>
      {route.page !== 'list' && <Link href="#/polls">{pt('polls.back')}</Link>}
      {content}
    </div>
  );
}

interface Row {
  kind: 'poll' | 'survey' | 'quiz';
  id: string;
  title: string;
  open: boolean;
  answers: number | undefined;
  createdAt: string;
}

function PollsList({ polls, author }: { polls: PollsApi; author: boolean }) {
  const { pt, locale } = usePollsText();
  const styles = usePageStyles();
  const [rows, setRows] = useState<Row[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    Promise.all([polls.listPolls(), polls.listSurveys(), polls.listQuizzes()])
      .then(([p, s, q]) => {
        if (!live) return;
        setRows([
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
        ]);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [polls]);
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
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {!rows && !error && <Spinner />}
      {rows &&
        (['poll', 'survey', 'quiz'] as const).map((kind) => {
          const mine = rows.filter((r) => r.kind === kind);
          const heading = pt(
            kind === 'poll'
              ? 'polls.section.polls'
              : kind === 'survey'
                ? 'polls.section.surveys'
                : 'polls.section.quizzes',
          );
          return (
            <section
              key={kind}
              className={styles.section}
              aria-label={heading}
              data-testid={`polls-list-${kind}`}
            >
              <Subtitle2 as="h2">{heading}</Subtitle2>
              {mine.length === 0 ? (
                <p>{pt('polls.empty')}</p>
              ) : (
                <Table size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{pt('polls.col.title')}</TableHeaderCell>
                      <TableHeaderCell>{pt('polls.col.status')}</TableHeaderCell>
                      <TableHeaderCell>{pt('polls.col.answers')}</TableHeaderCell>
                      <TableHeaderCell>{pt('polls.col.created')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {mine.map((r) => (
                      <TableRow key={r.id}>
                        <TableCell>
                          <Link href={`#/polls/${kind}/${encodeURIComponent(r.id)}`}>{r.title}</Link>
                        </TableCell>
                        <TableCell>{r.open ? pt('polls.open') : pt('polls.closed')}</TableCell>
                        <TableCell>{r.answers ?? '–'}</TableCell>
                        <TableCell>{date(r.createdAt)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          );
        })}
    </div>
  );
}
