/** The list of polls, surveys and quizzes, one section each; authors also get the creation buttons. */
import {
  Button,
  Link,
  MessageBar,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PollsApi } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';

interface Row {
  kind: 'poll' | 'survey' | 'quiz';
  id: string;
  title: string;
  open: boolean;
  answers: number | undefined;
  createdAt: string;
}

export function PollsListPage({ polls, author }: { polls: PollsApi; author: boolean }) {
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
