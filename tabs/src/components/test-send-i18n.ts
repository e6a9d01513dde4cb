/** Strings of the console's shared "send me a test" and confirmation controls, in English and French (same keys). */
export const testSendTabEn = {
  'test_send.button': 'Send me a test',
  'test_send.language': 'Language of the test',
  'test_send.sent': 'Test sent to you on {platforms}; it is not counted in the results.',
  'confirm.cancel': 'Keep it',
  'platform.teams': 'Teams',
  'platform.slack': 'Slack',
  'platform.none': 'No chat account',
};

export const testSendTabFr: Record<keyof typeof testSendTabEn, string> = {
  'test_send.button': 'M’envoyer un test',
  'test_send.language': 'Langue du test',
  'test_send.sent': 'Test envoyé sur {platforms} ; il n’est pas comptabilisé dans les résultats.',
  'confirm.cancel': 'Ne rien faire',
  'platform.teams': 'Teams',
  'platform.slack': 'Slack',
  'platform.none': 'Aucun compte de discussion',
};
