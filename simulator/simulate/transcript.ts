// Human-readable output of a simulation: a one-line description of each step for the live transcript,
// and the final threads as Markdown and as a self-contained HTML page (simulator/pages/).
import { renderThreadPage } from '../pages/thread-page.js';
import { describeFaults } from './faults.js';
import type { SimulationResult } from './simulate.js';
import type { Step, StepAction } from './scenario.js';

export function transcriptLine(step: Step, action: StepAction): string {
  const at = step.at.toISOString().slice(11, 16);
  const mode = step.burst
    ? ' (burst)'
    : step.concurrent
      ? ` (concurrent${step.concurrent > 1 ? `, each run ×${step.concurrent}` : ''})`
      : '';
  const head = `[${at}] step ${step.index}${mode}:`;
  switch (action.kind) {
    case 'file-incident':
      return `${head} ${action.as} files "${action.title}" from ${action.form}`;
    case 'sweep':
      return `${head} the scheduled sweep runs`;
    case 'dispatch':
      return `${head} ${action.as} runs workflow ${action.workflow}`;
    case 'alert':
      return `${head} an alert${action.source === 'auto' ? '' : ` (${action.source})`} arrives${action.via === 'relay' ? ' through the relay' : ''}`;
    case 'comment':
      return `${head} ${action.as} comments on #${action.issue}: ${firstLine(action.body)}`;
    case 'edit-comment':
      return `${head} ${action.as} edits a comment on #${action.issue}: ${
        action.body !== undefined
          ? firstLine(action.body)
          : `replaces ${Object.keys(action.replace ?? {})
              .map((k) => JSON.stringify(k))
              .join(', ')}`
      }`;
    case 'assign':
      return `${head} ${action.as} ${action.add ? `assigns ${action.add}` : `unassigns ${action.remove}`} on #${action.issue}`;
    case 'label':
      return `${head} ${action.as} ${action.add ? `adds label ${action.add}` : `removes label ${action.remove}`} on #${action.issue}`;
    case 'open-issue':
      return `${head} ${action.as} opens issue "${action.title}"`;
    case 'edit-issue':
      return `${head} ${action.as} edits #${action.issue}`;
    case 'close':
      return `${head} ${action.as} closes #${action.issue}`;
    case 'reopen':
      return `${head} ${action.as} reopens #${action.issue}`;
    case 'delete-issue':
      return `${head} ${action.as} deletes #${action.issue}`;
    case 'disable-workflow':
      return `${head} ${action.workflow} is ${action.reason === 'disabled_inactivity' ? 'disabled by GitHub for inactivity' : 'disabled by hand'}`;
    case 'transfer-issue':
      return `${head} ${action.as} transfers #${action.issue} to ${action.to}`;
    case 'merge':
      return `${head} ${action.as} merges pull request #${action.pull}`;
    case 'open-pull':
      return `${head} ${action.as} opens pull request "${action.title}" from ${action.branch}`;
    case 'deploy':
      return `${head} ${action.as} deploys ${action.ref} to ${action.environment}`;
    case 'release':
      return `${head} ${action.as} publishes release ${action.tag}${action.name ? ` (${action.name})` : ''}`;
    case 'redeliver':
      return `${head} GitHub delivers the events of step ${action.step} again`;
    case 'wait':
      return `${head} time passes`;
    case 'push':
      return `${head} ${action.as} pushes to ${action.branch}: ${action.message}`;
    case 'fault':
      return `${head} ${[
        action.clear ? 'faults cleared' : '',
        action.random ? `random GitHub API faults from now on (${describeFaults(action.random)})` : '',
        action.deliveries ? `fault injected: the next ${action.deliveries} notification deliveries fail` : '',
        action.api
          ? `fault injected: GitHub API ${action.api.kind}${action.api.route ? ` on ${action.api.route}` : ''}`
          : '',
      ]
        .filter(Boolean)
        .join('; ')}`;
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

export function renderThreadMarkdown(result: SimulationResult): string {
  const out: string[] = [`# ${result.repository} at ${result.now}`, ''];
  for (const issue of result.issues) {
    out.push(
      `## #${issue.number} ${issue.title} (${issue.state})`,
      '',
      `Labels: ${issue.labels.join(', ') || '—'} · Assignees: ${issue.assignees.join(', ') || '—'}`,
      '',
      issue.body,
      '',
    );
    for (const comment of issue.comments) {
      out.push(
        `### ${comment.author} · ${comment.created_at}${comment.updated_at !== comment.created_at ? ` (edited ${comment.updated_at})` : ''}`,
        '',
        comment.body,
        '',
      );
    }
  }
  for (const pull of result.pulls) {
    out.push(
      `## Pull request #${pull.number} ${pull.title} (${pull.merged ? 'merged' : pull.state})`,
      '',
      `${pull.head} → ${pull.base}`,
      '',
    );
    for (const [path, content] of Object.entries(pull.files))
      out.push(`### ${path}`, '', '````markdown', content ?? '(deleted)', '````', '');
  }
  out.push('## Runs', '', '| step | event | workflow | result |', '|---|---|---|---|');
  for (const run of result.runs)
    out.push(
      `| ${run.step} | ${run.event}${run.action ? `.${run.action}` : ''} | ${run.workflow} | ${run.cancelled ? 'cancelled' : `exit ${run.exit_code}`}${run.concurrent ? ' (concurrent)' : ''} |`,
    );
  if (result.faults.length > 0) {
    out.push('', '## Injected faults', '', '| fault | request | count |', '|---|---|---|');
    const counts = new Map<string, number>();
    for (const f of result.faults) {
      const row = `| ${f.kind} | \`${f.method} ${f.route}\``;
      counts.set(row, (counts.get(row) ?? 0) + 1);
    }
    for (const [row, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) out.push(`${row} | ${count} |`);
  }
  out.push('', '## API requests', '', '| request | count |', '|---|---|');
  for (const [route, count] of Object.entries(result.requests).sort(([a], [b]) => a.localeCompare(b)))
    out.push(`| \`${route}\` | ${count} |`);
  return `${out.join('\n')}\n`;
}

/** The threads as GitHub shows them (simulator/pages/thread-page.ts). */
export function renderThreadHtml(result: SimulationResult): string {
  return renderThreadPage(result);
}
