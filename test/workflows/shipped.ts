// The least-privilege facts about the workflows we ship (examples/workflows, which `firebreak init`
// writes): what each job may do, which jobs send notifications, and which permission lines are shipped
// commented out. docs/workflows.md has the same table; permissions.test.ts holds the files to it and
// least-privilege.test.ts runs Firebreak on the emulator with exactly these token scopes.

export type Level = 'read' | 'write';
/** Workflow → job → its permissions, exactly. The same table is in docs/workflows.md. */
export const PERMISSIONS: Record<string, Record<string, Record<string, Level>>> = {
  'incident.yml': {
    incident: {
      issues: 'write',
      contents: 'write',
      'pull-requests': 'write',
      checks: 'write',
      actions: 'read',
      deployments: 'read',
    },
    wake: { actions: 'write', issues: 'write', contents: 'write', 'pull-requests': 'write', checks: 'write' },
    alert: {
      issues: 'write',
      contents: 'write',
      'pull-requests': 'write',
      checks: 'write',
      actions: 'read',
      deployments: 'read',
    },
  },
  'escalation.yml': {
    sweep: { issues: 'write', contents: 'write', 'pull-requests': 'write', checks: 'write', actions: 'write' },
    report: { contents: 'read' },
  },
  'postmortem.yml': {
    check: { contents: 'read', 'pull-requests': 'read', checks: 'write' },
    merged: { contents: 'write', issues: 'write', 'pull-requests': 'read' },
  },
};

/** The jobs whose Firebreak step sends notifications (Slack, Teams, webhooks, PagerDuty): only they get channel secrets. */
export const NOTIFYING = new Set([
  'incident.yml/incident',
  'incident.yml/wake',
  'incident.yml/alert',
  'escalation.yml/sweep',
]);

/** Permission lines to change when a feature is used: workflow → job → [shipped line, line for the feature]. */
export const OPTIONAL: Record<string, Record<string, [string, string]>> = {
  'incident.yml': { incident: ['actions: read', 'actions: write'] }, // /runbook run
};
