/**
 * Results pages. Poll results are live: the page reads the REST results again every few seconds
 * while it is open. Surveys show counts, averages, the NPS and free-text answers; quizzes the
 * share of right answers and the leaderboard. CSV exports download through the API client.
 */
import {
  Button,
  Field,
  MessageBar,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  Title2,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { describeError } from '../components/describe-error.js';
import { TestSendButton } from '../components/test-send-button.js';
import { useI18n } from '../i18n/i18n.js';
import { downloadCsv, type Poll, type PollResults, type PollsApi } from './polls-api.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';
import { PostElsewhere } from './post-elsewhere.js';
import { SurveyPreview } from './survey-preview.js';

const REFRESH_MS = 3_000;

function Bars({
  options,
  total,
}: {
  options: { id: string; label: string; count: number }[];
  total: number;
}) {
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {options.map((o) => (
        <li key={o.id} data-testid="result-option">
          <Field label={`${o.label} — ${o.count}`} validationState="none">
            <ProgressBar value={total ? o.count / total : 0} thickness="large" />
          </Field>
        </li>
      ))}
    </ul>
  );
}

export function PollResultsPage({ polls, id }: { polls: PollsApi; id: string }) {
  const { pt, locale } = usePollsText();
  const styles = usePageStyles();
  const poll = useLoad((signal) => polls.getPoll(id, signal), [id]);
  const results = useLoad<PollResults | null>(
    (signal) =>
      polls
        .pollResults(id, signal)
        // results hidden from this person until they vote or the poll closes
        .catch((e: { code?: string }) => (e.code === 'forbidden' ? null : Promise.reject(e))),
    [id],
    { every: REFRESH_MS },
  );
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const { t } = useI18n();
  const p: Poll | undefined = poll.data?.poll;
  if (poll.error) return <MessageBar intent="error">{describeError(poll.error, t)}</MessageBar>;
  if (!p) return <Spinner label={t('app.loading_part')} />;
  const counts = results.data?.counts ?? {};
  const voters = results.data?.voters ?? 0;
  const recipients = results.data?.recipients ?? null;
  const remind = async () => {
    try {
      const { queued } = await polls.remind(id);
      setNotice({ ok: true, text: pt('polls.reminded', { count: queued }) });
    } catch (e) {
      setNotice({ ok: false, text: describeError(e as Error, t) });
    }
  };
  const act = async (verb: 'close' | 'reopen') => {
    try {
      await polls.setPoll(id, verb);
    } catch (e) {
      setNotice({ ok: false, text: describeError(e as Error, t) });
    }
    poll.reload();
    results.reload();
  };
  return (
    <div className={styles.stack}>
      <Title2 as="h1">{p.question}</Title2>
      <Text>{p.closedAt ? pt('polls.closed') : pt('polls.open')}</Text>
      <Subtitle2 as="h2">{pt('polls.results')}</Subtitle2>
      {results.data === null ? (
        <MessageBar>{pt('polls.hidden')}</MessageBar>
      ) : (
        <>
          <Text data-testid="poll-voters">
            {recipients
              ? pt('polls.participation', {
                  voters,
                  recipients,
                  rate: new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
                    style: 'percent',
                  }).format(voters / recipients),
                })
              : pt('polls.voters', { count: voters })}
          </Text>
          <Bars
            options={p.options.map((o) => ({ id: o.id, label: o.label, count: counts[o.id] ?? 0 }))}
            total={voters}
          />
          <Text size={200}>{pt('polls.live')}</Text>
        </>
      )}
      <div className={styles.row}>
        <Button onClick={() => act(p.closedAt ? 'reopen' : 'close')}>
          {p.closedAt ? pt('polls.reopen') : pt('polls.close')}
        </Button>
        <Button onClick={async () => downloadCsv(await polls.pollCsv(id), `poll-${id}.csv`)}>
          {pt('polls.csv')}
        </Button>
        {!p.anonymous && (
          <Button onClick={async () => downloadCsv(await polls.pollVotersCsv(id), `poll-${id}-voters.csv`)}>
            {pt('polls.voters_csv')}
          </Button>
        )}
        {recipients !== null && !p.closedAt && (
          <Button onClick={() => void remind()} data-testid="poll-remind">
            {pt('polls.remind')}
          </Button>
        )}
      </div>
      {notice && (
        <MessageBar intent={notice.ok ? 'success' : 'error'} data-testid="poll-notice">
          {notice.text}
        </MessageBar>
      )}
      <TestSendButton send={(language) => polls.pollTest(id, language)} />
      {!p.closedAt && <PostElsewhere polls={polls} id={id} />}
    </div>
  );
}

export function SurveyResultsPage({ polls, id }: { polls: PollsApi; id: string }) {
  const { pt } = usePollsText();
  const styles = usePageStyles();
  const survey = useLoad((signal) => polls.getSurvey(id, signal), [id]);
  const results = useLoad((signal) => polls.surveyResults(id, signal), [id], { every: REFRESH_MS });
  const { t } = useI18n();
  const [actionFailure, setActionFailure] = useState<string>();
  const failure = survey.error ?? results.error;
  if (failure) return <MessageBar intent="error">{describeError(failure, t)}</MessageBar>;
  if (!survey.data || !results.data) return <Spinner label={t('app.loading_part')} />;
  const open = survey.data.status === 'open';
  return (
    <div className={styles.stack}>
      <Title2 as="h1">{survey.data.title}</Title2>
      <Text data-testid="survey-respondents">
        {pt('polls.respondents', { count: results.data.respondents })}
      </Text>
      {results.data.questions.map((q) => (
        <section key={q.questionId} className={styles.stack}>
          <Subtitle2 as="h2">{q.label}</Subtitle2>
          {q.options && <Bars options={q.options} total={q.answered} />}
          {q.average !== undefined && q.average !== null && (
            <Text>{pt('polls.average', { value: q.average })}</Text>
          )}
          {q.nps && q.nps.score !== null && <Text>{pt('polls.nps', { value: q.nps.score })}</Text>}
          {q.texts && q.texts.length > 0 && (
            <ul aria-label={pt('polls.texts')}>
              {q.texts.slice(0, 50).map((text, i) => (
                // read-only answers, re-rendered whole on each refresh: the position is enough
                // biome-ignore lint/suspicious/noArrayIndexKey: static, read-only list
                <li key={i}>{text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {actionFailure && (
        <MessageBar intent="error" data-testid="results-action-error">
          {actionFailure}
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          onClick={async () => {
            setActionFailure(undefined);
            await polls
              .setSurvey(id, open ? 'close' : 'reopen')
              .catch((e: Error) => setActionFailure(describeError(e, t)));
            survey.reload();
          }}
        >
          {open ? pt('polls.close') : pt('polls.reopen')}
        </Button>
        <Button onClick={async () => downloadCsv(await polls.surveyCsv(id), `survey-${id}.csv`)}>
          {pt('polls.csv')}
        </Button>
      </div>
      <TestSendButton send={(language) => polls.surveyTest(id, language)} />
      <SurveyPreview
        title={survey.data.title}
        description={survey.data.description ?? undefined}
        questions={survey.data.questions.map((q) => ({
          kind: q.kind,
          label: q.label,
          required: q.required,
          options: q.options?.map((o) => o.label),
        }))}
      />
    </div>
  );
}

export function QuizResultsPage({ polls, id }: { polls: PollsApi; id: string }) {
  const { pt } = usePollsText();
  const styles = usePageStyles();
  const quiz = useLoad((signal) => polls.getQuiz(id, signal), [id]);
  const results = useLoad((signal) => polls.quizResults(id, signal), [id], { every: REFRESH_MS });
  const board = useLoad((signal) => polls.quizLeaderboard(id, signal), [id], { every: REFRESH_MS });
  const { t } = useI18n();
  const [actionFailure, setActionFailure] = useState<string>();
  const failure = quiz.error ?? results.error;
  if (failure) return <MessageBar intent="error">{describeError(failure, t)}</MessageBar>;
  if (!quiz.data || !results.data) return <Spinner label={t('app.loading_part')} />;
  const open = quiz.data.status === 'open';
  return (
    <div className={styles.stack}>
      <Title2 as="h1">{quiz.data.title}</Title2>
      <Text>{pt('polls.participants', { count: results.data.participants })}</Text>
      {results.data.averageScore !== null && (
        <Text>{pt('quiz.average', { value: results.data.averageScore })}</Text>
      )}
      {results.data.questions.map((q) => (
        <section key={q.questionId} className={styles.stack}>
          <Subtitle2 as="h2">{q.label}</Subtitle2>
          <Text>{pt('quiz.correct', { count: q.correct })}</Text>
          <Bars
            options={q.options.map((o) => ({ ...o, label: `${o.correct ? '✓ ' : ''}${o.label}` }))}
            total={q.answered}
          />
        </section>
      ))}
      <Subtitle2 as="h2">{pt('quiz.leaderboard')}</Subtitle2>
      {board.error && (
        <MessageBar intent="error" data-testid="quiz-leaderboard-error">
          {describeError(board.error, t)}
        </MessageBar>
      )}
      <ol>
        {board.data?.entries.map((e) => (
          <li key={e.rank}>
            {e.displayName} — {e.score}
          </li>
        ))}
      </ol>
      {actionFailure && (
        <MessageBar intent="error" data-testid="results-action-error">
          {actionFailure}
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          onClick={async () => {
            setActionFailure(undefined);
            await polls
              .setQuiz(id, open ? 'close' : 'reopen')
              .catch((e: Error) => setActionFailure(describeError(e, t)));
            quiz.reload();
          }}
        >
          {open ? pt('polls.close') : pt('polls.reopen')}
        </Button>
      </div>
    </div>
  );
}
