/**
 * `npm test`: every suite in turn (unit, fixture builds, end-to-end), then one closing line
 * "N passed, N failed" over all of them. Exits non-zero when any test failed or a runner
 * could not run at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from './ensure-browser.ts';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

interface Suite {
  name: string;
  command: string[];
  report: string;
  count: (json: any) => { passed: number; failed: number };
  /** A note the suite left in test-results/, added to its summary line. */
  note?: (results: string) => string | undefined;
}

const vitestCount = (json: any) => ({ passed: json.numPassedTests, failed: json.numFailedTests });

const SUITES: Suite[] = [
  {
    name: 'unit',
    command: [
      bin('vitest'),
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    report: 'unit.json',
    count: vitestCount,
  },
  {
    name: 'build',
    command: [
      bin('vitest'),
      'run',
      '--project',
      'build',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/build.json',
    ],
    report: 'build.json',
    count: vitestCount,
  },
  {
    name: 'corpus',
    command: [
      bin('vitest'),
      'run',
      '--project',
      'corpus',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/corpus.json',
    ],
    report: 'corpus.json',
    count: vitestCount,
    // Which corpus ran: the full one beside the repository, or the subset in tests/fixtures.
    note: (results) => {
      const file = join(results, 'corpus-source.json');
      if (!existsSync(file)) return undefined;
      const source = JSON.parse(readFileSync(file, 'utf8'));
      return `corpus: ${source.label}${source.queries === undefined ? '' : `, ${source.queries} of ${source.of} search queries`}`;
    },
  },
  {
    name: 'e2e',
    command: [bin('playwright'), 'test'],
    report: 'e2e.json',
    count: (json: any) => ({ passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected }),
  },
];

const only = process.argv.slice(2);
// Fixture and corpus builds and CMS repositories of earlier runs (each in its own folder) are not reused: clear them.
const builds = join(root, '.test-builds');
if (existsSync(builds))
  for (const dir of readdirSync(builds))
    if (/^(fixture|corpus|cms)-/.test(dir)) rmSync(join(builds, dir), { recursive: true, force: true });
let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const suite of SUITES.filter((s) => only.length === 0 || only.includes(s.name))) {
  if (suite.name === 'e2e') ensureBrowser();
  const report = join(results, suite.report);
  rmSync(report, { force: true });
  rmSync(join(results, `${suite.name}-source.json`), { force: true });
  const run = spawnSync(bin('node'), suite.command, { cwd: root, stdio: 'inherit' });
  if (!existsSync(report)) {
    // The runner died before reporting: count the suite as one failure so it cannot pass silently.
    lines.push(`${suite.name}: runner exited ${run.status} without a report`);
    failed += 1;
    continue;
  }
  const counts = suite.count(JSON.parse(readFileSync(report, 'utf8')));
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  const note = suite.note?.(results);
  lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed${note ? ` (${note})` : ''}`);
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
