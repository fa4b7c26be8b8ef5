// Security incidents: the security team is assigned and notified, the procedure for the incident's type
// is posted as a checklist, and in a public repository the report itself is hidden (its SHA-256 kept so
// it can be verified later) — optionally after being copied to a private repository — so that nothing
// the reporter wrote stays in the public issue or appears in Firebreak's comments, files or messages.
import { message } from '../message.js';
import type { EvidenceEntry } from '../security/index.js';
import { bodyDigest, hiddenBodyNotice, opaqueReference, procedureChecklist } from '../security/index.js';
import type { PlannedWrite } from '../plan.js';
import { applyAll, commentWrite, record, type Draft } from './draft.js';
import type { IncidentEvent } from './events.js';
import { incidentRef } from './present.js';

export interface SecurityFacts {
  /** The repository is public: security incidents get restricted handling. */
  publicRepository: boolean;
  /** "owner/name" of the configured private repository when the token can reach it; null otherwise. */
  privateRepository: string | null;
  /** "owner/name" of this repository. */
  repository: string;
  /** Its web address, for the private vulnerability reporting link. */
  repositoryUrl: string;
  /** The committed evidence ledger, read when a pending comment records evidence; null when not read. */
  ledger: { entries: EvidenceEntry[]; sha: string | null } | null;
}

const ADVISORY_SEVERITY = { P0: 'critical', P1: 'high', P2: 'medium', P3: 'low', P4: 'low' } as const;

export const HIDDEN_HEADING = '## This report was hidden to protect it';

/** Logins of the security team (org/team slugs can be mentioned but not assigned). */
export function securityTeam(draft: Pick<Draft, 'config'>): { logins: string[]; mentions: string[] } {
  const team = draft.config.security.team.map((t) => t.replace(/^@/, ''));
  return { logins: team.filter((t) => !t.includes('/')), mentions: team };
}

export interface SecurityOpening {
  /** Recorded with the internal alert, so the record exists before the report is hidden. */
  events: IncidentEvent[];
  /** To run after the alert is posted. */
  writes: PlannedWrite[];
}

/** On triage of a security incident: assignment, the procedure checklist, and hiding the report. */
export function openSecurityIncident(draft: Draft, facts: SecurityFacts): SecurityOpening {
  const { state } = draft;
  const writes: PlannedWrite[] = [];
  if (!state.security) return { events: [], writes };
  const { logins } = securityTeam(draft);
  const assign = logins.filter((l) => !draft.issue.assignees.includes(l) && l !== state.commander);
  if (assign.length > 0)
    writes.push({
      kind: 'assign',
      add: assign,
      remove: [],
      describe: `assign the security team (${assign.join(', ')})`,
    });
  const profile = state.securityProfile ?? { type: 'other' as const, confirmed: false };
  const checklist = procedureChecklist(profile.type, draft.config);
  const key = `procedure:${profile.type}`;
  writes.push(
    commentWrite(
      key,
      `security procedure (${profile.type})`,
      message(
        'runbook',
        {
          incident: incidentRef(state, draft.config, draft.issue.htmlUrl),
          runbookId: `security-${profile.type}`,
          title: `Security procedure: ${checklist.title}`,
          steps: checklist.steps,
          reason: `security incident, ${profile.confirmed ? 'confirmed' : 'suspected'}`,
          workflow: '',
        },
        { record: record('procedure', key, []) },
      ),
    ),
  );
  if (profile.type === 'vulnerability' && draft.config.security.advisories && !state.keys.has('advisory')) {
    // A draft advisory is private to maintainers: the report's own words belong there.
    writes.push({
      kind: 'advisory',
      claimKey: 'alert',
      key: 'advisory',
      summary: `Vulnerability report from ${facts.repository}#${draft.issue.number}`,
      description: [
        `Reported in ${facts.repository}#${draft.issue.number} (${profile.confirmed ? 'confirmed' : 'suspected'}).`,
        '',
        draft.issue.body,
      ]
        .join('\n')
        .slice(0, 60_000),
      severity: ADVISORY_SEVERITY[state.severity],
      describe: 'open a draft security advisory',
    });
  }
  if (!facts.publicRepository) return { events: [], writes };
  const hidden = hideReport(draft, facts, 'restricted');
  return { events: hidden.events, writes: [...writes, ...hidden.writes] };
}

/** A restricted incident whose body a person edited back into the issue is hidden again. */
export function keepReportHidden(draft: Draft, facts: SecurityFacts): void {
  const { state, issue } = draft;
  if (!state.restricted || issue.body.includes(HIDDEN_HEADING)) return;
  const key = `restricted:${state.events.length}`;
  const hidden = hideReport(draft, facts, key);
  const events = applyAll(draft, hidden.events);
  if (events.length === 0) return;
  // The record comes first: a crash before the body is hidden again leaves the next run to retry.
  const said = message(
    'notice',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      title: 'The report was hidden again',
      lines: [
        'Someone edited the description of this security incident back in. Firebreak hid it again and recorded the SHA-256 of what was written.',
      ],
      advice: 'Send details through the private channel named in the description, not in this public issue.',
    },
    { record: record('restricted', key, events) },
  );
  draft.writes.push(commentWrite(key, 'the report was edited back in: hidden again', said));
  draft.writes.push(...hidden.writes);
}

function hideReport(draft: Draft, facts: SecurityFacts, key: string): SecurityOpening {
  const { issue } = draft;
  const digest = bodyDigest(issue.body);
  const reference = opaqueReference(issue.number, { repository: facts.repository });
  const channel = facts.privateRepository ? 'repository' : 'advisory';
  const writes: PlannedWrite[] = [];
  if (facts.privateRepository) {
    writes.push({
      kind: 'privateIncident',
      repository: facts.privateRepository,
      title: `${reference}: ${issue.title}`,
      body: [
        `Restricted details of ${facts.repository}#${issue.number} (public reference ${reference}).`,
        '',
        `SHA-256 of the original report: \`${digest}\``,
        '',
        '---',
        '',
        issue.body,
      ].join('\n'),
      describe: `copy the report to ${facts.privateRepository} as ${reference}`,
    });
  }
  writes.push({
    kind: 'editIssue',
    title: `[Security] Security incident #${issue.number}`,
    body: hiddenBodyNotice({
      digest,
      privateChannel:
        channel === 'repository'
          ? { kind: 'repository', reference }
          : { kind: 'advisory', url: `${facts.repositoryUrl}/security/advisories/new` },
      repositoryVisibility: 'public',
    }),
    describe: 'hide the report from the public issue',
  });
  return {
    events: [{ type: 'restricted', digest, channel, reference, at: draft.now.toISOString(), by: 'firebreak', key }],
    writes,
  };
}
