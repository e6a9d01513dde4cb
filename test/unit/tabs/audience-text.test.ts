/** The picker's counts follow each language's plural rules and number format ("1 person", "0 personne"). */
import assert from 'node:assert/strict';
import { audienceText } from '../../../tabs/src/components/audience-picker/audience-text.js';

describe('audience picker counts', () => {
  const en = audienceText('en');
  const fr = audienceText('fr');

  it('says one person, and several people, in the confirmation and the reach', () => {
    assert.equal(en('audience.confirm.title', { people: 1 }), 'Send to 1 person?');
    assert.equal(en('audience.confirm.send', { people: 1 }), 'Send to 1 person');
    assert.equal(
      en('audience.confirm.everyone', { people: 2 }),
      'This goes to everyone in the organisation: 2 people.',
    );
    assert.equal(en('audience.reach.people', { people: 0 }), '0 people');
    assert.equal(en('audience.reach.channels', { count: 1 }), '1 channel');
    assert.equal(fr('audience.confirm.title', { people: 1 }), 'Envoyer à 1 personne ?');
    assert.equal(fr('audience.confirm.many', { people: 150 }), 'Cet envoi part à 150 personnes.');
    // French counts zero as singular
    assert.equal(fr('audience.reach.people', { people: 0 }), '0 personne');
    assert.equal(fr('audience.reach.unreachable', { count: 1 }), '1 injoignable');
    assert.equal(fr('audience.reach.channels', { count: 3 }), '3 canaux');
  });

  it('writes large counts the language’s way', () => {
    assert.equal(en('audience.reach.people', { people: 12500 }), '12,500 people');
    assert.match(fr('audience.reach.people', { people: 12500 }), /^12\s500 personnes$/u);
  });
});
