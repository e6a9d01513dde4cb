/**
 * The console words a server failure from its stable code and each refused field from its path
 * and reason, in French and English, counting steps and options from 1; never the server's text.
 */
import assert from 'node:assert/strict';
import { fieldErrorCodes } from '../../../shared/api/field-errors.js';
import { ApiError } from '../../../tabs/src/api/api-client.js';
import { describeError } from '../../../tabs/src/components/describe-error.js';
import { describeFieldError, fieldName } from '../../../tabs/src/components/field-errors.js';
import { createTranslate } from '../../../tabs/src/i18n/i18n.js';

const fr = createTranslate('fr');
const en = createTranslate('en');

describe('console field errors', () => {
  it('has its own words, French and English, for every reason the server gives', () => {
    for (const code of fieldErrorCodes) {
      for (const t of [fr, en]) {
        const key = `field.reason.${code}`;
        assert.notEqual(t(key as Parameters<typeof t>[0]), key, `${key} missing`);
      }
    }
    const schedule = {
      path: ['steps', 1, 'schedule'],
      code: 'schedule_weekday' as const,
      params: { word: 'lunid' },
      message: '',
    };
    assert.equal(
      describeFieldError(schedule, fr),
      'Étape 2, moment : « lunid » n’est pas un jour de la semaine',
    );
  });

  it('names a step’s English title from its path, counting from 1', () => {
    const path = ['steps', 1, 'content', 'en', 'title'];
    assert.equal(fieldName(path, en), 'Step 2, English title');
    assert.equal(fieldName(path, fr), 'Étape 2, titre en anglais');
    assert.equal(fieldName(['steps', 0, 'task', 'label', 'en'], en), 'Step 1, English task');
    assert.equal(fieldName(['poll', 'options', 2], fr), 'Option 3');
    assert.equal(fieldName(['variants', 'fr', 'buttons', 0, 'url'], en), 'Button 1, French link address');
    assert.equal(fieldName(['variants'], fr), 'Contenu');
    assert.equal(fieldName(['somethingNew', 4], en), 'Item 5', 'an unknown list still counts from 1');
  });

  it('says why with the reason’s values', () => {
    const tooLong = {
      path: ['variants', 'en', 'title'],
      code: 'too_long' as const,
      params: { maximum: 200 },
      message: 'x',
    };
    assert.equal(describeFieldError(tooLong, fr), 'Titre en anglais : au plus 200 caractères');
    assert.equal(describeFieldError(tooLong, en), 'English title: at most 200 characters');
    const required = {
      path: ['steps', 1, 'task', 'label', 'en'],
      code: 'required' as const,
      message: 'Required',
    };
    assert.equal(describeFieldError(required, en), 'Step 2, English task: required');
  });

  it('words a validation failure field by field, and other failures by code, never echoing the server', () => {
    const invalid = new ApiError(
      400,
      'validation_failed',
      'Invalid body: variants: give at least one of fr, en',
      [{ path: ['variants'], code: 'one_language_required', message: 'give it in French or in English' }],
    );
    assert.equal(
      describeError(invalid, fr),
      'Certains champs sont à corriger : Contenu : à écrire en français ou en anglais.',
    );
    const conflict = new ApiError(409, 'conflict', 'news item is published');
    assert.doesNotMatch(describeError(conflict, fr), /published/);
    assert.match(describeError(conflict, fr), /Impossible pour l’instant/);
    const unknown = new ApiError(418, 'teapot', 'short and stout');
    assert.match(describeError(unknown, en), /418/, 'an unknown code still says the status');
  });
});
