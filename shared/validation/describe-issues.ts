/** The part of a zod issue the console puts in words: where (its path) and what (its message). */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** How describeIssues words a list of issues. */
export interface DescribeIssuesOptions {
  /** How many issues to name (default 1); the others are counted: "… (and 2 more)". */
  limit?: number;
  /** What to call the place of an issue about the whole value (default: none, the message alone). */
  root?: string;
}

/**
 * The console's one wording of zod issues, for a person: each named issue as `path: message`
 * ("body: Too small: expected string to have >=3 characters"; an issue about the whole value as
 * its message alone, or `<root>: message` when `root` is given), the first `limit` joined by "; ",
 * the rest counted. No issues at all: "invalid input". Pure; never throws.
 */
export function describeIssues(issues: readonly IssueLike[], options: DescribeIssuesOptions = {}): string {
  const limit = options.limit ?? 1;
  if (issues.length === 0) return 'invalid input';
  const named = issues.slice(0, limit).map((issue) => {
    const where = issue.path.map(String).join('.') || options.root;
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return named.join('; ') + more;
}
