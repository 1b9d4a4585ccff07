import { expect } from 'vitest';
import type { z } from 'astro/zod';

/** Asserts that `data` fails `schema` with an issue at `path`, and returns that issue's message. */
export function expectIssueAt(schema: z.ZodType, data: unknown, path: string): string {
  const result = schema.safeParse(data);
  expect(result.success, `expected an error at ${path}`).toBe(false);
  const issues = result.error?.issues ?? [];
  const issue = issues.find((i) => i.path.join('.') === path);
  expect(issue, `issues: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBeDefined();
  return issue!.message;
}
