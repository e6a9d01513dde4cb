/**
 * Whether a Teams message carries text no encoder can turn into valid UTF-8: a lone UTF-16
 * surrogate, which JSON input lets in (`"\ud800"`). JSON.stringify only escapes it, so the
 * connector would get text it cannot read; Slack's form encoder refuses the same card outright.
 * The messenger refuses it before any call, so both platforms reject such a card alike.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return loneSurrogate.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === 'object') return Object.values(value).some(hasLoneSurrogate);
  return false;
}
