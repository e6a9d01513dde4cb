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
 * Every element is judged by every rule, with one known false positive set aside after the run:
 * Fluent UI's focus guards (tabster's 1 px `<i data-tabster-dummy>` around a tag picker's group or
 * a dialog), focusable and aria-hidden by design: they hand the focus on at once and must stay
 * silent to screen readers. axe reports them as aria-hidden-focus, which Fluent and Microsoft's
 * Accessibility Insights list as a false positive (microsoft/fluentui#27517, microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7613). Only that rule on exactly those elements is dropped;
 * the tab lists that used to need it are radio groups now (tabs/src/components/language-choice.tsx).
 */
const isFocusGuard = (rule: string, html: string) =>
  rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=""[^>]*>\s*<\/i>$/.test(html.trim());

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
  // a dialog fading in blends its colours with the page's: judge the page once its finite
  // animations have run (a spinner's endless one is no reason to wait)
  await scope
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  if (!(await scope.evaluate(() => 'axe' in window))) await scope.evaluate(axeScript());
  const results = await scope.evaluate(
    ({ tags }) =>
      (window as unknown as { axe: { run(c: object, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    { tags: wcag2Tags },
  );
  return results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((node) => !isFocusGuard(v.id, node.html)) }))
    .filter((v) => v.nodes.length > 0);
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
