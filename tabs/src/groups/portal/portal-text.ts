/** The group portal page's French and English strings, kept beside it (same keys in both). */
import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n.js';

const en = {
  'portal.title': 'Portal',
  'portal.mine': 'My groups’ portals',
  'portal.mine.none': 'You are in no group.',
  'portal.of': 'The {group} portal',
  'portal.pinned': 'Pinned',
  'portal.news': 'News',
  'portal.news.none': 'No news for the group yet.',
  'portal.news.all': 'All my news',
  'portal.polls': 'Open polls',
  'portal.polls.hint': 'Each poll came to you in a chat message: answer it there.',
  'portal.polls.none': 'No open poll.',
  'portal.resources': 'Resources',
  'portal.contacts': 'Your contacts',
  'portal.contact.chat': 'Chat with {name}',
  'portal.contact.mail': 'Write to {name}',
  'portal.not_found': 'This portal does not exist or is not yours to see.',
  'portal.edit': 'Edit the portal',
  'portal.group_page': 'The group’s members, charter and history',
  'portal.edit.template': 'The group still shows its kind’s template: edit it to make it the group’s own.',
  'portal.welcome.fr': 'Welcome text in French',
  'portal.welcome.en': 'Welcome text in English',
  'portal.section': 'Section {n}',
  'portal.section.title.fr': 'Section title in French',
  'portal.section.title.en': 'Section title in English',
  'portal.section.add': 'Add a section',
  'portal.section.remove': 'Remove section {n}',
  'portal.resource.title.fr': 'Link title in French',
  'portal.resource.title.en': 'Link title in English',
  'portal.resource.url': 'Address (https://…)',
  'portal.resource.add': 'Add a link',
  'portal.resource.remove': 'Remove this link',
  'portal.pin': 'Pin {title}',
  'portal.pin.none': 'Send news to the group to pin it here.',
  'portal.save': 'Save the portal',
  'portal.saved': 'Saved.',
  'portal.tour': 'Group tour',
  'portal.tour.about':
    'Steps sent to each guest once they accepted the charter (or joined, when the group has none).',
  'portal.tour.none': 'No tour for this group.',
  'portal.tour.running': 'The group’s tour has {steps} step(s).',
  'portal.step': 'Step {n}',
  'portal.step.schedule': 'When (“first contact”, “day 2 at 09:30”…)',
  'portal.step.title': 'Title',
  'portal.step.text': 'Text',
  'portal.step.add': 'Add a step',
  'portal.step.remove': 'Remove step {n}',
  'portal.tour.save': 'Save the tour',
  'portal.tour.end': 'End the tour',
};
type PortalKey = keyof typeof en;

const fr: Record<PortalKey, string> = {
  'portal.title': 'Portail',
  'portal.mine': 'Les portails de mes groupes',
  'portal.mine.none': 'Vous n’êtes dans aucun groupe.',
  'portal.of': 'Le portail {group}',
  'portal.pinned': 'À la une',
  'portal.news': 'Actualités',
  'portal.news.none': 'Pas encore d’actualité pour le groupe.',
  'portal.news.all': 'Toutes mes actualités',
  'portal.polls': 'Sondages en cours',
  'portal.polls.hint': 'Chaque sondage vous est arrivé dans un message : répondez-y là.',
  'portal.polls.none': 'Aucun sondage en cours.',
  'portal.resources': 'Ressources',
  'portal.contacts': 'Vos interlocuteurs',
  'portal.contact.chat': 'Discuter avec {name}',
  'portal.contact.mail': 'Écrire à {name}',
  'portal.not_found': 'Ce portail n’existe pas ou ne vous est pas ouvert.',
  'portal.edit': 'Modifier le portail',
  'portal.group_page': 'Les membres, la charte et l’historique du groupe',
  'portal.edit.template':
    'Le groupe montre encore le modèle de son type : modifiez-le pour en faire le sien.',
  'portal.welcome.fr': 'Texte d’accueil en français',
  'portal.welcome.en': 'Texte d’accueil en anglais',
  'portal.section': 'Rubrique {n}',
  'portal.section.title.fr': 'Titre de la rubrique en français',
  'portal.section.title.en': 'Titre de la rubrique en anglais',
  'portal.section.add': 'Ajouter une rubrique',
  'portal.section.remove': 'Retirer la rubrique {n}',
  'portal.resource.title.fr': 'Titre du lien en français',
  'portal.resource.title.en': 'Titre du lien en anglais',
  'portal.resource.url': 'Adresse (https://…)',
  'portal.resource.add': 'Ajouter un lien',
  'portal.resource.remove': 'Retirer ce lien',
  'portal.pin': 'Épingler {title}',
  'portal.pin.none': 'Envoyez une actualité au groupe pour l’épingler ici.',
  'portal.save': 'Enregistrer le portail',
  'portal.saved': 'Enregistré.',
  'portal.tour': 'Parcours du groupe',
  'portal.tour.about':
    'Des étapes envoyées à chaque invité une fois la charte acceptée (ou à son arrivée, si le groupe n’en a pas).',
  'portal.tour.none': 'Pas de parcours pour ce groupe.',
  'portal.tour.running': 'Le parcours du groupe compte {steps} étape(s).',
  'portal.step': 'Étape {n}',
  'portal.step.schedule': 'Quand (« premier contact », « jour 2 à 09h30 »…)',
  'portal.step.title': 'Titre',
  'portal.step.text': 'Texte',
  'portal.step.add': 'Ajouter une étape',
  'portal.step.remove': 'Retirer l’étape {n}',
  'portal.tour.save': 'Enregistrer le parcours',
  'portal.tour.end': 'Arrêter le parcours',
};

export type PortalText = (key: PortalKey, params?: Record<string, string | number>) => string;

export function usePortalText(): { pt: PortalText; locale: 'fr' | 'en' } {
  const { locale } = useI18n();
  const pt = useCallback<PortalText>(
    (key, params = {}) =>
      (locale === 'fr' ? fr : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [locale],
  );
  return { pt, locale };
}
