import assert from 'node:assert/strict';
import { en } from '../../../shared/i18n/en.js';
import { fr } from '../../../shared/i18n/fr.js';
import { resolveLocale, toLocale, translate } from '../../../shared/i18n/i18n.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has the same keys and the same placeholders in French and English', () => {
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.ok(fr[key].trim(), `fr ${key} is empty`);
      assert.ok(en[key].trim(), `en ${key} is empty`);
      assert.deepEqual(placeholders(fr[key]), placeholders(en[key]), `placeholders differ for ${key}`);
    }
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    assert.equal(
      translate('fr', 'people.import.done', { created: 2, updated: 1, failed: 0 }),
      '2 créées, 1 mises à jour, 0 rejetées',
    );
    assert.match(translate('en', 'help.intro', {}), /\{name\}/);
  });

  it('resolves the locale from the person, then the platform, then the default', () => {
    assert.equal(resolveLocale('en', 'fr-FR', 'fr'), 'en');
    assert.equal(resolveLocale(null, 'en-US', 'fr'), 'en');
    assert.equal(resolveLocale(undefined, 'de-DE', 'fr'), 'fr');
    assert.equal(resolveLocale(undefined, undefined, 'en'), 'en');
    assert.equal(toLocale('FR_ca'), 'fr');
    assert.equal(toLocale(''), undefined);
  });
});
