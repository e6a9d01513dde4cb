/** French strings of the tab shell: the same keys as en.ts. */
import { errorsTabFr } from '../components/errors-i18n.js';
import { homeTabFr } from '../components/home-i18n.js';
import { testSendTabFr } from '../components/test-send-i18n.js';
import { charterTabFr } from '../groups/charter/charter-i18n.js';
import { newsTabFr } from '../news/news-i18n.js';
import { signinTabFr } from '../signin/signin-i18n.js';
import type { MessageKey } from './en.js';

export const fr: Record<MessageKey, string> = {
  'app.name': 'Relais',
  'app.tagline': 'Votre intranet, directement dans Teams et Slack',
  'app.skip_to_content': 'Aller au contenu',
  'app.loading': 'Chargement de Relais…',
  'app.loading_part': 'Chargement…',
  'app.nav': 'Pages de Relais',
  'app.nav.home': 'Accueil',

  'mode.teams': 'Dans Microsoft Teams',
  'mode.standalone': 'Console autonome',

  'header.signed_in_as': 'Connecté en tant que',
  'header.api_key_session': 'Connecté avec une clé d’API (accès d’automatisation, sans profil personnel)',
  'header.roles': 'Rôles',
  'header.guest': 'Invité',
  'header.language': 'Langue d’affichage',
  'header.sign_out': 'Se déconnecter',

  'role.admin': 'Administrateur',
  'role.communicator': 'Communicant',
  'role.ambassador': 'Ambassadeur',
  'role.group_manager': 'Responsable de groupe',

  'home.title': 'Bienvenue dans Relais',
  'feature.news.title': 'Actualités',
  'feature.news.description':
    'Les actualités de l’entreprise sous forme de cartes, avec confirmation de lecture pour les plus stratégiques.',
  'feature.polls.title': 'Sondages',
  'feature.polls.description': 'Sondages rapides, enquêtes et quiz, en un clic.',
  'feature.tours.title': 'Parcours d’accueil',
  'feature.tours.description':
    'Un accompagnement pas à pas des nouveaux arrivants pendant leurs premiers jours.',

  'configure.title': 'Ajouter Relais à cette conversation',
  'configure.title_saved': 'Paramètres de cet onglet Relais',
  'configure.body':
    'L’onglet affiche la page d’accueil de Relais à tous les participants. Sélectionnez Enregistrer pour l’ajouter.',

  'signin.title': 'Connexion à la console',
  'signin.explanation':
    'Vous utilisez Relais en dehors de Microsoft Teams. Saisissez une clé d’API fournie par votre administrateur Relais (l’une des RELAIS_API_KEYS). La clé reste dans cet onglet du navigateur et est oubliée à sa fermeture.',
  'signin.key_label': 'Clé d’API',
  'signin.submit': 'Se connecter',
  'signin.checking': 'Vérification de la clé…',
  'signin.required': 'Saisissez une clé d’API.',
  'signin.rejected': 'Cette clé n’a pas été acceptée. Vérifiez-la et réessayez.',

  'error.title': 'Relais n’a pas pu charger votre profil',
  'error.network': 'Le serveur Relais est injoignable. Vérifiez votre connexion et réessayez.',
  'error.unauthenticated': 'Le serveur n’a pas accepté votre connexion ({message}).',
  'error.server': 'Le serveur a répondu par une erreur ({status} : {message}).',
  'error.sso': 'Microsoft Teams n’a pas fourni de jeton de connexion ({message}).',
  'error.retry': 'Réessayer',

  // Pages légales (/tabs/privacy, /tabs/terms) : lisibles sans connexion.
  'legal.nav': 'Informations légales',
  'legal.back_to_console': 'Retour à la console Relais',
  'legal.privacy': 'Politique de confidentialité',
  'legal.terms': 'Conditions d’utilisation',
  'legal.language': 'Langue',
  'legal.on_this_page': 'Sur cette page',
  'legal.page_title': '{title} – Relais',
  'legal.template_title': 'Un modèle que votre organisation doit relire',
  'legal.template_body':
    'Cette page décrit ce que fait le logiciel Relais. L’organisation qui déploie Relais en est responsable : elle doit la relire et la compléter (contact, base légale, durées de conservation) avant de s’y fier.',
  'legal.contact_label': 'Contact',
  'legal.term_separator': '\u00a0: ',
  'legal.contact_fallback': 'le délégué à la protection des données (DPO) de votre organisation',
  ...errorsTabFr,
  ...homeTabFr,
  ...newsTabFr,
  ...signinTabFr,
  ...charterTabFr,
  ...testSendTabFr,
};
