/**
 * What the ambassadors' parts share: their tables, the ports they named, the services of the
 * capabilities they use (news, polls, surveys and quizzes for relays, tours for the calendar
 * and the welcome tour), settings.
 */
import type { Ports } from '../capability/ports.js';
import type { Locale } from '../i18n/i18n.js';
import type { NewsService } from '../news/news-service.js';
import type { PollService } from '../polls/poll-service.js';
import type { QuizService } from '../quizzes/quiz-service.js';
import type { SurveyService } from '../surveys/survey-service.js';
import type { TourService } from '../tours/tour-service.js';
import type { AmbassadorConfig } from './ambassador-config.js';
import type { AmbassadorDb } from './ambassador-tables.js';

export type AmbassadorPorts = Pick<
  Ports,
  | 'store'
  | 'jobs'
  | 'people'
  | 'events'
  | 'messengers'
  | 'pacer'
  | 'conversations'
  | 'delivery'
  | 'logger'
  | 'consoleUrl'
  | 'audienceGroups'
>;

export interface AmbassadorContext extends AmbassadorPorts {
  db: AmbassadorDb;
  news: NewsService;
  /** polls, surveys and quizzes: relayed like news items (relay-subjects.ts) */
  polls: PollService;
  surveys: SurveyService;
  quizzes: QuizService;
  tours: TourService;
  settings: AmbassadorConfig & { defaultLocale: Locale };
}
