import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA; no rule is disabled. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeScope {
  /** Only these rules (e.g. `color-contrast-enhanced` for the 7:1 display modes) instead of WCAG A/AA. */
  rules?: string[] | undefined;
  /** Only inside this element. */
  include?: string | undefined;
}

/**
 * What axe-core finds wrong on the page as it stands, one line per rule: "rule: target, target".
 *
 * axe runs in the page itself, injected once per document. (@axe-core/playwright opens a blank
 * page for every check to merge the results of all frames: a second a check, three times axe's
 * own work on these pages. No page of the site has a frame, and this refuses one.)
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`axeViolations checks one document; ${page.url()} has ${frames - 1} frames`);
  // Evaluated as a script of its own (not eval() inside the page, which the site's CSP forbids).
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function')))
    await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ rules, include, tags }) => {
      const { axe } = window as unknown as {
        axe: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> };
      };
      const results = await axe.run(include ? { include: [include] } : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { rules: scope.rules, include: scope.include, tags: WCAG_AA },
  );
}
