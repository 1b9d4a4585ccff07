import { describe, expect, test } from 'vitest';
import { buildReport, formatReport, type ReportRow } from '../../../scripts/import/report';

const ROWS: ReportRow[] = [
  { source: 'a.md', action: 'imported', target: 'a.md', notes: ['summary generated', 'issuer from category'] },
  { source: 'b.md', action: 'unchanged', target: 'b.md', notes: ['summary generated'] },
  {
    source: 'c.md',
    action: 'kept',
    target: 'c.md',
    reason: 'kept: edited since import (use --force)',
    notes: ['summary generated'],
  },
  { source: 'd.md', action: 'skipped', reason: 'binary file, not text' },
  { source: 'e.md', action: 'skipped', reason: 'binary file, not text' },
  {
    source: 'f.md',
    action: 'imported',
    target: 'a-1a2b3c.md',
    collidedWith: 'a.md',
    notes: ['slug collision resolved with hash'],
  },
];

describe('buildReport', () => {
  test('counts each action and each fallback', () => {
    const report = buildReport(ROWS);
    expect(report.counts).toEqual({ imported: 2, updated: 0, unchanged: 1, kept: 1, skipped: 2 });
    expect(report.fallbacks).toEqual({
      'issuer from category': 1,
      'slug collision resolved with hash': 1,
      'summary generated': 3,
    });
    expect(report.collisions).toEqual([{ source: 'f.md', target: 'a-1a2b3c.md', with: 'a.md' }]);
  });
});

describe('formatReport', () => {
  const text = formatReport(buildReport(ROWS), false);
  test('opens with the counts', () => {
    expect(text.split('\n')[0]).toBe('2 imported, 0 updated, 1 unchanged, 1 kept, 2 skipped');
  });
  test('lists skipped files under their reason', () => {
    expect(text).toContain('  binary file, not text (2):\n    d.md\n    e.md');
  });
  test('lists kept files, collisions and fallbacks', () => {
    expect(text).toContain('  c.md (c.md): kept: edited since import (use --force)');
    expect(text).toContain('a-1a2b3c.md (f.md): slug also wanted by a.md');
    expect(text).toContain('  summary generated: 3');
  });
  test('says when nothing was written', () => {
    expect(formatReport(buildReport(ROWS), true)).toMatch(/^Dry run \(nothing written\): /);
  });
});
