/** Directory strings in English and French (same keys), spread into shared/i18n/en.ts and fr.ts. */
export const directoryEn = {
  'directory.error.off': 'The directory sync is off: set DIRECTORY_SOURCES (entra, slack) to turn it on.',
  'directory.error.running': 'A directory sync is already running; its progress is in the runs list.',
  'directory.cli.done':
    'Directory sync {status} in {seconds} s: {created} created, {updated} updated, {deactivated} deactivated, {conflicts} conflicts, {skipped} skipped.',
  'directory.status.succeeded': 'succeeded',
  'directory.status.failed': 'failed',
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
};
