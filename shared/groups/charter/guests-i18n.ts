/**
 * The words of the guests' side of groups, French and English: the charter card and its gate,
 * the access review, expiry and removal notices. Merged into shared/i18n's catalogues.
 */
export const groupGuestsEn = {
  'groups.charter.title': 'Charter of {group}',
  'groups.charter.intro':
    'Welcome to **{group}**. Before Relais shows you anything from this group, please read and accept its usage charter (version {version}).',
  'groups.charter.deadline': 'Without your acceptance by {date}, your access to the group ends.',
  'groups.charter.accept': 'I accept the charter',
  'groups.charter.accepted': 'Thank you: you accepted the charter of {group} (version {version}).',
  'groups.charter.stale': 'This charter has a newer version: please read it below.',
  'groups.charter.not_member': 'You are no longer a member of this group.',
  'groups.charter.pending':
    'Please accept your group’s charter first: Relais shows you its content once you have.',
  'groups.charter.removed.manager':
    '**{name}** was removed from **{group}**: the charter was not accepted within {days} days.',
  'groups.charter.removed.guest':
    'Your access to **{group}** ended: its charter was not accepted within {days} days.',
  'groups.review.title': 'Access review of {group}',
  'groups.review.reminder': 'Reminder: the access review of **{group}** waits for your answer.',
  'groups.review.intro':
    'Please confirm who keeps access to **{group}**. Without an answer by {date}: {action}.',
  'groups.review.action.remove': 'the guests not reviewed are removed',
  'groups.review.action.report': 'the administrators are told',
  'groups.review.guest':
    '**{name}** · invited by {by} · since {since} · last active {last} · charter v{version}',
  'groups.review.more': '…and {count} more guests, in the console.',
  'groups.review.none': 'No guest to review.',
  'groups.review.keep': 'Keep {name}',
  'groups.review.remove': 'Remove {name}',
  'groups.review.keep_active': 'Keep all active',
  'groups.review.decided': '{kept} kept, {removed} removed, {open} still to review.',
  'groups.review.closed': 'This review is closed.',
  'groups.review.report':
    'The access review of **{group}** was not answered: {count} guests were not reviewed.',
  'groups.expiry.guest.title': 'Your access to {group} ends on {date}',
  'groups.expiry.guest.text':
    'Your guest access to **{group}** ends in 7 days. A group manager can extend it.',
  'groups.expiry.manager': 'The guest access of **{name}** to **{group}** ends on {date}.',
  'groups.expiry.extend': 'Extend by {days} days',
  'groups.expiry.extended': 'The access of {name} now ends on {date}.',
  'groups.expiry.removed.manager':
    'The guest access of **{name}** to **{group}** expired: they were removed.',
  'groups.guests.manager_only': 'Only a manager of this group can do this.',
  'groups.review.settings.reminder_after_due':
    'The reminder must go before the review is due: fewer than {days} days after it starts.',
  'groups.guests.never': 'never',
  'groups.guests.unknown': 'unknown',
} as const;

export const groupGuestsFr: Record<keyof typeof groupGuestsEn, string> = {
  'groups.charter.title': 'Charte de {group}',
  'groups.charter.intro':
    'Bienvenue dans **{group}**. Avant que Relais vous montre quoi que ce soit de ce groupe, merci de lire et d’accepter sa charte d’utilisation (version {version}).',
  'groups.charter.deadline': 'Sans votre acceptation d’ici le {date}, votre accès au groupe prend fin.',
  'groups.charter.accept': 'J’accepte la charte',
  'groups.charter.accepted': 'Merci : vous avez accepté la charte de {group} (version {version}).',
  'groups.charter.stale': 'Cette charte a une version plus récente : merci de la lire ci-dessous.',
  'groups.charter.not_member': 'Vous n’êtes plus membre de ce groupe.',
  'groups.charter.pending':
    'Merci d’accepter d’abord la charte de votre groupe : Relais vous en montre le contenu une fois acceptée.',
  'groups.charter.removed.manager':
    '**{name}** a été retiré de **{group}** : la charte n’a pas été acceptée dans les {days} jours.',
  'groups.charter.removed.guest':
    'Votre accès à **{group}** a pris fin : sa charte n’a pas été acceptée dans les {days} jours.',
  'groups.review.title': 'Revue des accès de {group}',
  'groups.review.reminder': 'Rappel : la revue des accès de **{group}** attend votre réponse.',
  'groups.review.intro':
    'Merci de confirmer qui garde l’accès à **{group}**. Sans réponse d’ici le {date} : {action}.',
  'groups.review.action.remove': 'les invités non revus sont retirés',
  'groups.review.action.report': 'les administrateurs sont prévenus',
  'groups.review.guest':
    '**{name}** · invité par {by} · depuis le {since} · dernière activité {last} · charte v{version}',
  'groups.review.more': '…et {count} autres invités, dans la console.',
  'groups.review.none': 'Aucun invité à revoir.',
  'groups.review.keep': 'Garder {name}',
  'groups.review.remove': 'Retirer {name}',
  'groups.review.keep_active': 'Garder tous les actifs',
  'groups.review.decided': '{kept} gardés, {removed} retirés, {open} encore à revoir.',
  'groups.review.closed': 'Cette revue est close.',
  'groups.review.report':
    'La revue des accès de **{group}** est restée sans réponse : {count} invités n’ont pas été revus.',
  'groups.expiry.guest.title': 'Votre accès à {group} prend fin le {date}',
  'groups.expiry.guest.text':
    'Votre accès invité à **{group}** prend fin dans 7 jours. Un responsable du groupe peut le prolonger.',
  'groups.expiry.manager': 'L’accès invité de **{name}** à **{group}** prend fin le {date}.',
  'groups.expiry.extend': 'Prolonger de {days} jours',
  'groups.expiry.extended': 'L’accès de {name} prend désormais fin le {date}.',
  'groups.expiry.removed.manager': 'L’accès invité de **{name}** à **{group}** a expiré : il a été retiré.',
  'groups.guests.manager_only': 'Seul un responsable de ce groupe peut faire cela.',
  'groups.review.settings.reminder_after_due':
    'La relance doit partir avant l’échéance de la revue : moins de {days} jours après son début.',
  'groups.guests.never': 'jamais',
  'groups.guests.unknown': 'inconnu',
};
