/** Directory strings in English and French (same keys), spread into shared/i18n/en.ts and fr.ts. */
export const directoryEn = {
  'directory.error.off': 'The directory sync is off: set DIRECTORY_SOURCES (entra, slack) to turn it on.',
  'directory.error.running': 'A directory sync is already running; its progress is in the runs list.',
  'directory.cli.done':
    'Directory sync {status} in {seconds} s: {created} created, {updated} updated, {deactivated} deactivated, {conflicts} conflicts, {skipped} skipped.',
  'directory.status.succeeded': 'succeeded',
  'directory.status.failed': 'failed',
  'directory.reach.met': 'Reachable: the bot has a chat with them',
  'directory.reach.dm': 'Reachable by direct message (no first contact needed)',
  'directory.reach.installed': 'Reachable: Relais installed for them',
  'directory.reach.already_installed': 'Reachable: Relais was already installed',
  'directory.reach.install_pending':
    'Not installed yet: installed at the next sync or before the first message',
  'directory.reach.not_installed': 'Relais is not installed for them (proactive install is off)',
  'directory.reach.install_refused': 'Install refused by Teams',
  'directory.reach.not_found': 'Install failed: user or app not found',
  'directory.reach.install_failed': 'Install failed',
  'directory.reach.blocked': 'Blocked: the platform refused a message',
  'directory.reach.deactivated': 'Deactivated: this person left',
  'directory.reach.no_account': 'No account on this platform',
  'directory.error.no_person': 'No such person.',
  'directory.error.not_yours': 'Only the person or an administrator may choose their platform.',
  'directory.cli.skipped': '  skipped, {reason}: {count}',
  'directory.skip.malformed': 'malformed entry',
  'directory.skip.no_address': 'no email address',
  'directory.skip.bot': 'bot account',
  'directory.skip.external': 'account of another organisation',
  'directory.skip.email_claimed': 'address already claimed by another person',
  'directory.skip.guest_claims_member_address': 'guest claiming a member’s address',
  'directory.skip.malformed_page': 'malformed page',
};

export const directoryFr: Record<keyof typeof directoryEn, string> = {
  'directory.error.off':
    'La synchronisation de l’annuaire est désactivée : renseignez DIRECTORY_SOURCES (entra, slack) pour l’activer.',
  'directory.error.running':
    'Une synchronisation de l’annuaire est déjà en cours ; sa progression figure dans la liste des exécutions.',
  'directory.cli.done':
    'Synchronisation de l’annuaire {status} en {seconds} s : {created} créées, {updated} mises à jour, {deactivated} désactivées, {conflicts} conflits, {skipped} ignorées.',
  'directory.status.succeeded': 'réussie',
  'directory.status.failed': 'échouée',
  'directory.reach.met': 'Joignable : le bot a une conversation avec cette personne',
  'directory.reach.dm': 'Joignable par message direct (sans premier contact)',
  'directory.reach.installed': 'Joignable : Relais a été installé pour cette personne',
  'directory.reach.already_installed': 'Joignable : Relais était déjà installé',
  'directory.reach.install_pending':
    'Pas encore installé : installé à la prochaine synchronisation ou avant le premier message',
  'directory.reach.not_installed':
    'Relais n’est pas installé pour cette personne (installation proactive désactivée)',
  'directory.reach.install_refused': 'Installation refusée par Teams',
  'directory.reach.not_found': 'Échec de l’installation : utilisateur ou application introuvable',
  'directory.reach.install_failed': 'Échec de l’installation',
  'directory.reach.blocked': 'Bloqué : la plateforme a refusé un message',
  'directory.reach.deactivated': 'Désactivée : cette personne est partie',
  'directory.reach.no_account': 'Aucun compte sur cette plateforme',
  'directory.error.no_person': 'Personne introuvable.',
  'directory.error.not_yours': 'Seule la personne ou un administrateur peut choisir sa plateforme.',
  'directory.cli.skipped': '  ignorées, {reason} : {count}',
  'directory.skip.malformed': 'entrée mal formée',
  'directory.skip.no_address': 'pas d’adresse e-mail',
  'directory.skip.bot': 'compte de bot',
  'directory.skip.external': 'compte d’une autre organisation',
  'directory.skip.email_claimed': 'adresse déjà revendiquée par une autre personne',
  'directory.skip.guest_claims_member_address': 'invité revendiquant l’adresse d’un membre',
  'directory.skip.malformed_page': 'page mal formée',
};

/** A run's skip reason in words; a reason this version does not know is shown as it is. */
export const skipReasonKey = (reason: string): keyof typeof directoryEn | undefined => {
  const key = `directory.skip.${reason}`;
  return key in directoryEn ? (key as keyof typeof directoryEn) : undefined;
};
