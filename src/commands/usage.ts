// What every command looks like, in one registry: the `/help` reply, the usage line of an "invalid"
// reply and the documentation are all built from it, so they cannot drift apart.

import { COMMANDS, type CommandName, type Permission } from '../config/types.js';
import { requiredPermission } from './authorize.js';

export interface CommandUsage {
  /** The syntax, starting with the command as typed: "/status <investigating|…> [note]". */
  usage: string;
  /** One sentence: what the command does. */
  description: string;
  /** A complete example line. */
  example: string;
}

export const USAGE: Readonly<Record<CommandName, CommandUsage>> = {
  ack: {
    usage: '/ack [note]',
    description: 'Acknowledge the incident: you are on it, and escalation stops where the policy says so.',
    example: '/ack looking at the checkout logs',
  },
  status: {
    usage: '/status <investigating|identified|mitigating|monitoring|resolved> [note]',
    description: 'Move the incident to another stage of its lifecycle.',
    example: '/status mitigating rolling back the 14:02 deploy',
  },
  update: {
    usage: '/update <text>',
    description: 'Post a status update, which also restarts the update-reminder clock.',
    example: '/update Error rate is back under 1%; watching for 30 minutes before we call it.',
  },
  severity: {
    usage: '/severity <P0|P1|P2|P3|P4> [reason]',
    description: 'Re-classify the incident (SEV0–SEV4 are read as P0–P4).',
    example: '/severity P1 only EU checkout is affected',
  },
  ic: {
    usage: '/ic @user',
    description: 'Name the incident commander.',
    example: '/ic @octocat',
  },
  role: {
    usage: '/role <scribe|comms|liaison> @user',
    description: 'Give a responder a role in the response.',
    example: '/role comms @octocat',
  },
  eta: {
    usage: '/eta <30m|2h|1h30m|HH:MM|ISO time|unknown>',
    description: 'Say when you expect the incident to be resolved; clock times are UTC.',
    example: '/eta 45m',
  },
  impact: {
    usage: '/impact <text>',
    description: 'Describe who and what is affected.',
    example: '/impact EU customers cannot pay by card; about 30% of checkouts fail.',
  },
  customer: {
    usage: '/customer <text>',
    description:
      'Draft the customer communication from the template, for review before it goes out; `/customer publish` puts the latest draft on the status page.',
    example: '/customer Some card payments in Europe are failing; we are rolling back a change.',
  },
  publish: {
    usage: '/publish <text>',
    description:
      'Publish an update on the public status page (GitHub Pages); a security incident shows a fixed text instead.',
    example: '/publish Card payments in Europe fail for some customers; we are rolling back a change.',
  },
  timeline: {
    usage: '/timeline <note>',
    description: 'Add an entry to the incident timeline.',
    example: '/timeline Rolled back deploy 4711 on all EU nodes.',
  },
  runbook: {
    usage: '/runbook <name>',
    description: "Post a runbook's checklist in the incident.",
    example: '/runbook database-issues',
  },
  'runbook-run': {
    usage: '/runbook run <name>',
    description: "Start the runbook's automated remediation workflow for this incident.",
    example: '/runbook run database-issues',
  },
  escalate: {
    usage: '/escalate [reason]',
    description: 'Fire the next escalation step now instead of waiting for it.',
    example: '/escalate need a database owner',
  },
  page: {
    usage: '/page <@user|@org/team>',
    description: 'Page a person or a team about this incident.',
    example: '/page @acme/dba',
  },
  resolve: {
    usage: '/resolve [summary]',
    description: 'Resolve the incident and close its issue.',
    example: '/resolve Rollback fixed it; root cause in the postmortem.',
  },
  reopen: {
    usage: '/reopen [note]',
    description: 'Reopen a resolved incident.',
    example: '/reopen errors are back',
  },
  evidence: {
    usage: '/evidence <description> [url] [sha256]',
    description: "Record a piece of evidence in the incident's tamper-evident ledger.",
    example:
      '/evidence nginx access log of web-3 https://files.example.com/web-3-access.log 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  },
  notified: {
    usage: '/notified [who was notified]',
    description: 'Record that the data-breach notification went out; stops the notification deadline clock.',
    example: '/notified data protection authority and affected customers',
  },
  help: {
    usage: '/help [command]',
    description: 'List the commands, or explain one.',
    example: '/help status',
  },
};

/**
 * Markdown help: every command as a table, or one command in detail. With `permissions`
 * (`config.commands`) it also says who may use each command.
 */
export function helpText(name?: CommandName, permissions?: Readonly<Partial<Record<CommandName, Permission>>>): string {
  if (name !== undefined) {
    const { usage, description, example } = USAGE[name];
    const lines = [`**\`${usage}\`**`, '', description, '', `Example: \`${example}\``];
    if (permissions) lines.push('', `Needs **${requiredPermission(name, permissions)}** permission on the repository.`);
    return lines.join('\n');
  }
  const header = permissions
    ? ['| Command | What it does | Needs |', '|---|---|---|']
    : ['| Command | What it does |', '|---|---|'];
  const rows = COMMANDS.map((command) => {
    // A pipe ends a table cell even inside code, unless escaped.
    const cells = [`\`${USAGE[command].usage.replaceAll('|', '\\|')}\``, USAGE[command].description];
    if (permissions) cells.push(requiredPermission(command, permissions));
    return `| ${cells.join(' | ')} |`;
  });
  return [
    'Firebreak commands: one per line, at the start of the line; several in one comment run in order.',
    'Only the rest of the line belongs to a command.',
    '',
    ...header,
    ...rows,
    '',
    'Type `/help <command>` for an example, e.g. `/help status`.',
  ].join('\n');
}
