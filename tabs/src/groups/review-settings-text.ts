/** The review settings form's French and English strings (same keys in both, checked by the compiler). */
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n.js';

const en = {
  'rset.title': 'Review settings',
  'rset.intro':
    'Guests are reviewed regularly: the managers keep or remove each one. New delays apply to the reviews that start afterwards.',
  'rset.period': 'A review every (days)',
  'rset.period.fixed': 'A review opens every {days} days (set by an administrator).',
  'rset.remind': 'Reminder to the managers after (days)',
  'rset.answer': 'Review due after (days)',
  'rset.action': 'When the review is still unanswered on its due date',
  'rset.action.report': 'Report the undecided guests to the administrators',
  'rset.action.remove': 'Remove the undecided guests',
  'rset.days': 'A whole number of days from {min} to {max}.',
  'rset.before_due': 'The reminder goes before the review is due: fewer than {days} days.',
  'rset.fix': 'Correct the fields marked in red.',
  'rset.save': 'Save the review settings',
  'rset.saved': 'Review settings saved.',
};
type ReviewSettingsKey = keyof typeof en;

const fr: Record<ReviewSettingsKey, string> = {
  'rset.title': 'Réglages des revues',
  'rset.intro':
    'Les invités sont revus régulièrement : les responsables gardent ou retirent chacun. Les nouveaux délais valent pour les revues qui commencent ensuite.',
  'rset.period': 'Une revue tous les (jours)',
  'rset.period.fixed': 'Une revue s’ouvre tous les {days} jours (réglé par un administrateur).',
  'rset.remind': 'Relance aux responsables après (jours)',
  'rset.answer': 'Échéance de la revue après (jours)',
  'rset.action': 'Si la revue reste sans réponse à son échéance',
  'rset.action.report': 'Signaler les invités non décidés aux administrateurs',
  'rset.action.remove': 'Retirer les invités non décidés',
  'rset.days': 'Un nombre entier de jours, de {min} à {max}.',
  'rset.before_due': 'La relance part avant l’échéance : moins de {days} jours.',
  'rset.fix': 'Corrigez les champs signalés en rouge.',
  'rset.save': 'Enregistrer les réglages des revues',
  'rset.saved': 'Réglages des revues enregistrés.',
};

export type ReviewSettingsText = (key: ReviewSettingsKey, params?: Record<string, string | number>) => string;

export function useReviewSettingsText(): { rt: ReviewSettingsText } {
  const { locale } = useI18n();
  const rt = useCallback<ReviewSettingsText>(
    (key, params = {}) =>
      (locale === 'fr' ? fr : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [locale],
  );
  return { rt };
}
