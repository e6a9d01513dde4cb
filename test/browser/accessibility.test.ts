/**
 * The accessibility check itself (./accessibility.ts), in Chromium on pages written for it: it
 * names each broken rule and the element, and passes a page that follows the rules, so a green
 * console suite means axe-core ran and found nothing.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { assertAccessible } from './accessibility.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Check</title></head><body>${body}</body></html>`;

describeWithChromium('accessibility check (axe-core) in Chromium', function () {
  this.timeout(30_000);

  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    browser = await launchChromium();
    context = await newHermeticContext(browser, {});
  });
  after(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lists each violation with its rule and the element it is on', async () => {
    const p = await context.newPage();
    await p.setContent(
      page(
        '<main><h1>Form</h1><input id="nameless"><button id="empty" style="width:40px;height:40px"></button>' +
          '<p id="faint" style="color:#bbb;background:#fff">Faint text</p></main>',
      ),
    );
    const failure = await assertAccessible(p, 'the test page').then(
      () => assert.fail('the check passed a broken page'),
      (error: Error) => error.message,
    );
    assert.match(failure, /^the test page: 3 accessibility violation\(s\)/);
    assert.match(failure, /\n {2}label \(critical\): Form elements must have labels.*\n {4}#nameless: /);
    assert.match(failure, /\n {2}button-name \(critical\): .*\n {4}#empty: /);
    assert.match(failure, /\n {2}color-contrast \(serious\): .*\n {4}#faint: .*contrast/);
  });

  it('passes a page that follows the rules', async () => {
    const p = await context.newPage();
    await p.setContent(
      page('<main><h1>Form</h1><label>Name <input></label><button>Send</button><p>Plain text</p></main>'),
    );
    await assertAccessible(p, 'the good page');
  });
});
