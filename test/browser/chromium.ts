/**
 * Where the browser suites find Debian's Chromium, and what they do without it: skip visibly on
 * a developer machine, FAIL under RELAIS_REQUIRE_SERVICES=1 (CI installs Chromium, so a missing
 * one there is a broken image, not a reason for a green run without browser tests). Also how
 * they launch it and open a hermetic context, so every suite runs it the same way.
 */
import fs from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';
import { servicesRequired } from '../harness/databases.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type ChromiumVerdict = { run: true } | { run: false; fail: boolean; reason: string };

export function chromiumVerdict(
  path: string = chromiumPath,
  required: boolean = servicesRequired(),
  exists: (p: string) => boolean = fs.existsSync,
): ChromiumVerdict {
  if (exists(path)) return { run: true };
  return { run: false, fail: required, reason: `Chromium not found at ${path} (set CHROMIUM_PATH)` };
}

/** `describe` for a suite that drives Chromium. */
export function describeWithChromium(title: string, suite: (this: Mocha.Suite) => void): void {
  const verdict = chromiumVerdict();
  if (verdict.run) {
    describe(title, suite);
  } else if (verdict.fail) {
    describe(title, () => {
      it('has Chromium to run in', () => {
        throw new Error(`${verdict.reason}; RELAIS_REQUIRE_SERVICES=1 requires it`);
      });
    });
  } else {
    console.warn(
      `\n  ⚠ SKIPPING ${title}: ${verdict.reason}. Set RELAIS_REQUIRE_SERVICES=1 to fail instead.\n`,
    );
    describe.skip(title, suite);
  }
}

/** Flags for a headless Chromium in a container: no sandbox or GPU, no background traffic. */
const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the Chromium at `chromiumPath`, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
}

/**
 * A new browser context where nothing leaves 127.0.0.1: teams-js asks Microsoft's CDN for its
 * origin list, and a test must not depend on (or talk to) the internet.
 */
export async function newHermeticContext(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}
