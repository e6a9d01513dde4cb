/**
 * The tours console's French and English strings, kept beside the pages (the shell's catalogue
 * stays small). Same keys in both languages: the compiler checks it.
 */
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n.js';

const en = {
  'tours.title': 'Welcome tours',
  'tours.intro': 'Journeys that start at first contact and drip over the first weeks, in French and English.',
  'tours.new': 'New tour',
  'tours.empty': 'No tour yet.',
  'tours.col.name': 'Tour',
  'tours.col.status': 'Status',
  'tours.col.audience': 'Audience',
  'tours.col.steps': 'Steps',
  'tours.status.active': 'Active',
  'tours.status.draft': 'Draft',
  'tours.status.archived': 'Archived',
  'tours.who.newcomers': 'Newcomers',
  'tours.who.managers': 'Managers',
  'tours.who.guests': 'Guests',
  'tours.who.everyone': 'Everyone',
  'tours.trigger.first_contact': 'First contact',
  'tours.trigger.team_join': 'Added to a team',
  'tours.trigger.channel_join': 'Joined a channel',
  'tours.trigger.import': 'Imported (pre-boarding)',
  'tours.trigger.manual': 'Started by hand',
  'tours.back': 'All tours',
  'tours.edit.title': 'Edit the tour',
  'tours.edit.new_title': 'New tour',
  'tours.field.name': 'Name',
  'tours.field.description': 'Description',
  'tours.field.status': 'Status',
  'tours.field.triggers': 'Starts on',
  'tours.field.audience': 'Audience',
  'tours.field.who': 'Who',
  'tours.field.departments': 'Departments (comma-separated, empty = all)',
  'tours.field.sites': 'Sites (comma-separated, empty = all)',
  'tours.field.group': 'Group (channel or team id, guest tours)',
  'tours.steps': 'Steps',
  'tours.step': 'Step {n}',
  'tours.step.key': 'Key',
  'tours.step.schedule': 'When',
  'tours.step.schedule_help': '“first contact”, “day 1 at 09:30”, “week 2 Monday”, “day -3”, or PT30S',
  'tours.step.arrives':
    'For someone starting on {start} (first contact now), this step arrives on {date} ({zone}).',
  'tours.step.arrives_unknown': 'This schedule is not understood: {message}',
  'tours.step.only_after': 'Only after step (key)',
  'tours.step.title_fr': 'Title (French)',
  'tours.step.text_fr': 'Text (French)',
  'tours.step.title_en': 'Title (English)',
  'tours.step.text_en': 'Text (English)',
  'tours.step.task_fr': 'Task (French), reminded until done',
  'tours.step.task_en': 'Task (English)',
  'tours.step.tutorials': 'Tutorials',
  'tours.step.add': 'Add a step',
  'tours.step.remove': 'Remove',
  'tours.step.up': 'Move up',
  'tours.step.down': 'Move down',
  'tours.save': 'Save',
  'tours.saved': 'Saved (version {version}). Running journeys keep their steps.',
  'tours.apply': 'Apply to running journeys',
  'tours.applied': '{count} running journeys now follow the current steps.',
  'tours.archive': 'Archive',
  'tours.funnel': 'Funnel',
  'tours.funnel.none': 'No journey yet.',
  'tours.funnel.step': 'Step',
  'tours.funnel.reached': 'Reached',
  'tours.funnel.done': 'Done',
  'tours.funnel.skipped': 'Skipped',
  'tours.summary':
    '{total} journeys: {active} running, {completed} completed, {stopped} stopped. Completion {rate}.',
  'tours.by_department': 'Completion by department',
  'tours.by_site': 'Completion by site',
  'tours.completion.value': 'Name',
  'tours.completion.journeys': 'Journeys',
  'tours.completion.completed': 'Completed',
  'tours.completion.rate': 'Rate',
  'tours.unknown': '(unknown)',
  'tours.library': 'Tutorials and resource people',
  'tours.tutorials': 'Tutorials',
  'tours.tutorials.none': 'No tutorial yet.',
  'tours.tutorial.title_fr': 'Title (French)',
  'tours.tutorial.title_en': 'Title (English)',
  'tours.tutorial.url': 'Address',
  'tours.tutorial.kind': 'Kind',
  'tours.tutorial.link': 'Link',
  'tours.tutorial.video': 'Short video',
  'tours.tutorial.add': 'Add the tutorial',
  'tours.tutorial.remove': 'Remove',
  'tours.resources': 'Resource people',
  'tours.resources.none': 'No resource person yet.',
  'tours.resource.scope': 'For',
  'tours.resource.department': 'Department',
  'tours.resource.site': 'Site',
  'tours.resource.value': 'Name of the department or site',
  'tours.resource.person': 'Person (search by name or email)',
  'tours.resource.set': 'Set',
  'tours.resource.remove': 'Remove',
} as const;

export type ToursKey = keyof typeof en;

const fr: Record<ToursKey, string> = {
  'tours.title': 'Parcours d’accueil',
  'tours.intro':
    'Des parcours qui commencent au premier contact et se déroulent pendant les premières semaines, en français et en anglais.',
  'tours.new': 'Nouveau parcours',
  'tours.empty': 'Aucun parcours pour l’instant.',
  'tours.col.name': 'Parcours',
  'tours.col.status': 'État',
  'tours.col.audience': 'Public',
  'tours.col.steps': 'Étapes',
  'tours.status.active': 'Actif',
  'tours.status.draft': 'Brouillon',
  'tours.status.archived': 'Archivé',
  'tours.who.newcomers': 'Nouveaux arrivants',
  'tours.who.managers': 'Managers',
  'tours.who.guests': 'Invités',
  'tours.who.everyone': 'Tout le monde',
  'tours.trigger.first_contact': 'Premier contact',
  'tours.trigger.team_join': 'Ajout à une équipe',
  'tours.trigger.channel_join': 'Arrivée dans un canal',
  'tours.trigger.import': 'Import (pré-accueil)',
  'tours.trigger.manual': 'Lancé à la main',
  'tours.back': 'Tous les parcours',
  'tours.edit.title': 'Modifier le parcours',
  'tours.edit.new_title': 'Nouveau parcours',
  'tours.field.name': 'Nom',
  'tours.field.description': 'Description',
  'tours.field.status': 'État',
  'tours.field.triggers': 'Démarre lors de',
  'tours.field.audience': 'Public',
  'tours.field.who': 'Qui',
  'tours.field.departments': 'Services (séparés par des virgules, vide = tous)',
  'tours.field.sites': 'Sites (séparés par des virgules, vide = tous)',
  'tours.field.group': 'Groupe (identifiant de canal ou d’équipe, parcours invités)',
  'tours.steps': 'Étapes',
  'tours.step': 'Étape {n}',
  'tours.step.key': 'Clé',
  'tours.step.schedule': 'Quand',
  'tours.step.schedule_help':
    '« premier contact », « jour 1 à 09h30 », « semaine 2 lundi », « jour -3 », ou PT30S',
  'tours.step.arrives':
    'Pour une personne arrivant le {start} (premier contact maintenant), cette étape arrive le {date} ({zone}).',
  'tours.step.arrives_unknown': 'Ce moment n’est pas compris : {message}',
  'tours.step.only_after': 'Seulement après l’étape (clé)',
  'tours.step.title_fr': 'Titre (français)',
  'tours.step.text_fr': 'Texte (français)',
  'tours.step.title_en': 'Titre (anglais)',
  'tours.step.text_en': 'Texte (anglais)',
  'tours.step.task_fr': 'Tâche (français), rappelée jusqu’à ce qu’elle soit faite',
  'tours.step.task_en': 'Tâche (anglais)',
  'tours.step.tutorials': 'Tutoriels',
  'tours.step.add': 'Ajouter une étape',
  'tours.step.remove': 'Supprimer',
  'tours.step.up': 'Monter',
  'tours.step.down': 'Descendre',
  'tours.save': 'Enregistrer',
  'tours.saved': 'Enregistré (version {version}). Les parcours en cours gardent leurs étapes.',
  'tours.apply': 'Appliquer aux parcours en cours',
  'tours.applied': '{count} parcours en cours suivent désormais les étapes actuelles.',
  'tours.archive': 'Archiver',
  'tours.funnel': 'Entonnoir',
  'tours.funnel.none': 'Aucun parcours pour l’instant.',
  'tours.funnel.step': 'Étape',
  'tours.funnel.reached': 'Atteinte',
  'tours.funnel.done': 'Faite',
  'tours.funnel.skipped': 'Passée',
  'tours.summary':
    '{total} parcours : {active} en cours, {completed} terminés, {stopped} arrêtés. Taux d’achèvement {rate}.',
  'tours.by_department': 'Achèvement par service',
  'tours.by_site': 'Achèvement par site',
  'tours.completion.value': 'Nom',
  'tours.completion.journeys': 'Parcours',
  'tours.completion.completed': 'Terminés',
  'tours.completion.rate': 'Taux',
  'tours.unknown': '(inconnu)',
  'tours.library': 'Tutoriels et personnes ressources',
  'tours.tutorials': 'Tutoriels',
  'tours.tutorials.none': 'Aucun tutoriel pour l’instant.',
  'tours.tutorial.title_fr': 'Titre (français)',
  'tours.tutorial.title_en': 'Titre (anglais)',
  'tours.tutorial.url': 'Adresse',
  'tours.tutorial.kind': 'Type',
  'tours.tutorial.link': 'Lien',
  'tours.tutorial.video': 'Vidéo courte',
  'tours.tutorial.add': 'Ajouter le tutoriel',
  'tours.tutorial.remove': 'Supprimer',
  'tours.resources': 'Personnes ressources',
  'tours.resources.none': 'Aucune personne ressource pour l’instant.',
  'tours.resource.scope': 'Pour',
  'tours.resource.department': 'Service',
  'tours.resource.site': 'Site',
  'tours.resource.value': 'Nom du service ou du site',
  'tours.resource.person': 'Personne (chercher par nom ou e-mail)',
  'tours.resource.set': 'Définir',
  'tours.resource.remove': 'Retirer',
};

export type ToursText = (key: ToursKey, params?: Record<string, string | number>) => string;

/** The tours strings in the shell's language. */
export function useToursText(): { tt: ToursText; locale: 'fr' | 'en' } {
  const { locale } = useI18n();
  const tt = useCallback<ToursText>(
    (key, params = {}) =>
      (locale === 'fr' ? fr : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [locale],
  );
  return { tt, locale };
}

export const percent = (locale: 'fr' | 'en', rate: number): string =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(Number.isFinite(rate) ? rate : 0);

/**
 * A name written in both languages as "French / English" (the ready-made welcome tour's) shown
 * in the reader's language only; any other name as written.
 */
export function inReaderLanguage(text: string, locale: 'fr' | 'en'): string {
  const halves = text.split(' / ');
  if (halves.length !== 2 || !halves[0]?.trim() || !halves[1]?.trim()) return text;
  return (locale === 'fr' ? halves[0] : halves[1]).trim();
}
