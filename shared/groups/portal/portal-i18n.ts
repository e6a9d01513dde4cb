/** A group portal's strings in English and French (same keys), spread into shared/i18n/en.ts and fr.ts. */
export const groupPortalEn = {
  'groups.portal.summary': 'The {group} portal',
  'groups.portal.pinned': 'Pinned',
  'groups.portal.polls': 'Open polls',
  'groups.portal.polls_hint': 'Each poll came to you in a message: answer it there.',
  'groups.portal.contacts': 'Your contacts',
  'groups.portal.tour_name': 'Welcome to {group}',
  'groups.portal.error.news_not_in_group':
    'Only the group’s own news can be pinned: the item {id} is not addressed to this group.',
  'groups.portal.error.tour_steps': 'A group tour has between 1 and {max} steps.',
};

export const groupPortalFr: Record<keyof typeof groupPortalEn, string> = {
  'groups.portal.summary': 'Le portail {group}',
  'groups.portal.pinned': 'À la une',
  'groups.portal.polls': 'Sondages en cours',
  'groups.portal.polls_hint': 'Chaque sondage vous est arrivé dans un message : répondez-y là.',
  'groups.portal.contacts': 'Vos interlocuteurs',
  'groups.portal.tour_name': 'Bienvenue dans {group}',
  'groups.portal.error.news_not_in_group':
    'Seules les actualités du groupe peuvent être épinglées : l’actualité {id} n’est pas adressée à ce groupe.',
  'groups.portal.error.tour_steps': 'Un parcours de groupe compte de 1 à {max} étapes.',
};
