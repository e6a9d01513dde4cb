/**
 * The polls console: the list of polls, surveys and quizzes, and the page the hash names
 * (creation forms, results). Authoring is for communicators and administrators (an API key acts
 * as one); the server checks again on every call.
 */
import { Link } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';
import { isAdministrator, isOrganisationAuthor } from '../api/roles.js';
import type { CapabilityPageProps } from '../capability.js';
import { ItemActions } from '../components/item-actions.js';
import { PollCreatePage } from './poll-create.js';
import { pollsApi } from './polls-api.js';
import { PollsListPage } from './polls-list-page.js';
import { pollsRouteOf } from './polls-route.js';
import { usePageStyles } from './polls-styles.js';
import { usePollsText } from './polls-text.js';
import { QuizCreatePage } from './quiz-create.js';
import { PollResultsPage, QuizResultsPage, SurveyResultsPage } from './results-pages.js';
import { SurveyCreatePage } from './survey-create.js';

export function PollsPage({ hash, api, me, go }: CapabilityPageProps) {
  const admin = isAdministrator(me);
  const polls = useMemo(() => pollsApi(api, { rawConversationIds: admin }), [api, admin]);
  const styles = usePageStyles();
  const { pt } = usePollsText();
  const route = pollsRouteOf(hash);
  if (!route) return null;
  let content: ReactNode;
  if (route.page === 'list') content = <PollsListPage polls={polls} author={isOrganisationAuthor(me)} />;
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
      {route.page === 'results' && (
        <ItemActions api={api} me={me} subjectType={route.kind} subjectId={route.id} />
      )}
    </div>
  );
}
