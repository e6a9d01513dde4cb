/**
 * Ready-made surveys. `satisfaction`: the survey to send in the months after launch — how often
 * people use Relais, the features they find most useful, the groups they are in and would like,
 * who they exchange with, collaboration with external partners, overall satisfaction. Question
 * and option ids are the same in both languages, so French and English answers add up.
 */
import type { Locale } from '../i18n/i18n.js';
import type { SurveyQuestion } from './survey-model.js';

export const surveyTemplateIds = ['satisfaction'] as const;
export type SurveyTemplateId = (typeof surveyTemplateIds)[number];

export interface SurveyTemplate {
  id: SurveyTemplateId;
  title: string;
  description: string;
  questions: SurveyQuestion[];
}

type Text = Record<Locale, string>;
const opts = (list: [string, Text][], locale: Locale) =>
  list.map(([id, label]) => ({ id, label: label[locale] }));

const frequency: [string, Text][] = [
  ['daily', { fr: 'Tous les jours', en: 'Every day' }],
  ['weekly', { fr: 'Chaque semaine', en: 'Every week' }],
  ['monthly', { fr: 'Chaque mois', en: 'Every month' }],
  ['rarely', { fr: 'Rarement', en: 'Rarely' }],
  ['never', { fr: 'Jamais', en: 'Never' }],
];

const features: [string, Text][] = [
  ['news', { fr: 'Les actualités', en: 'News' }],
  ['polls', { fr: 'Les sondages, enquêtes et quiz', en: 'Polls, surveys and quizzes' }],
  ['tour', { fr: 'Le parcours d’accueil', en: 'The welcome tour' }],
  ['groups', { fr: 'Les groupes', en: 'Groups' }],
  ['ambassadors', { fr: 'Les ambassadeurs', en: 'Ambassadors' }],
  ['directory', { fr: 'L’annuaire', en: 'The directory' }],
];

const contacts: [string, Text][] = [
  ['team', { fr: 'Mon équipe', en: 'My team' }],
  ['departments', { fr: 'D’autres services', en: 'Other departments' }],
  ['sites', { fr: 'D’autres sites', en: 'Other sites' }],
  ['management', { fr: 'La direction', en: 'Management' }],
  ['partners', { fr: 'Des partenaires externes', en: 'External partners' }],
  ['nobody', { fr: 'Personne pour l’instant', en: 'Nobody yet' }],
];

const q = (
  id: string,
  kind: SurveyQuestion['kind'],
  label: Text,
  locale: Locale,
  extra: Partial<SurveyQuestion> = {},
): SurveyQuestion => ({ id, kind, label: label[locale], required: false, ...extra });

export function surveyTemplate(id: SurveyTemplateId, locale: Locale): SurveyTemplate {
  return {
    id,
    title: locale === 'fr' ? 'Votre avis sur Relais' : 'Your opinion of Relais',
    description:
      locale === 'fr'
        ? 'Quelques minutes pour nous dire comment Relais vous sert depuis son lancement et ce qu’il faut améliorer.'
        : 'A few minutes to tell us how Relais has served you since launch and what to improve.',
    questions: [
      q(
        'frequency',
        'single',
        { fr: 'À quelle fréquence utilisez-vous Relais ?', en: 'How often do you use Relais?' },
        locale,
        {
          required: true,
          options: opts(frequency, locale),
        },
      ),
      q(
        'features',
        'multiple',
        {
          fr: 'Quelles fonctions vous sont les plus utiles ?',
          en: 'Which features are the most useful to you?',
        },
        locale,
        { options: opts(features, locale), maxChoices: 3 },
      ),
      q(
        'groups_in',
        'text',
        { fr: 'De quels groupes faites-vous partie ?', en: 'Which groups are you in?' },
        locale,
      ),
      q(
        'groups_wanted',
        'text',
        {
          fr: 'Quels groupes aimeriez-vous voir créer ou rejoindre ?',
          en: 'Which groups would you like to see created or join?',
        },
        locale,
      ),
      q(
        'contacts',
        'multiple',
        { fr: 'Avec qui échangez-vous grâce à Relais ?', en: 'Who do you exchange with through Relais?' },
        locale,
        { options: opts(contacts, locale) },
      ),
      q(
        'external',
        'yes_no',
        {
          fr: 'Collaborez-vous avec des partenaires externes via Relais ?',
          en: 'Do you collaborate with external partners through Relais?',
        },
        locale,
      ),
      q(
        'external_how',
        'text',
        {
          fr: 'Comment améliorer la collaboration avec les partenaires externes ?',
          en: 'How could collaboration with external partners be improved?',
        },
        locale,
      ),
      q(
        'satisfaction',
        'rating',
        {
          fr: 'Dans l’ensemble, êtes-vous satisfait·e de Relais ?',
          en: 'Overall, how satisfied are you with Relais?',
        },
        locale,
        {
          required: true,
        },
      ),
      q(
        'recommend',
        'score',
        {
          fr: 'Recommanderiez-vous Relais à un·e collègue ?',
          en: 'How likely are you to recommend Relais to a colleague?',
        },
        locale,
      ),
      q(
        'suggestions',
        'text',
        { fr: 'Une suggestion, une remarque ?', en: 'Any suggestion or comment?' },
        locale,
      ),
    ],
  };
}
