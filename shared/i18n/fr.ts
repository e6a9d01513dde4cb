/** French catalogue: the same keys as en.ts (checked by the compiler). */

import { dialogFr } from '../actions/dialog-i18n.js';
import { ambassadorsFr } from '../ambassadors/ambassadors-i18n.js';
import { audiencesFr } from '../audiences/audiences-i18n.js';
import { testSendFr } from '../delivery/test-send-i18n.js';
import { directoryFr } from '../directory/directory-i18n.js';
import { groupGuestsFr } from '../groups/charter/guests-i18n.js';
import { groupsFr } from '../groups/groups-i18n.js';
import { groupInvitationsFr } from '../groups/invitations/invitations-i18n.js';
import { groupPortalFr } from '../groups/portal/portal-i18n.js';
import { insightsFr } from '../insights/insights-i18n.js';
import { newsFr } from '../news/news-i18n.js';
import { pollsFr } from '../polls/polls-i18n.js';
import { quizzesFr } from '../quizzes/quizzes-i18n.js';
import { surveysFr } from '../surveys/surveys-i18n.js';
import { toursFr } from '../tours/tours-i18n.js';
import { apiErrorsFr } from './api-errors-i18n.js';
import type { Catalogue } from './i18n.js';

export const fr: Catalogue = {
  'app.name': 'Relais',

  'help.title': 'Bienvenue dans Relais',
  'help.intro':
    'Bonjour {name} ! Relais apporte les actualités, sondages et parcours d’accueil de votre organisation dans votre messagerie.',
  'help.commands': 'Commandes : {commands}.',
  'help.command.help': 'aide',
  'help.command.news': 'actus',
  'help.command.poll': 'sondage',
  'help.command.tour': 'parcours',
  'help.command.survey': 'enquête',
  'help.command.quiz': 'quiz',
  'help.command.groups': 'groupes',
  'help.command.dashboard': 'tableau-de-bord',
  'help.command.ambassadors': 'ambassadeurs',
  'help.topics': 'Choisissez un sujet pour en savoir plus :',
  'help.topic.news': 'Actualités',
  'help.topic.polls': 'Sondages',
  'help.topic.tours': 'Parcours d’accueil',
  'help.topic.news.body':
    'Les actualités de votre organisation arrivent ici sous forme de cartes. Les actualités stratégiques vous demandent de confirmer leur lecture.',
  'help.topic.polls.body':
    'Répondez aux sondages, enquêtes et quiz en un clic, directement dans la conversation.',
  'help.topic.tours.body': 'Votre parcours d’accueil vous guide pendant vos premiers jours, étape par étape.',
  'help.topic.platform': 'Où je reçois mes messages',
  'help.topic.platform.body':
    'Si vous utilisez Relais sur Teams et sur Slack, chaque message vous arrive une seule fois, sur la plateforme de votre choix.',
  'help.platform.teams': 'Teams',
  'help.platform.slack': 'Slack',
  'help.platform.auto': 'Là où j’ai utilisé Relais en dernier',
  'help.platform.now_chosen': 'Vos messages arrivent sur **{platform}**, comme vous l’avez choisi.',
  'help.platform.now_auto': 'Vos messages arrivent là où vous avez utilisé Relais en dernier.',
  'help.platform.only_one': 'Vous utilisez Relais sur une seule plateforme : vos messages y arrivent.',
  'help.back': 'Retour',
  'help.console': 'Ouvrir la console',
  'help.footer': 'Tapez **aide** à tout moment.',

  'command.unknown': 'Je n’ai pas compris « {text} ». Tapez **aide** pour voir ce que je sais faire.',
  'command.coming_soon': 'La commande **{command}** n’est pas encore disponible.',

  'home.title': 'Relais',
  'home.welcome': 'Bonjour {name}, voici les nouveautés pour vous.',

  'install.welcome': 'Merci d’avoir ajouté Relais ! Tapez **aide** pour commencer.',

  'error.generic': 'Une erreur est survenue. Merci de réessayer dans un instant.',
  'error.forbidden': 'Vous n’avez pas le droit de faire cela.',
  'error.csrf_failed':
    'Cette demande n’a pas le jeton CSRF de la session de la console : rechargez la page et réessayez.',
  'error.unknown_action': 'Ce bouton n’est plus disponible.',

  'people.import.done': '{created} créées, {updated} mises à jour, {failed} rejetées',

  // tab shell (shared/http/tabs-router.ts): page servie quand tabs/dist n’a pas été construit
  'tab.not_built.title': 'Les onglets Relais ne sont pas encore construits',
  'tab.not_built.body':
    'Le serveur fonctionne, mais l’interface web n’a pas été construite. Un administrateur peut la construire avec `npm run build` (ou démarrer avec `npm start`, qui la construit d’abord), puis recharger cette page.',

  // Manifeste de l’app Slack (manifests/slack/manifest.ts) : les manifestes Slack ne sont pas
  // localisables, le manifeste est donc écrit dans une langue, choisie à sa génération
  'manifest.slack.description':
    'Actualités, sondages et parcours d’accueil pour toute votre organisation, dans Slack.',
  'manifest.slack.long_description':
    'Relais fait entrer la communication interne dans Slack. Les communicants publient des actualités qui atteignent chaque salarié, invité et partenaire sous forme de message à confirmer. Sondages, enquêtes et quiz se répondent en un clic, directement dans la conversation. Les nouveaux arrivants suivent un parcours d’accueil, une étape par jour, ambassadeurs et groupes font vivre les communautés, et un tableau de bord montre la portée et l’adoption. Tapez /relais aide pour commencer, ou ouvrez l’onglet Accueil.',
  'manifest.slack.command_description': 'Actualités, sondages, parcours d’accueil et plus',
  'manifest.slack.shortcut.poll.name': 'Créer un sondage',
  'manifest.slack.shortcut.poll.description': 'Posez une question et recueillez les réponses en un clic',
  'manifest.slack.shortcut.news.name': 'Partager en actualité',
  'manifest.slack.shortcut.news.description': 'Faire de ce message une actualité pour votre public',

  // Adaptateur Slack (bots/slack) : pages affichées après l’installation multi-espaces
  'slack.install.success':
    'Relais est installé dans votre espace de travail Slack. Vous pouvez fermer cette page et ouvrir Relais dans Slack.',
  'slack.install.failure': 'Relais n’a pas pu être installé dans Slack. Veuillez recommencer l’installation.',

  // Adaptateur Teams (bots/teams) : réponse à un bouton de carte dont l’action ne renvoie ni carte ni message
  'teams.action.done': 'C’est fait.',

  // Commun : boutons génériques (fermer une fenêtre modale Slack...)
  'common.close': 'Fermer',
  ...dialogFr,
  ...newsFr,
  ...directoryFr,
  ...audiencesFr,
  ...testSendFr,
  ...ambassadorsFr,
  ...insightsFr,
  ...groupGuestsFr,
  ...pollsFr,
  ...surveysFr,
  ...quizzesFr,
  ...toursFr,
  ...groupsFr,
  ...groupInvitationsFr,
  ...groupPortalFr,
  ...apiErrorsFr,
};
