/** The ambassadors console's French and English strings, kept beside the pages (same keys in both). */
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n.js';

const en = {
  'amb.title': 'Ambassadors',
  'amb.feature.description': 'A network of ambassadors who relay and nudge in their teams.',
  'amb.intro': 'Colleagues who relay news to their teams and help those who need a hand.',
  'amb.roster': 'Roster',
  'amb.empty': 'No ambassador yet.',
  'amb.col.name': 'Ambassador',
  'amb.col.scope': 'Scope',
  'amb.col.status': 'Status',
  'amb.col.action': 'Action',
  'amb.status.nominated': 'Nominated',
  'amb.status.active': 'Active',
  'amb.status.paused': 'Paused',
  'amb.status.stepped_down': 'Stepped down',
  'amb.status.refused': 'Refused',
  'amb.pause': 'Pause',
  'amb.resume': 'Resume',
  'amb.approve': 'Approve',
  'amb.add': 'Add an ambassador',
  'amb.add.person': 'Person id',
  'amb.add.departments': 'Departments (comma separated; empty: their own)',
  'amb.add.sites': 'Sites (comma separated; empty: their own)',
  'amb.add.submit': 'Add',
  'amb.campaigns': 'Relay campaigns',
  'amb.campaigns.empty': 'No relay campaign yet.',
  'amb.col.item': 'Item',
  'amb.col.asked': 'Asked',
  'amb.col.relayed': 'Relayed',
  'amb.col.snoozed': 'Snoozed',
  'amb.col.declined': 'Declined',
  'amb.me': 'My ambassador page',
  'amb.me.intro': 'What you did for your colleagues since you became an ambassador. Thank you!',
  'amb.me.none': 'You are not an ambassador: ask your Relais administrator, or type "ambassadors" in chat.',
  'amb.fig.relays': 'Relays',
  'amb.fig.reach': 'People in the channels you shared into',
  'amb.fig.reach_unknown': 'Channel relays whose audience is not known',
  'amb.fig.helped': 'Colleagues helped',
  'amb.fig.returned': 'Colleagues back within 7 days of a nudge',
  'amb.board': 'Leaderboard',
  'amb.board.department': 'Department (empty: all)',
  'amb.board.empty': 'Nobody on the leaderboard yet.',
  'amb.col.rank': 'Rank',
  'amb.board.leave': 'Leave the leaderboard',
  'amb.board.join': 'Appear on the leaderboard',
  'amb.board.left': 'You are not listed on the leaderboard.',
} as const;

export type AmbassadorsKey = keyof typeof en;

const fr: Record<AmbassadorsKey, string> = {
  'amb.title': 'Ambassadeurs',
  'amb.feature.description': 'Un réseau d’ambassadeurs qui relaient et relancent dans leurs équipes.',
  'amb.intro':
    'Les collègues qui relaient les actualités dans leurs équipes et aident ceux qui en ont besoin.',
  'amb.roster': 'Liste des ambassadeurs',
  'amb.empty': 'Aucun ambassadeur pour l’instant.',
  'amb.col.name': 'Ambassadeur',
  'amb.col.scope': 'Périmètre',
  'amb.col.status': 'État',
  'amb.col.action': 'Action',
  'amb.status.nominated': 'Proposé',
  'amb.status.active': 'Actif',
  'amb.status.paused': 'En pause',
  'amb.status.stepped_down': 'A quitté le rôle',
  'amb.status.refused': 'Refusé',
  'amb.pause': 'Mettre en pause',
  'amb.resume': 'Reprendre',
  'amb.approve': 'Approuver',
  'amb.add': 'Ajouter un ambassadeur',
  'amb.add.person': 'Identifiant de la personne',
  'amb.add.departments': 'Services (séparés par des virgules ; vide : le sien)',
  'amb.add.sites': 'Sites (séparés par des virgules ; vide : le sien)',
  'amb.add.submit': 'Ajouter',
  'amb.campaigns': 'Campagnes de relais',
  'amb.campaigns.empty': 'Aucune campagne de relais pour l’instant.',
  'amb.col.item': 'Élément',
  'amb.col.asked': 'Sollicités',
  'amb.col.relayed': 'Relayés',
  'amb.col.snoozed': 'Reportés',
  'amb.col.declined': 'Déclinés',
  'amb.me': 'Ma page d’ambassadeur',
  'amb.me.intro': 'Ce que vous avez fait pour vos collègues depuis que vous êtes ambassadeur. Merci !',
  'amb.me.none':
    'Vous n’êtes pas ambassadeur : demandez à votre administrateur Relais, ou tapez « ambassadeurs » dans le chat.',
  'amb.fig.relays': 'Relais',
  'amb.fig.reach': 'Personnes dans les canaux où vous avez partagé',
  'amb.fig.reach_unknown': 'Relais en canal dont l’audience est inconnue',
  'amb.fig.helped': 'Collègues aidés',
  'amb.fig.returned': 'Collègues revenus dans les 7 jours suivant un coup de pouce',
  'amb.board': 'Classement',
  'amb.board.department': 'Service (vide : tous)',
  'amb.board.empty': 'Personne au classement pour l’instant.',
  'amb.col.rank': 'Rang',
  'amb.board.leave': 'Quitter le classement',
  'amb.board.join': 'Apparaître au classement',
  'amb.board.left': 'Vous n’apparaissez pas au classement.',
};

export type AmbassadorsText = (key: AmbassadorsKey) => string;

export function useAmbassadorsText(): { at: AmbassadorsText } {
  const { locale } = useI18n();
  const at = useCallback<AmbassadorsText>((key) => (locale === 'fr' ? fr : en)[key], [locale]);
  return { at };
}
