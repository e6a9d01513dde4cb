/** English catalogue. Keys are grouped by feature; French in fr.ts must have the same keys. */

import { dialogEn } from '../actions/dialog-i18n.js';
import { ambassadorsEn } from '../ambassadors/ambassadors-i18n.js';
import { audiencesEn } from '../audiences/audiences-i18n.js';
import { testSendEn } from '../delivery/test-send-i18n.js';
import { directoryEn } from '../directory/directory-i18n.js';
import { groupGuestsEn } from '../groups/charter/guests-i18n.js';
import { groupsEn } from '../groups/groups-i18n.js';
import { groupInvitationsEn } from '../groups/invitations/invitations-i18n.js';
import { groupPortalEn } from '../groups/portal/portal-i18n.js';
import { insightsEn } from '../insights/insights-i18n.js';
import { newsEn } from '../news/news-i18n.js';
import { pollsEn } from '../polls/polls-i18n.js';
import { quizzesEn } from '../quizzes/quizzes-i18n.js';
import { surveysEn } from '../surveys/surveys-i18n.js';
import { toursEn } from '../tours/tours-i18n.js';
import { apiErrorsEn } from './api-errors-i18n.js';
export const en = {
  'app.name': 'Relais',

  'help.title': 'Welcome to Relais',
  'help.intro':
    'Hello {name}! Relais brings your organisation’s news, polls and welcome tours into your chat.',
  'help.commands': 'Commands: {commands}.',
  'help.command.help': 'help',
  'help.command.news': 'news',
  'help.command.poll': 'poll',
  'help.command.tour': 'tour',
  'help.command.survey': 'survey',
  'help.command.quiz': 'quiz',
  'help.command.groups': 'groups',
  'help.command.dashboard': 'dashboard',
  'help.command.ambassadors': 'ambassadors',
  'help.topics': 'Pick a topic to learn more:',
  'help.topic.news': 'News',
  'help.topic.polls': 'Polls',
  'help.topic.tours': 'Welcome tour',
  'help.topic.news.body':
    'News from your organisation arrives here as cards. Strategic news asks you to confirm you have read it.',
  'help.topic.polls.body': 'Answer polls, surveys and quizzes in one click, right in the conversation.',
  'help.topic.tours.body': 'Your welcome tour guides you through your first days, one step at a time.',
  'help.topic.platform': 'Where I get my messages',
  'help.topic.platform.body':
    'If you use Relais on both Teams and Slack, each message comes to you once, on the platform you choose.',
  'help.platform.teams': 'Teams',
  'help.platform.slack': 'Slack',
  'help.platform.auto': 'Where I used Relais last',
  'help.platform.now_chosen': 'Your messages come on **{platform}**, as you chose.',
  'help.platform.now_auto': 'Your messages come where you used Relais last.',
  'help.platform.only_one': 'You use Relais on one platform only: your messages come there.',
  'help.back': 'Back',
  'help.console': 'Open the console',
  'help.footer': 'Type **help** at any time.',

  'command.unknown': 'I did not understand “{text}”. Type **help** to see what I can do.',
  'command.coming_soon': 'The **{command}** command is not available yet.',

  'home.title': 'Relais',
  'home.welcome': 'Hello {name}, here is what is new for you.',

  'install.welcome': 'Thanks for adding Relais! Type **help** to get started.',

  'error.generic': 'Something went wrong. Please try again in a moment.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.csrf_failed': 'This request lacks the console session’s CSRF token: reload the page and try again.',
  'error.unknown_action': 'This button is no longer available.',

  'people.import.done': '{created} created, {updated} updated, {failed} rejected',

  // tab shell (shared/http/tabs-router.ts): page served when tabs/dist was not built
  'tab.not_built.title': 'The Relais tabs are not built yet',
  'tab.not_built.body':
    'The server is running, but the web front end has not been built. An administrator can build it with `npm run build` (or start with `npm start`, which builds it first), then reload this page.',

  // Slack app manifest (manifests/slack/manifest.ts): Slack manifests have no localization, so
  // the manifest is written in one language, chosen when it is generated
  'manifest.slack.description': 'News, polls and welcome tours for your whole organisation, right in Slack.',
  'manifest.slack.long_description':
    'Relais brings internal communication into Slack. Communicators publish news that reaches every employee, guest and partner as a message they can acknowledge. Polls, surveys and quizzes are answered in one click, right in the conversation. Newcomers follow a welcome tour, one step a day, ambassadors and groups keep communities alive, and a dashboard shows reach and adoption. Type /relais help to get started, or open the Home tab.',
  'manifest.slack.command_description': 'News, polls, welcome tours and more',
  'manifest.slack.shortcut.poll.name': 'Create a poll',
  'manifest.slack.shortcut.poll.description': 'Ask a question and collect answers in one click',
  'manifest.slack.shortcut.news.name': 'Share as news',
  'manifest.slack.shortcut.news.description': 'Turn this message into a news item for your audience',

  // Slack adapter (bots/slack): pages shown after the multi-workspace install
  'slack.install.success':
    'Relais is installed in your Slack workspace. You can close this page and open Relais in Slack.',
  'slack.install.failure': 'Relais could not be installed in Slack. Please start the installation again.',

  // Teams adapter (bots/teams): answer to a card button whose handler returned neither card nor notice
  'teams.action.done': 'Done.',

  // common: generic buttons (closing a Slack modal...)
  'common.close': 'Close',
  ...dialogEn,
  ...newsEn,
  ...directoryEn,
  ...audiencesEn,
  ...testSendEn,
  ...ambassadorsEn,
  ...insightsEn,
  ...groupGuestsEn,
  ...pollsEn,
  ...surveysEn,
  ...quizzesEn,
  ...toursEn,
  ...groupsEn,
  ...groupInvitationsEn,
  ...groupPortalEn,
  ...apiErrorsEn,
} as const;
