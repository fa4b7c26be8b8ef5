// Decides, from the event alone and before anything heavy is imported, whether Firebreak has work to do.
// Conservative: when in doubt, run. Pure and tiny — the action's cold start on ignored events depends on it.

export type Relevance = { run: true } | { run: false; reason: string };

interface Payload {
  action?: string;
  issue?: { number?: number; labels?: Array<{ name?: string } | string>; pull_request?: unknown };
  comment?: { body?: string; user?: { type?: string; login?: string } };
  pull_request?: { head?: { ref?: string }; merged?: boolean };
}

const ISSUE_ACTIONS = new Set([
  'opened',
  'edited',
  'labeled',
  'unlabeled',
  'assigned',
  'unassigned',
  'closed',
  'reopened',
  'deleted',
  'transferred',
]);

export function relevance(eventName: string, payload: Payload): Relevance {
  switch (eventName) {
    case 'schedule':
    case 'workflow_dispatch':
    case 'repository_dispatch':
      return { run: true };
    case 'issues': {
      if (!ISSUE_ACTIONS.has(payload.action ?? ''))
        return { run: false, reason: `issues.${payload.action} never changes an incident` };
      // An issue without labels is not an incident and cannot have become one.
      if (labelCount(payload) === 0 && payload.action !== 'unlabeled')
        return { run: false, reason: `issue #${payload.issue?.number} has no labels: not an incident` };
      return { run: true };
    }
    case 'issue_comment': {
      if (payload.action !== 'created' && payload.action !== 'edited')
        return { run: false, reason: `issue_comment.${payload.action} changes nothing` };
      const user = payload.comment?.user;
      // The action's own comments (and other bots') are never commands; events they cause start no runs
      // with the default token anyway, but an App token's would.
      if (user?.type === 'Bot' || user?.login?.endsWith('[bot]'))
        return { run: false, reason: `comment by ${user.login} (a bot) is never a command` };
      const looksLikeCommand = /^[ \t]*\//m.test(payload.comment?.body ?? '');
      if (labelCount(payload) === 0 && !looksLikeCommand)
        return { run: false, reason: `comment on #${payload.issue?.number}: not an incident and no command` };
      return { run: true };
    }
    case 'pull_request':
    case 'pull_request_target':
      return { run: true };
    default:
      return { run: false, reason: `event ${eventName} is not one Firebreak handles` };
  }
}

function labelCount(payload: Payload): number {
  return payload.issue?.labels?.length ?? 0;
}
