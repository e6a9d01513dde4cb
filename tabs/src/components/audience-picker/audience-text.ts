/**
 * The audience picker's French and English strings (same keys in both: the compiler checks it).
 * A text counting something has a `.one` form beside it, chosen by the language's plural rules
 * (Intl.PluralRules: French says "0 personne", "1 personne", English "0 people", "1 person").
 */
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
  'audience.groups': 'Groups (their members and guests)',
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
  'audience.reach.people.one': '{people} person',
  'audience.reach.teams': '{count} on Teams',
  'audience.reach.slack': '{count} on Slack',
  'audience.reach.unreachable': '{count} unreachable',
  'audience.reach.unreachable.one': '{count} unreachable',
  'audience.reach.no_chat_account': '{count} without a chat account',
  'audience.reach.platform_not_configured': '{count} only on a platform not connected',
  'audience.reach.channels': '{count} channels',
  'audience.reach.channels.one': '{count} channel',
  'audience.reach.nobody': 'This audience reaches nobody.',
  'audience.confirm.title': 'Send to {people} people?',
  'audience.confirm.title.one': 'Send to {people} person?',
  'audience.confirm.everyone': 'This goes to everyone in the organisation: {people} people.',
  'audience.confirm.everyone.one': 'This goes to everyone in the organisation: {people} person.',
  'audience.confirm.many': 'This goes to {people} people.',
  'audience.confirm.many.one': 'This goes to {people} person.',
  'audience.confirm.send': 'Send to {people} people',
  'audience.confirm.send.one': 'Send to {people} person',
  'audience.confirm.cancel': 'Go back',
  'audience.confirm.empty_title': 'Nobody in this audience yet',
  'audience.confirm.empty':
    'This audience reaches nobody today. It is scheduled: people who join these departments, sites or roles before it goes will receive it.',
  'audience.confirm.allow_empty': 'Keep it scheduled even if it reaches nobody now',
  'audience.confirm.schedule': 'Schedule',
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
  'audience.groups': 'Groupes (leurs membres et invités)',
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
  'audience.reach.people.one': '{people} personne',
  'audience.reach.teams': '{count} sur Teams',
  'audience.reach.slack': '{count} sur Slack',
  'audience.reach.unreachable': '{count} injoignables',
  'audience.reach.unreachable.one': '{count} injoignable',
  'audience.reach.no_chat_account': '{count} sans compte de messagerie',
  'audience.reach.platform_not_configured': '{count} seulement sur une plateforme non connectée',
  'audience.reach.channels': '{count} canaux',
  'audience.reach.channels.one': '{count} canal',
  'audience.reach.nobody': 'Ce public n’atteint personne.',
  'audience.confirm.title': 'Envoyer à {people} personnes ?',
  'audience.confirm.title.one': 'Envoyer à {people} personne ?',
  'audience.confirm.everyone': 'Cet envoi part à toute l’organisation : {people} personnes.',
  'audience.confirm.everyone.one': 'Cet envoi part à toute l’organisation : {people} personne.',
  'audience.confirm.many': 'Cet envoi part à {people} personnes.',
  'audience.confirm.many.one': 'Cet envoi part à {people} personne.',
  'audience.confirm.send': 'Envoyer à {people} personnes',
  'audience.confirm.send.one': 'Envoyer à {people} personne',
  'audience.confirm.cancel': 'Revenir',
  'audience.confirm.empty_title': 'Personne dans ce public pour l’instant',
  'audience.confirm.empty':
    'Ce public n’atteint personne aujourd’hui. L’envoi est programmé : les personnes qui rejoindront ces services, sites ou rôles d’ici là le recevront.',
  'audience.confirm.allow_empty': 'Le programmer même s’il n’atteint personne pour l’instant',
  'audience.confirm.schedule': 'Programmer',
  'audience.tour.departments_hint': 'Vide : tous les services',
  'audience.tour.sites_hint': 'Vide : tous les sites',
};

type BaseKey = Exclude<AudienceKey, `${string}.one`>;

export type AudienceText = (key: BaseKey, params?: Record<string, string | number>) => string;

/**
 * The text of `key` in `locale`: its `.one` form when the count it shows (`people`, else
 * `count`) is singular in that language; numbers written the language's way ("1 200").
 */
export function audienceText(locale: 'fr' | 'en'): AudienceText {
  const texts = locale === 'fr' ? fr : en;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const counted = params.people ?? params.count;
    const one = `${key}.one` as AudienceKey;
    const chosen =
      typeof counted === 'number' && plural.select(counted) === 'one' && one in texts ? one : key;
    return texts[chosen].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}

export function useAudienceText(): { at: AudienceText; locale: 'fr' | 'en' } {
  const { locale } = useI18n();
  const at = useCallback<AudienceText>((key, params) => audienceText(locale)(key, params), [locale]);
  return { at, locale };
}
