/** Checking input with zod, the same way on every side: how its issues are put in words. */
export { describeIssues, type DescribeIssuesOptions, type IssueLike } from './describe-issues';
