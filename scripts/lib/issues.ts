/** One broken rule in one feature of one geodata file: the unit every check reports in. */
export interface GeodataIssue {
  file: string;
  id: string;
  rule: string;
  message: string;
}

export function formatIssue(issue: GeodataIssue): string {
  return `${issue.file}: ${issue.id}: [${issue.rule}] ${issue.message}`;
}

export class GeodataError extends Error {
  constructor(readonly issues: GeodataIssue[]) {
    super(
      `${issues.length} geodata problem(s):\n` + issues.map((i) => '  ' + formatIssue(i)).join('\n'),
    );
    this.name = 'GeodataError';
  }
}
