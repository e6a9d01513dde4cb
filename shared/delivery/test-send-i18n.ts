/** "Send me a test" strings in English and French (same keys), spread into shared/i18n/en.ts and fr.ts. */
export const testSendEn = {
  'test_send.banner': '🧪 **Test** sent to you only: not counted in the results; its buttons are left out.',
  'test_send.summary': '[Test] {summary}',
  'test_send.questions': 'Questions:',
  'test_send.error.no_person':
    'A test goes to the signed-in person: an API key has no chat account to receive it.',
  'test_send.error.no_account':
    'You have no Teams or Slack account Relais can write to yet: open Relais in Teams or Slack once, then try again.',
};

export const testSendFr: Record<keyof typeof testSendEn, string> = {
  'test_send.banner':
    '🧪 **Test** envoyé à vous seul : non comptabilisé dans les résultats ; ses boutons sont retirés.',
  'test_send.summary': '[Test] {summary}',
  'test_send.questions': 'Questions :',
  'test_send.error.no_person':
    'Un test est envoyé à la personne connectée : une clé d’API n’a pas de compte de discussion pour le recevoir.',
  'test_send.error.no_account':
    'Relais ne peut encore vous écrire ni sur Teams ni sur Slack : ouvrez Relais une fois dans Teams ou Slack, puis réessayez.',
};
