import type { CheckResult, Finding } from '../../schema/result.js';
import { pathWithin } from './paths.js';

/** What identifies an error between presses: its field's path, or its code for an error of no one field. */
function errorKey(finding: Finding): string {
  return finding.path ?? `#${finding.code}`;
}

/** True when a check blocks sending: it failed, or it found an error. */
export function hasErrors(result: CheckResult<unknown, unknown>): boolean {
  return !result.ok || result.findings.some((finding) => finding.severity === 'error');
}

/**
 * Which errors show (GOV.UK validates on submit): those a Continue or Submit found, each until its field is
 * fixed, and a problem with a file the person chose, at once. An error that arises while typing waits for the
 * next press.
 */
export class ErrorDisplay {
  /** The fields (paths, or `#code` for an error with none) in error at the last press that showed errors. */
  private atPress: ReadonlySet<string> = new Set();
  /** Problems with a file the person chose, by the file question's path (`draftFile`, `notificationFile`). */
  readonly fileProblems = new Map<string, Finding>();

  /** From a press: the errors `result` has now show, each until fixed, and no new one until the next press. */
  showErrorsOf(result: CheckResult<unknown, unknown>): void {
    this.atPress = new Set(
      result.findings.filter((finding) => finding.severity === 'error').map((finding) => errorKey(finding)),
    );
  }

  /**
   * The error to show at `path`: a file's problem, else the first error finding with exactly that path, when that
   * field was in error at the last press and still is (and errors show at all).
   */
  fieldError(path: string, shown: boolean, findings: readonly Finding[]): Finding | undefined {
    const fileProblem = this.fileProblems.get(path);
    if (fileProblem) return fileProblem;
    if (!shown || !this.atPress.has(path)) return undefined;
    return findings.find((finding) => finding.severity === 'error' && finding.path === path);
  }

  /** Errors for the summary: one per path, in the order their fields appear on the page (`fieldOrder`). */
  summaryErrors(findings: readonly Finding[], fieldOrder: readonly string[], which: 'shown' | 'all' = 'shown'): Finding[] {
    const seen = new Set<string>();
    // A file refused as it was picked is said at once, not at the next press: the person has just acted.
    const filed = [...this.fileProblems.values()];
    const errors = [...filed, ...findings].filter((finding) => {
      if (finding.severity !== 'error') return false;
      if (which === 'shown' && !filed.includes(finding) && !this.atPress.has(errorKey(finding))) return false;
      const key = finding.path ?? `#${finding.code}:${finding.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const position = (finding: Finding) => {
      if (!finding.path) return Number.MAX_SAFE_INTEGER;
      const index = fieldOrder.findIndex((path) => pathWithin(path, finding.path!) || pathWithin(finding.path!, path));
      return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
    };
    return errors
      .map((finding, index) => ({ finding, index, at: position(finding) }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ finding }) => finding);
  }
}
