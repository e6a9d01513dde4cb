/**
 * An independent judge of the console's accessibility: axe-core's WCAG 2 A and AA rules (2.0,
 * 2.1, 2.2) run inside the page (or the tab's frame in a Teams host) as it stands, and the test
 * fails with one readable line per violation and the elements it found it on. The browser suites
 * call it on each main page, in each language they already open.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const wcag2Tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Nothing is left out of the check: the tab lists whose focus helpers (tabster's focusable,
 * aria-hidden dummies) axe reported as aria-hidden-focus are radio groups now
 * (tabs/src/components/language-choice.tsx). A selector here would hide elements from axe.
 */
const notJudged: string[] = [];

let axeSource: string | undefined;
/** axe.min.js, read once: injected by evaluation, which the console's CSP (script-src 'self') allows. */
function axeScript(): string {
  axeSource ??= fs.readFileSync(
    path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
    'utf8',
  );
  return axeSource;
}

/** One violation as a line, then the elements it was found on, each with what axe says to fix. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((node) => {
        const fix = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
        const html = node.html.length > 120 ? `${node.html.slice(0, 117)}...` : node.html;
        return `    ${node.target.join(' >>> ')}: ${fix}\n      ${html}`;
      });
      return [`  ${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.helpUrl}]`, ...nodes].join('\n');
    })
    .join('\n');
}

/** The WCAG 2 A/AA violations axe-core finds in the document of `scope`, as it is now. */
export async function axeViolations(scope: Page | Frame): Promise<Result[]> {
  if (!(await scope.evaluate(() => 'axe' in window))) await scope.evaluate(axeScript());
  const results = await scope.evaluate(
    ({ tags, exclude }) =>
      (window as unknown as { axe: { run(c: object, o: object): Promise<AxeResults> } }).axe.run(
        { exclude: exclude.map((selector) => [selector]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    { tags: wcag2Tags, exclude: notJudged },
  );
  return results.violations;
}

/** Fails, listing every violation, unless axe-core finds none on the page `what` names. */
export async function assertAccessible(scope: Page | Frame, what: string): Promise<void> {
  const violations = await axeViolations(scope);
  if (violations.length > 0) {
    throw new Error(
      `${what}: ${violations.length} accessibility violation(s) (WCAG 2 A/AA, axe-core)\n${describeViolations(violations)}`,
    );
  }
}
