// Changes people make to an incident without a command — a severity or status label, closing or
// reopening the issue, assigning someone — checked against the same permission table as the commands
// (`commands:` in the configuration): severity labels need `severity`, status labels `status`, closing
// `resolve`, reopening `reopen`, assigning `ic`. A permitted change is followed; one made by someone
// below the permission is undone by this run (labels and assignees put back, the issue reopened or
// closed again) with one notice saying who may make it and how. Who did what comes from the issue's
// event history, read by the shell when the issue and the state disagree.
import { message } from '../message.js';
import { authorize } from '../../commands/authorize.js';
import type { CommandName, Config, Permission, Status } from '../../config/types.js';
import { STATUSES } from '../../config/types.js';
import type { Issue, IssueEvent } from '../github-objects.js';
import { routeIncident } from '../escalation/index.js';
import { applyAll, commentWrite, record, type Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { commanderWrites, severityFromLabels, severityLabelsDisagree, type LabelChange } from './labels.js';
import { canTransition, issueStateDrift, type IssueStateChange } from './lifecycle.js';
import { headlineOf, notificationFor, notify } from './notifications.js';
import { incidentRef, resolutionView, utc } from './present.js';
import type { IncidentState } from './state.js';

export interface OutsideFacts {
  issue: Issue;
  config: Config;
  now: Date;
  botLogin: string;
  /** The label change / close or reopen that woke this run, when it was one. */
  labelChange: LabelChange | null;
  issueChange: IssueStateChange | null;
  /** The issue's event history, read when labels, state or assignees disagree with the incident. */
  history: IssueEvent[] | null;
  /** Repository permission by lower-cased login (null: not a collaborator; absent: unknown). */
  permissions: ReadonlyMap<string, Permission | null>;
}

/** A change someone made, and what it asks of the incident. */
interface HumanChange {
  /** The issue event's id (for the notice's key), or null when it came from the run's trigger. */
  id: number | null;
  actor: string;
  at: string;
}

/** Whether the issue's labels, open/closed state or assignees disagree with the incident (then the shell reads the history). */
export function outsideDrift(issue: Issue, state: IncidentState, config: Config): boolean {
  const statuses = issue.labels.filter((l) =>
    STATUSES.some((s) => config.labels.status[s].name.toLowerCase() === l.toLowerCase()),
  );
  const statusAgrees =
    statuses.length === 1 && statuses[0]?.toLowerCase() === config.labels.status[state.status].name.toLowerCase();
  const openAgrees = (issue.state === 'closed') === (state.status === 'resolved');
  const assignees = issue.assignees.map((a) => a.toLowerCase());
  const assigneesAgree = state.commander
    ? assignees.length === 1 && assignees[0] === state.commander.toLowerCase()
    : assignees.length === 0;
  return severityLabelsDisagree(issue, state, config) || !statusAgrees || !openAgrees || !assigneesAgree;
}

/** The people whose permission the decision needs: who made the recent changes in the history. */
export function recentActors(history: readonly IssueEvent[] | null, botLogin: string): string[] {
  const recent = (history ?? []).slice(-30).filter((e) => e.actor !== botLogin && e.actor !== '');
  return [...new Set(recent.map((e) => e.actor))];
}

export function followOutsideChanges(draft: Draft, facts: OutsideFacts): void {
  followSeverityLabels(draft, facts);
  followStatusLabels(draft, facts);
  followIssueState(draft, facts);
  followAssignees(draft, facts);
}

/** Whether `actor` may do what `command` does; unknown people (no lookup) are refused. */
function allowed(
  facts: OutsideFacts,
  actor: string,
  command: CommandName,
): { ok: true } | { ok: false; needed: Permission; have: Permission | null } {
  const have = facts.permissions.get(actor.toLowerCase()) ?? null;
  const auth = authorize(command, have, facts.config.commands);
  return auth.allowed ? { ok: true } : { ok: false, needed: auth.needed, have };
}

/** The latest event of these kinds by a person (not the action), newer than `since`. */
function latestHuman(
  facts: OutsideFacts,
  events: readonly string[],
  since: string,
  match: (e: IssueEvent) => boolean = () => true,
): (HumanChange & { event: IssueEvent }) | null {
  const found = [...(facts.history ?? [])]
    .reverse()
    .find((e) => events.includes(e.event) && e.actor !== facts.botLogin && match(e));
  if (!found || Date.parse(found.createdAt) < Date.parse(since)) return null;
  return { id: found.id, actor: found.actor, at: found.createdAt, event: found };
}

function lastDecision(draft: Draft, types: readonly IncidentEvent['type'][]): string {
  return [...draft.state.events].reverse().find((e) => types.includes(e.type))?.at ?? draft.state.openedAt;
}

/** "@bob added the label … at …; that needs write permission … (bob has triage), so Firebreak …". */
function refusal(
  change: HumanChange,
  what: string,
  undone: string,
  needed: Permission,
  have: Permission | null,
): string {
  return `@${change.actor} ${what} at ${utc(change.at)}; that needs **${needed}** permission on this repository (${change.actor} has ${have ?? 'no access'}), so Firebreak ${undone}.`;
}

/** One notice per undone change: what was done and undone, who may do it, and how. */
function revertNotice(draft: Draft, change: HumanChange, line: string, how: string): void {
  const key = `reverted:${change.id ?? `${change.actor}:${change.at}`}`;
  const said = message(
    'notice',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      title: 'A change was undone',
      lines: [line],
      advice: how,
    },
    { record: record('notice', key, []), allowMentions: [change.actor] },
  );
  draft.writes.push(commentWrite(key, `notice: undid a change by ${change.actor}`, said));
}

function followSeverityLabels(draft: Draft, facts: OutsideFacts): void {
  const change = severityFromLabels(
    {
      issue: facts.issue,
      config: facts.config,
      now: facts.now,
      botLogin: facts.botLogin,
      labelChange: facts.labelChange,
      labelHistory: facts.history,
    },
    draft.state,
  );
  if (!change) return;
  const human = { id: change.eventId, actor: change.view.by, at: change.event.at };
  const permission = allowed(facts, human.actor, 'severity');
  if (!permission.ok) {
    // The labels are put back to the state's severity by the label sync that every run plans.
    const label = facts.config.labels.severity[draft.state.severity].name;
    revertNotice(
      draft,
      human,
      refusal(
        human,
        `changed the severity (${change.view.via})`,
        `put back \`${label}\``,
        permission.needed,
        permission.have,
      ),
      `Someone with ${permission.needed} access can change the severity with \`/severity <P0-P4> [reason]\`, or with the label.`,
    );
    return;
  }
  const before = draft.state;
  const events = applyAll(draft, [change.event]);
  if (events.length === 0) return;
  draft.route = routeIncident(draft.config, draft.state.services, draft.state.severity);
  const dropped = draft.route.policy.steps
    .filter((s) => s.severities.includes(before.severity) && !s.severities.includes(draft.state.severity))
    .map((s) => `${s.name} no longer applies to ${draft.state.severity}`);
  const said = message(
    'severity-change',
    { ...change.view, incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl), escalation: dropped },
    { record: record('severity', change.key, events) },
  );
  draft.writes.push(commentWrite(change.key, `severity ${change.view.from} → ${change.view.to}`, said));
}

/** A status label a person added: followed as `/status` would be, or undone. */
function followStatusLabels(draft: Draft, facts: OutsideFacts): void {
  const byLabel = new Map(STATUSES.map((s) => [facts.config.labels.status[s].name.toLowerCase(), s] as const));
  const present = facts.issue.labels
    .map((l) => byLabel.get(l.toLowerCase()))
    .filter((s): s is Status => s !== undefined);
  if (present.length === 1 && present[0] === draft.state.status) return;
  const human = latestHuman(
    facts,
    ['labeled'],
    lastDecision(draft, ['status', 'resolved', 'reopened', 'opened']),
    (e) => e.label !== undefined && byLabel.has(e.label.toLowerCase()),
  );
  const to = human ? byLabel.get(human.event.label?.toLowerCase() ?? '') : undefined;
  if (!human || !to || to === draft.state.status || !present.includes(to)) return;
  // Resolving by label is resolving: it needs `resolve`, and closing the issue does it.
  const command: CommandName = to === 'resolved' ? 'resolve' : 'status';
  const permission = allowed(facts, human.actor, command);
  const label = facts.config.labels.status[draft.state.status].name;
  if (!permission.ok) {
    revertNotice(
      draft,
      human,
      refusal(
        human,
        `added the label \`${human.event.label}\``,
        `put back \`${label}\``,
        permission.needed,
        permission.have,
      ),
      `Someone with ${permission.needed} access can move the incident with \`/status ${to}\`${to === 'resolved' ? ' or `/resolve`' : ''}.`,
    );
    return;
  }
  const check = canTransition(draft.state.status, to);
  if (!check.ok || to === 'resolved') {
    const why =
      to === 'resolved'
        ? 'a label does not resolve an incident: the resolution, its clocks and the postmortem come with `/resolve` or closing the issue'
        : check.ok
          ? ''
          : check.reason;
    revertNotice(
      draft,
      human,
      `@${human.actor} added the label \`${human.event.label}\` at ${utc(human.at)}; Firebreak put back \`${label}\`: ${why}.`,
      to === 'resolved'
        ? 'Resolve it with `/resolve [summary]`, or close the issue.'
        : 'Use `/status` to move the incident.',
    );
    return;
  }
  const key = `status-label:${human.id}`;
  const event: IncidentEvent = {
    type: 'status',
    from: draft.state.status,
    to,
    note: `label ${human.event.label} added by ${human.actor}`,
    at: human.at,
    by: human.actor,
    key,
  };
  const previous = draft.state;
  const events = applyAll(draft, [event]);
  if (events.length === 0) return;
  const said = message(
    'status-update',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      author: human.actor,
      at: utc(human.at),
      statusChanged: true,
      previousStatusLabel: previous.status.charAt(0).toUpperCase() + previous.status.slice(1),
      note: `Set with the label \`${human.event.label}\`.`,
      impact: draft.state.impact ?? '',
      eta: draft.state.eta ? utc(draft.state.eta) : '',
      nextUpdateDue: '',
    },
    { record: record('status', key, events) },
  );
  draft.writes.push(commentWrite(key, `status ${previous.status} → ${to} (label)`, said));
}

/** The issue closed or reopened by hand: followed when permitted (closing resolves), else undone. */
function followIssueState(draft: Draft, facts: OutsideFacts): void {
  const event = issueStateDrift(facts.issue, draft.state, facts.issueChange, facts.now);
  if (!event || !event.key) return;
  const closing = event.type === 'resolved';
  const human =
    latestHuman(facts, [closing ? 'closed' : 'reopened'], lastDecision(draft, ['resolved', 'reopened', 'opened'])) ??
    (event.by !== 'someone' ? { id: null, actor: event.by, at: event.at } : null);
  if (human) {
    const permission = allowed(facts, human.actor, closing ? 'resolve' : 'reopen');
    if (!permission.ok) {
      draft.writes.push({
        kind: 'issueState',
        state: closing ? 'open' : 'closed',
        describe: closing
          ? 'reopen the issue (closed without permission)'
          : 'close the issue again (reopened without permission)',
      });
      revertNotice(
        draft,
        human,
        refusal(
          human,
          closing ? 'closed the issue' : 'reopened the issue',
          closing ? 'reopened it: the incident is not resolved' : 'closed it again: the incident stays resolved',
          permission.needed,
          permission.have,
        ),
        closing
          ? `Someone with ${permission.needed} access can resolve it with \`/resolve [summary]\` or by closing the issue.`
          : `Someone with ${permission.needed} access can reopen it with \`/reopen\`.`,
      );
      return;
    }
  }
  const attributed: IncidentEvent = human ? { ...event, by: human.actor, at: human.at } : event;
  const events = applyAll(draft, [attributed]);
  if (events.length === 0) return;
  const s = draft.state;
  const said = closing
    ? message(
        'resolution',
        resolutionView(s, draft.config, draft.issue.htmlUrl, attributed.by, attributed.at, 'The issue was closed.'),
        { record: record('resolution', event.key, events) },
      )
    : message(
        'status-update',
        {
          incident: incidentRef(s, draft.config, draft.issue.htmlUrl),
          author: attributed.by,
          at: utc(attributed.at),
          statusChanged: true,
          previousStatusLabel: 'Resolved',
          note: 'The issue was reopened: the incident is open again and the response clock restarts.',
          impact: s.impact ?? '',
          eta: '',
          nextUpdateDue: '',
        },
        { record: record('reopened', event.key, events) },
      );
  draft.writes.push(
    commentWrite(event.key, closing ? 'resolution (issue closed)' : 'incident reopened (issue reopened)', said),
  );
  if (closing)
    notify(
      draft,
      event.key,
      notificationFor(
        draft,
        'resolved',
        event.key,
        headlineOf(draft.state, attributed),
        `Resolved by ${attributed.by} (the issue was closed).`,
      ),
    );
}

/** The commander is the assignee: an assignment by someone with `ic` permission names a new commander. */
function followAssignees(draft: Draft, facts: OutsideFacts): void {
  const commander = draft.state.commander;
  const assignees = facts.issue.assignees.map((a) => a.toLowerCase());
  const agrees = commander
    ? assignees.includes(commander.toLowerCase()) && assignees.length === 1
    : assignees.length === 0;
  if (agrees) return;
  const human = latestHuman(facts, ['assigned', 'unassigned'], lastDecision(draft, ['commander', 'opened']));
  if (!human) return;
  const permission = allowed(facts, human.actor, 'ic');
  const assignee = human.event.assignee;
  if (!permission.ok) {
    const extra = facts.issue.assignees.filter((a) => a.toLowerCase() !== commander?.toLowerCase());
    const missing = commander && !assignees.includes(commander.toLowerCase()) ? [commander] : [];
    if (extra.length > 0 || missing.length > 0)
      draft.writes.push({
        kind: 'assign',
        add: missing,
        remove: extra,
        describe: `put the commander back as the only assignee (${human.event.event} by ${human.actor})`,
      });
    const what = `${human.event.event === 'assigned' ? 'assigned' : 'unassigned'} ${assignee ? `@${assignee}` : 'someone'}`;
    revertNotice(
      draft,
      human,
      refusal(
        human,
        what,
        commander ? `put back @${commander} as the incident commander` : 'took the assignment back',
        permission.needed,
        permission.have,
      ),
      `The assignee is the incident commander: someone with ${permission.needed} access can hand over with \`/ic @login\`.`,
    );
    return;
  }
  // A permitted assignment names the new commander; unassigning the commander leaves the incident without one.
  const next =
    human.event.event === 'assigned' && assignee
      ? assignee
      : (facts.issue.assignees.find((a) => a.toLowerCase() !== commander?.toLowerCase()) ?? null);
  if (next === null || next.toLowerCase() === commander?.toLowerCase()) return;
  const key = `commander-assigned:${human.id}`;
  const events = applyAll(draft, [{ type: 'commander', login: next, at: human.at, by: human.actor, key }]);
  if (events.length === 0) return;
  draft.writes.push(...commanderWrites(commander, next, facts.issue));
  const said = message(
    'notice',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      title: 'New incident commander',
      lines: [
        `@${human.actor} assigned @${next} at ${utc(human.at)}: ${next} is now the incident commander${commander ? ` (instead of ${commander})` : ''}.`,
      ],
      advice: '',
    },
    { record: record('commander', key, events), allowMentions: [next] },
  );
  draft.writes.push(commentWrite(key, `commander ${next} (assigned by ${human.actor})`, said));
}
