/** The audience picker's French and English strings (same keys in both: the compiler checks it). */
import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n.js';

const en = {
  'audience.title': 'Audience',
  'audience.everyone': 'Everyone in the organisation',
  'audience.everyone_hint':
    'Everyone excludes the other choices: turn it off to choose departments, sites, roles or people.',
  'audience.departments': 'Departments',
  'audience.sites': 'Sites',
  'audience.roles': 'Roles',
  'audience.people': 'People',
  'audience.search': 'Type to search',
  'audience.no_match': 'Nothing in the directory matches',
  'audience.option_count': '{name} ({count})',
  'audience.remove': 'Remove {name}',
  'audience.include_guests': 'Include the guests of these departments, sites or roles',
  'audience.role.admin': 'Administrators',
  'audience.role.communicator': 'Communicators',
  'audience.role.ambassador': 'Ambassadors',
  'audience.role.group_manager': 'Group managers',
  'audience.reach.none': 'Choose who receives it.',
  'audience.reach.counting': 'Counting…',
  'audience.reach.people': '{people} people',
  'audience.reach.one_person': '1 person',
  'audience.reach.teams': '{count} on Teams',
  'audience.reach.slack': '{count} on Slack',
  'audience.reach.unreachable': '{count} unreachable',
  'audience.reach.no_chat_account': '{count} without a chat account',
  'audience.reach.platform_not_configured': '{count} only on a platform not connected',
  'audience.reach.channels': '{count} channels',
  'audience.reach.nobody': 'This audience reaches nobody.',
  'audience.confirm.title': 'Send to {people} people?',
  'audience.confirm.everyone': 'This goes to everyone in the organisation: {people} people.',
  'audience.confirm.many': 'This goes to {people} people.',
  'audience.confirm.send': 'Send to {people} people',
  'audience.confirm.cancel': 'Go back',
  'audience.tour.departments_hint': 'Empty: every department',
  'audience.tour.sites_hint': 'Empty: every site',
} as const;

export type AudienceKey = keyof typeof en;

const fr: Record<AudienceKey, string> = {
  'audience.title': 'Public',
  'audience.everyone': 'Toute l’organisation',
  'audience.everyone_hint':
    'Toute l’organisation exclut les autres choix : désactivez-la pour choisir des services, sites, rôles ou personnes.',
  'audience.departments': 'Services',
  'audience.sites': 'Sites',
  'audience.roles': 'Rôles',
  'audience.people': 'Personnes',
  'audience.search': 'Tapez pour chercher',
  'audience.no_match': 'Rien dans l’annuaire ne correspond',
  'audience.option_count': '{name} ({count})',
  'audience.remove': 'Retirer {name}',
  'audience.include_guests': 'Inclure les invités de ces services, sites ou rôles',
  'audience.role.admin': 'Administrateurs',
  'audience.role.communicator': 'Communicants',
  'audience.role.ambassador': 'Ambassadeurs',
  'audience.role.group_manager': 'Responsables de groupe',
  'audience.reach.none': 'Choisissez qui le reçoit.',
  'audience.reach.counting': 'Décompte…',
  'audience.reach.people': '{people} personnes',
  'audience.reach.one_person': '1 personne',
  'audience.reach.teams': '{count} sur Teams',
  'audience.reach.slack': '{count} sur Slack',
  'audience.reach.unreachable': '{count} injoignables',
  'audience.reach.no_chat_account': '{count} sans compte de messagerie',
  'audience.reach.platform_not_configured': '{count} seulement sur une plateforme non connectée',
  'audience.reach.channels': '{count} canaux',
  'audience.reach.nobody': 'Ce public n’atteint personne.',
  'audience.confirm.title': 'Envoyer à {people} personnes ?',
  'audience.confirm.everyone': 'Cet envoi part à toute l’organisation : {people} personnes.',
  'audience.confirm.many': 'Cet envoi part à {people} personnes.',
  'audience.confirm.send': 'Envoyer à {people} personnes',
  'audience.confirm.cancel': 'Revenir',
  'audience.tour.departments_hint': 'Vide : tous les services',
  'audience.tour.sites_hint': 'Vide : tous les sites',
};

export type AudienceText = (key: AudienceKey, params?: Record<string, string | number>) => string;

export function useAudienceText(): { at: AudienceText; locale: 'fr' | 'en' } {
  const { locale } = useI18n();
  const at = useCallback<AudienceText>(
    (key, params = {}) =>
      (locale === 'fr' ? fr : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [locale],
  );
  return { at, locale };
}
