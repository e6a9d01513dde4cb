/** English strings of the tab shell. French in fr.ts must have the same keys (the compiler checks it). */
import { errorsTabEn } from '../components/errors-i18n.js';
import { homeTabEn } from '../components/home-i18n.js';
import { testSendTabEn } from '../components/test-send-i18n.js';
import { charterTabEn } from '../groups/charter/charter-i18n.js';
import { newsTabEn } from '../news/news-i18n.js';
import { signinTabEn } from '../signin/signin-i18n.js';

export const en = {
  'app.name': 'Relais',
  'app.tagline': 'Your intranet, right in Teams and Slack',
  'app.skip_to_content': 'Skip to content',
  'app.loading': 'Loading Relais…',
  'app.loading_part': 'Loading…',
  'app.nav': 'Relais pages',
  'app.nav.home': 'Home',

  'mode.teams': 'In Microsoft Teams',
  'mode.standalone': 'Standalone console',

  'header.signed_in_as': 'Signed in as',
  'header.api_key_session': 'Connected with an API key (automation access, no personal profile)',
  'header.roles': 'Roles',
  'header.guest': 'Guest',
  'header.sign_out': 'Sign out',
  'header.language': 'Display language',

  'role.admin': 'Administrator',
  'role.communicator': 'Communicator',
  'role.ambassador': 'Ambassador',
  'role.group_manager': 'Group manager',

  'home.title': 'Welcome to Relais',
  'feature.news.title': 'News',
  'feature.news.description': 'Company news delivered as cards, with read confirmation for strategic ones.',
  'feature.polls.title': 'Polls & surveys',
  'feature.polls.description': 'Quick polls, surveys and quizzes answered in one click.',
  'feature.tours.title': 'Welcome tours',
  'feature.tours.description': 'Step-by-step onboarding for newcomers over their first days.',

  'configure.title': 'Add Relais to this conversation',
  'configure.title_saved': 'Settings of this Relais tab',
  'configure.body': 'The tab shows the Relais home page to everyone here. Select Save to add it.',

  'signin.title': 'Sign in to the console',
  'signin.explanation':
    'You are using Relais outside Microsoft Teams. Enter an API key given by your Relais administrator (one of RELAIS_API_KEYS). The key stays in this browser tab and is forgotten when you close it.',
  'signin.key_label': 'API key',
  'signin.submit': 'Sign in',
  'signin.checking': 'Checking the key…',
  'signin.required': 'Enter an API key.',
  'signin.rejected': 'This key was not accepted. Check it and try again.',

  'error.title': 'Relais could not load your profile',
  'error.network': 'The Relais server could not be reached. Check your connection and try again.',
  'error.unauthenticated': 'The server did not accept your sign-in ({message}).',
  'error.server': 'The server answered with an error ({status}: {message}).',
  'error.sso': 'Microsoft Teams did not provide a sign-in token ({message}).',
  'error.retry': 'Try again',

  // Legal pages (/tabs/privacy, /tabs/terms): readable without signing in.
  'legal.nav': 'Legal information',
  'legal.back_to_console': 'Back to the Relais console',
  'legal.privacy': 'Privacy notice',
  'legal.terms': 'Terms of use',
  'legal.language': 'Language',
  'legal.on_this_page': 'On this page',
  'legal.page_title': '{title} – Relais',
  'legal.template_title': 'A template for your organisation to review',
  'legal.template_body':
    'This page describes what the Relais software does. The organisation that deploys Relais is responsible for it: it should review and complete it (contact, legal basis, retention periods) before relying on it.',
  'legal.contact_label': 'Contact',
  'legal.term_separator': ': ',
  'legal.contact_fallback': 'your organisation’s data protection officer',
  ...errorsTabEn,
  ...homeTabEn,
  ...newsTabEn,
  ...signinTabEn,
  ...charterTabEn,
  ...testSendTabEn,
} as const;

export type MessageKey = keyof typeof en;
