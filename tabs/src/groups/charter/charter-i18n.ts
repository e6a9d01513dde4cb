/** The charter page's strings (a guest whose group charter is pending), spread into tabs/src/i18n/en.ts and fr.ts. */
export const charterTabEn = {
  'charter.title': 'Your group’s charter',
  'charter.intro':
    'Before Relais shows you anything from your groups, please read and accept each group’s usage charter.',
  'charter.group': 'Charter of {group} (version {version})',
  'charter.deadline': 'Without your acceptance by {date}, your access to the group ends.',
  'charter.accept': 'I accept the charter',
  'charter.accepting': 'Recording…',
  'charter.failed': 'Your acceptance could not be recorded ({message}). Please try again.',
};

export const charterTabFr: Record<keyof typeof charterTabEn, string> = {
  'charter.title': 'La charte de votre groupe',
  'charter.intro':
    'Avant que Relais vous montre quoi que ce soit de vos groupes, merci de lire et d’accepter la charte d’utilisation de chacun.',
  'charter.group': 'Charte de {group} (version {version})',
  'charter.deadline': 'Sans votre acceptation d’ici le {date}, votre accès au groupe prend fin.',
  'charter.accept': 'J’accepte la charte',
  'charter.accepting': 'Enregistrement…',
  'charter.failed': 'Votre acceptation n’a pas pu être enregistrée ({message}). Merci de réessayer.',
};
