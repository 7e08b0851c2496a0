/** A budget a benchmark checks, and whether the run kept it. */
export interface Check {
  name: string;
  ok: boolean;
}

/**
 * Prints each check with PASS or FAIL, the first page errors, and the tally; a failed check sets
 * the exit status, so that a script can tell a kept budget from a broken one.
 */
export function reportChecks(checks: readonly Check[], errors: readonly string[]): void {
  for (const check of checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}`);
  if (errors.length) console.log(errors.slice(0, 10).join('\n'));
  const failed = checks.filter((x) => !x.ok).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}
