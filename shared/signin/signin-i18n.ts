/** The sign-in pages' words, French and English (same keys). */
import type { Locale } from '../i18n/i18n.js';

const en = {
  'signin.page.back': 'Back to the sign-in page',
  'signin.refused.title': 'Sign-in refused',
  'signin.refused.attempt':
    'This sign-in was started in another browser, took too long or was already used. Start again from the sign-in page.',
  'signin.refused.provider':
    'The identity provider did not confirm this sign-in. Try again; if it persists, tell your administrator.',
  'signin.refused.claims':
    'The identity provider did not say which account signed in (tenant and object id, or workspace and user id).',
  'signin.refused.tenant': 'Accounts of this organisation or workspace are not allowed in this Relais.',
  'signin.refused.unknown':
    'Relais does not know this account yet. An administrator links it by syncing the directory (Entra ID or Slack), or you open Relais once in Teams or Slack. An email address alone never signs anyone in.',
  'signin.refused.inactive': 'This account is deactivated in Relais.',
  'signin.refused.taken':
    'This account was linked to someone else in the meantime. Sign in with it directly, or link another account.',
  'signin.setup.title': 'Setup link not valid',
  'signin.setup.used':
    'This setup link was already used. Each link works once; restart Relais to print a new one while no administrator exists.',
  'signin.setup.expired':
    'This setup link expired (a link is valid for one hour). Restart Relais to print a new one.',
  'signin.setup.unknown': 'This setup link is not one Relais printed.',
  'signin.setup.admin_exists':
    'Relais has an administrator already, so setup links no longer work. Sign in with your account, or ask an administrator.',
  'signin.setup.admin_name': 'First administrator',
  'signin.setup.ready.title': 'Set up Relais',
  'signin.setup.ready.body':
    'This link signs you in as the first administrator of this Relais. It works once, within an hour of being printed.',
  'signin.setup.ready.button': 'Continue as the first administrator',
  'signin.csrf.title': 'Request refused',
  'signin.csrf.body':
    'This request did not come from a Relais page opened in this browser (CSRF protection). Open the link again and use its button.',
  'signin.cli.setup_link':
    'First run: no administrator yet. Open this link to sign in as the first administrator (works once, for one hour):',
  'signin.cli.closed':
    'Console closed: Relais listens on a public interface and no sign-in is configured (SIGNIN_ENTRA_*, SIGNIN_SLACK_*).',
  'signin.closed.title': 'The console is not configured',
  'signin.closed.body':
    'Relais listens on a public interface but no sign-in is configured, so the console stays closed. Set SIGNIN_ENTRA_* or SIGNIN_SLACK_* (see README, Settings), or start on 127.0.0.1 to try it locally with the setup link.',
};

const fr: Record<keyof typeof en, string> = {
  'signin.page.back': 'Retour à la page de connexion',
  'signin.refused.title': 'Connexion refusée',
  'signin.refused.attempt':
    'Cette connexion a été commencée dans un autre navigateur, a pris trop de temps ou a déjà servi. Recommencez depuis la page de connexion.',
  'signin.refused.provider':
    'Le fournisseur d’identité n’a pas confirmé cette connexion. Réessayez ; si cela persiste, prévenez votre administrateur.',
  'signin.refused.claims':
    'Le fournisseur d’identité n’a pas indiqué quel compte s’est connecté (locataire et identifiant d’objet, ou espace de travail et identifiant d’utilisateur).',
  'signin.refused.tenant':
    'Les comptes de cette organisation ou de cet espace de travail ne sont pas admis dans ce Relais.',
  'signin.refused.unknown':
    'Relais ne connaît pas encore ce compte. Un administrateur le relie en synchronisant l’annuaire (Entra ID ou Slack), ou vous ouvrez Relais une première fois dans Teams ou Slack. Une adresse e-mail seule ne connecte jamais personne.',
  'signin.refused.inactive': 'Ce compte est désactivé dans Relais.',
  'signin.refused.taken':
    'Ce compte a été relié à quelqu’un d’autre entre-temps. Connectez-vous directement avec lui, ou reliez un autre compte.',
  'signin.setup.title': 'Lien de configuration non valable',
  'signin.setup.used':
    'Ce lien de configuration a déjà servi. Chaque lien ne fonctionne qu’une fois ; redémarrez Relais pour en afficher un nouveau tant qu’aucun administrateur n’existe.',
  'signin.setup.expired':
    'Ce lien de configuration a expiré (un lien vaut une heure). Redémarrez Relais pour en afficher un nouveau.',
  'signin.setup.unknown': 'Ce lien de configuration n’a pas été émis par Relais.',
  'signin.setup.admin_exists':
    'Relais a déjà un administrateur : les liens de configuration ne fonctionnent plus. Connectez-vous avec votre compte, ou adressez-vous à un administrateur.',
  'signin.setup.admin_name': 'Premier administrateur',
  'signin.setup.ready.title': 'Configurer Relais',
  'signin.setup.ready.body':
    'Ce lien vous connecte en tant que premier administrateur de ce Relais. Il ne fonctionne qu’une fois, dans l’heure qui suit son affichage.',
  'signin.setup.ready.button': 'Continuer en tant que premier administrateur',
  'signin.csrf.title': 'Demande refusée',
  'signin.csrf.body':
    'Cette demande ne vient pas d’une page de Relais ouverte dans ce navigateur (protection CSRF). Rouvrez le lien et utilisez son bouton.',
  'signin.cli.setup_link':
    'Premier lancement : aucun administrateur pour l’instant. Ouvrez ce lien pour vous connecter en tant que premier administrateur (valable une fois, pendant une heure) :',
  'signin.cli.closed':
    'Console fermée : Relais écoute sur une interface publique et aucune connexion n’est configurée (SIGNIN_ENTRA_*, SIGNIN_SLACK_*).',
  'signin.closed.title': 'La console n’est pas configurée',
  'signin.closed.body':
    'Relais écoute sur une interface publique mais aucune connexion n’est configurée : la console reste fermée. Renseignez SIGNIN_ENTRA_* ou SIGNIN_SLACK_* (voir le README, Paramètres), ou démarrez sur 127.0.0.1 pour l’essayer en local avec le lien de configuration.',
};

export type SigninMessage = keyof typeof en;

export const signinText = (locale: Locale, key: SigninMessage): string => (locale === 'fr' ? fr : en)[key];
