import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from './describe-issues';

const schema = z.object({ body: z.string().min(3), to: z.array(z.object({ type: z.string() })) });
const issuesOf = (value: unknown) => schema.safeParse(value).error?.issues ?? [];

describe('describeIssues', () => {
  it('names the first issue with its path', () => {
    expect(describeIssues(issuesOf({ body: 'x', to: [] }))).toMatch(/^body: Too small/);
    expect(describeIssues(issuesOf({ body: 'xyz', to: [{}] }))).toMatch(/^to\.0\.type: /);
  });

  it('counts the issues it does not name, or names them all', () => {
    const issues = issuesOf({ body: 1, to: 'x' });
    expect(describeIssues(issues)).toMatch(/^body: .+ \(and 1 more\)$/);
    expect(describeIssues(issues, { limit: Infinity })).toMatch(/^body: .+; to: [^;]+$/);
  });

  it('words an issue about the whole value by its message, or by the root name given', () => {
    const issues = issuesOf('not an object');
    expect(describeIssues(issues)).toBe(issues[0]?.message);
    expect(describeIssues(issues, { root: '(root)' })).toBe(`(root): ${issues[0]?.message}`);
  });

  it('says "invalid input" when there is no issue to name', () => {
    expect(describeIssues([])).toBe('invalid input');
  });
});
