/**
 * What the REST API answers when a request cannot be served, in English and French (same keys),
 * spread into en.ts and fr.ts. The error code beside each message is stable; the message is for
 * the person reading it.
 */
export const apiErrorsEn = {
  'error.invalid_input': 'Invalid input: {fields}.',
  'error.json.too_deep': 'The JSON body is nested more than {max} levels deep.',
  'error.json.malformed': 'The body is not valid JSON.',
  'error.json.too_many_items': 'An array or object of the JSON body has more than {max} items.',
  'error.json.lone_surrogate':
    'A text of the body holds a lone UTF-16 surrogate (such as \\ud800): it is not valid text.',
  'error.json.too_large': 'The body is larger than {max}.',
  'error.text.nul': 'A text holds a NUL character (\\u0000), which no field accepts.',
  'error.text.nul_in': '{field}: a NUL character (\\u0000) is not accepted.',
  'error.json.charset': 'JSON bodies are read in UTF-8 only.',
  'error.json.encoding': 'This content encoding is not accepted.',
  'error.json.content_type': 'This route takes application/json.',
  'error.platform.unreachable':
    'Conversation not found or not reachable on {platform}: check its id and that Relais is a member of it.',
  'error.platform.rejected': 'The message was refused by {platform} ({reason}).',
  'error.platform.rate_limited': 'Too many messages for {platform} right now: try again in a moment.',
  'error.platform.unavailable': 'No answer from {platform} right now: try again in a moment.',
  'error.platform.some': 'the platform',
  // why one field was refused (shared/api/field-errors.ts)
  'error.field.required': 'required',
  'error.field.too_short': 'at least {minimum} characters',
  'error.field.too_long': 'at most {maximum} characters',
  'error.field.too_small': 'at least {minimum}',
  'error.field.too_big': 'at most {maximum}',
  'error.field.too_few': 'at least {minimum} items',
  'error.field.too_many': 'at most {maximum} items',
  'error.field.invalid_type': 'not the expected kind of value ({expected})',
  'error.field.invalid_format': 'not a valid {format}',
  'error.field.invalid_value': 'must be one of: {values}',
  'error.field.unknown_field': 'unknown field(s): {keys}',
  'error.field.one_language_required': 'give it in French or in English',
  'error.field.duplicate': 'given twice',
} as const;

export const apiErrorsFr: Record<keyof typeof apiErrorsEn, string> = {
  'error.invalid_input': 'Saisie invalide : {fields}.',
  'error.json.too_deep': 'Le corps JSON est imbriqué sur plus de {max} niveaux.',
  'error.json.malformed': 'Le corps n’est pas du JSON valide.',
  'error.json.too_many_items': 'Une liste ou un objet du corps JSON a plus de {max} éléments.',
  'error.json.lone_surrogate':
    'Un texte du corps contient un demi-caractère UTF-16 isolé (comme \\ud800) : ce n’est pas du texte valide.',
  'error.json.too_large': 'Le corps dépasse {max}.',
  'error.text.nul': 'Un texte contient un caractère NUL (\\u0000), qu’aucun champ n’accepte.',
  'error.text.nul_in': '{field} : le caractère NUL (\\u0000) n’est pas accepté.',
  'error.json.charset': 'Les corps JSON sont lus en UTF-8 uniquement.',
  'error.json.encoding': 'Cet encodage de contenu n’est pas accepté.',
  'error.json.content_type': 'Cette route prend du application/json.',
  'error.platform.unreachable':
    'Conversation introuvable ou injoignable sur {platform} : vérifiez son identifiant et que Relais en est membre.',
  'error.platform.rejected': 'Message refusé par {platform} ({reason}).',
  'error.platform.rate_limited': 'Trop de messages pour {platform} en ce moment : réessayez dans un instant.',
  'error.platform.unavailable': 'Pas de réponse de {platform} pour le moment : réessayez dans un instant.',
  'error.platform.some': 'la plateforme',
  'error.field.required': 'obligatoire',
  'error.field.too_short': 'au moins {minimum} caractères',
  'error.field.too_long': 'au plus {maximum} caractères',
  'error.field.too_small': 'au moins {minimum}',
  'error.field.too_big': 'au plus {maximum}',
  'error.field.too_few': 'au moins {minimum} éléments',
  'error.field.too_many': 'au plus {maximum} éléments',
  'error.field.invalid_type': 'pas le type de valeur attendu ({expected})',
  'error.field.invalid_format': 'format {format} invalide',
  'error.field.invalid_value': 'doit être l’une des valeurs : {values}',
  'error.field.unknown_field': 'champ(s) inconnu(s) : {keys}',
  'error.field.one_language_required': 'à donner en français ou en anglais',
  'error.field.duplicate': 'donné deux fois',
};
