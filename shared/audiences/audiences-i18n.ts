/** Audience strings in English and French (same keys), spread into shared/i18n/en.ts and fr.ts. */
export const audiencesEn = {
  'audience.error.ambiguous':
    '“Everyone” cannot be combined with departments, sites, roles, people, groups or channels: choose everyone, or only those.',
  'audience.error.unknown': 'Not in the directory: {names}.',
  'audience.error.empty':
    'This audience reaches nobody. Check its choices, or schedule the item and allow an empty audience.',
  'audience.error.tour_ambiguous':
    'A tour for every new person cannot be limited to departments or sites: choose newcomers instead.',
  'audience.error.unknown_department': 'No department “{name}” in the directory.',
  'audience.error.unknown_site': 'No site “{name}” in the directory.',
  'audience.error.unknown_person': 'Nobody active in the directory is “{name}”.',
  'audience.error.unknown_group': 'No group “{name}”.',
  'audience.error.group_forbidden': 'Only the group’s managers and contributors may send to it: {names}.',
  'audience.error.guest_groups_only':
    'As a guest, you can send news and polls only to the groups you contribute to, and to nobody else: {names}.',
};

export const audiencesFr: Record<keyof typeof audiencesEn, string> = {
  'audience.error.ambiguous':
    '« Tout le monde » ne se combine pas avec des services, sites, rôles, personnes, groupes ou canaux : choisissez tout le monde, ou seulement ceux-ci.',
  'audience.error.unknown': 'Absent de l’annuaire : {names}.',
  'audience.error.empty':
    'Ce public n’atteint personne. Vérifiez vos choix, ou programmez l’envoi en autorisant un public vide.',
  'audience.error.tour_ambiguous':
    'Un parcours pour toute nouvelle personne ne se limite pas à des services ou des sites : choisissez plutôt les nouveaux arrivants.',
  'audience.error.unknown_department': 'Aucun service « {name} » dans l’annuaire.',
  'audience.error.unknown_site': 'Aucun site « {name} » dans l’annuaire.',
  'audience.error.unknown_person': 'Personne d’actif dans l’annuaire ne correspond à « {name} ».',
  'audience.error.unknown_group': 'Aucun groupe « {name} ».',
  'audience.error.group_forbidden':
    'Seuls les responsables et contributeurs d’un groupe peuvent lui écrire : {names}.',
  'audience.error.guest_groups_only':
    'En tant qu’invité, vous ne pouvez envoyer des actualités et des sondages qu’aux groupes dont vous êtes contributeur, et à personne d’autre : {names}.',
};
