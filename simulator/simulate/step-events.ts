// What each step does on the emulator, as the person (or GitHub) it names: the webhook events it
// causes. A filing renders the body from the form as GitHub does; a redelivery repeats a step's events.
import type { Emulator, FaultKind, WebhookEvent } from '../emulator/index.js';
import { parseFormTemplate, renderIssueFormBody, type RenderableValue } from '../../src/forms/index.js';
import { globMatch, type Workflow } from '../harness/workflows.js';
import { applyFaults } from './faults.js';
import { shapeDispatches } from '../../src/relay/shape.js';
import type { Step, StepAction } from './scenario.js';

/** What a step needs from the run so far: the events each earlier step delivered, the workflows on the default branch. */
export interface StepContext {
  delivered: ReadonlyMap<number, WebhookEvent[]>;
  workflows: () => Promise<Workflow[]>;
}

export async function stepEvents(
  e: Emulator,
  action: StepAction,
  step: Step,
  runner: StepContext,
): Promise<WebhookEvent[]> {
  switch (action.kind) {
    case 'file-incident': {
      const path = `.github/ISSUE_TEMPLATE/${action.form}`;
      const text = e.snapshot().branches.main?.[path];
      if (text === undefined) throw new Error(`step ${step.index}: no issue form ${path} in the repository`);
      const template = parseFormTemplate(text);
      const body = renderIssueFormBody(template, action.fields as Record<string, RenderableValue>);
      // GitHub pre-fills the title with the form's `title:`; the reporter types after it.
      const prefix = template.title ? (template.title.endsWith(' ') ? template.title : `${template.title} `) : '';
      const title = prefix && !action.title.startsWith(prefix.trim()) ? `${prefix}${action.title}` : action.title;
      return e.openIssue({ as: action.as, title, body, labels: template.labels, template: true });
    }
    case 'sweep':
      // The frequent crons fire (those that run every hour or more often: hour field `*`), or the one named.
      return runner.workflows().then((wfs) =>
        wfs.flatMap((w) => {
          const { state, schedules } = e.workflow(w.file);
          const cron = schedules.find((c) => (action.cron ? c === action.cron : c.trim().split(/\s+/)[1] === '*'));
          return cron && state === 'active' ? [e.schedule({ workflow: w.file, cron })] : [];
        }),
      );
    case 'dispatch':
      return e.workflowDispatch({ as: action.as, workflow: action.workflow, inputs: action.inputs });
    case 'alert': {
      const payload = typeof action.payload === 'string' ? (JSON.parse(action.payload) as unknown) : action.payload;
      if (action.via === 'dispatch') {
        // What the tool sends itself: the payload as client_payload, or in the {source, payload} envelope when named.
        const clientPayload = (action.source === 'auto' ? payload : { source: action.source, payload }) as Record<
          string,
          unknown
        >;
        return e.repositoryDispatch({ as: action.as, eventType: 'firebreak-alert', clientPayload });
      }
      // Through the relay: its shaping (one dispatch per alert, trimmed to GitHub's limits), as it sends them.
      const shaped = shapeDispatches(payload, action.source);
      if (!shaped.ok) throw new Error(`step ${step.index}: the relay refuses the alert (400): ${shaped.error}`);
      return shaped.dispatches.flatMap((d) =>
        e.repositoryDispatch({ as: action.as, eventType: 'firebreak-alert', clientPayload: d.clientPayload }),
      );
    }
    case 'comment':
      return e.comment({ as: action.as, issue: action.issue, body: action.body });
    case 'edit-comment': {
      const issue = e.snapshot().issues.find((i) => i.number === action.issue);
      const pick = typeof action.comment === 'object' ? action.comment : { author: action.as };
      const candidates = (issue?.comments ?? []).filter(
        (c) =>
          c.author === (pick.author ?? action.as) && (pick.contains === undefined || c.body.includes(pick.contains)),
      );
      const target =
        typeof action.comment === 'number'
          ? issue?.comments.find((c) => c.id === action.comment)
          : candidates[candidates.length - 1];
      if (target === undefined)
        throw new Error(`step ${step.index}: no comment on #${action.issue} matches ${JSON.stringify(action.comment)}`);
      const body =
        action.body ??
        Object.entries(action.replace ?? {}).reduce((text, [from, to]) => text.split(from).join(to), target.body);
      return e.editComment({ as: action.as, comment: target.id, body });
    }
    case 'assign':
      return e.assign({
        as: action.as,
        issue: action.issue,
        ...(action.add ? { add: action.add } : {}),
        ...(action.remove ? { remove: action.remove } : {}),
      });
    case 'label':
      return e.label({
        as: action.as,
        issue: action.issue,
        ...(action.add ? { add: action.add } : {}),
        ...(action.remove ? { remove: action.remove } : {}),
      });
    case 'open-issue':
      return e.openIssue({ as: action.as, title: action.title, body: action.body, labels: action.labels });
    case 'edit-issue':
      return e.editIssue({
        as: action.as,
        issue: action.issue,
        ...(action.body !== undefined ? { body: action.body } : {}),
        ...(action.title !== undefined ? { title: action.title } : {}),
      });
    case 'close':
      return e.closeIssue({ as: action.as, issue: action.issue });
    case 'reopen':
      return e.reopenIssue({ as: action.as, issue: action.issue });
    case 'delete-issue':
      return e.deleteIssue({ as: action.as, issue: action.issue });
    case 'disable-workflow':
      // A person clicking "Disable workflow", or GitHub after 60 days without a commit: no event.
      e.disableWorkflow(action.workflow, action.reason);
      return [];
    case 'transfer-issue':
      return e.transferIssue({ as: action.as, issue: action.issue, to: action.to });
    case 'merge':
      return e.mergePull({ as: action.as, pull: action.pull });
    case 'open-pull':
      return e.openPull({
        as: action.as,
        head: action.branch,
        ...(action.base ? { base: action.base } : {}),
        title: action.title,
        body: action.body,
      });
    case 'deploy':
      e.deploy({ as: action.as, environment: action.environment, ref: action.ref });
      return [];
    case 'release':
      e.release({
        as: action.as,
        tag: action.tag,
        ...(action.name !== undefined ? { name: action.name } : {}),
        ...(action.ref !== undefined ? { ref: action.ref } : {}),
      });
      return [];
    case 'redeliver': {
      const events = runner.delivered.get(action.step);
      if (!events) throw new Error(`step ${step.index}: step ${action.step} has not happened (or delivered nothing)`);
      return events;
    }
    case 'wait':
      return [];
    case 'push': {
      const branch = e.snapshot().branches[action.branch] ?? {};
      const files: Record<string, string | null> = { ...action.files };
      for (const [pattern, replacements] of Object.entries(action.replace)) {
        const paths = Object.keys(branch).filter((p) => globMatch(pattern, p));
        if (paths.length === 0) throw new Error(`step ${step.index}: no file on ${action.branch} matches ${pattern}`);
        for (const path of paths) {
          let text = files[path] ?? branch[path] ?? '';
          for (const [from, to] of Object.entries(replacements)) {
            if (!text.includes(from))
              throw new Error(
                `step ${step.index}: ${path} on ${action.branch} does not contain ${JSON.stringify(from.slice(0, 60))}`,
              );
            text = text.split(from).join(to);
          }
          files[path] = text;
        }
      }
      return e.push({ as: action.as, branch: action.branch, files, message: action.message }).events;
    }
    case 'fault':
      if (action.clear) e.faults.clear();
      if (action.random) applyFaults(e, action.random);
      if (action.deliveries) e.receiver.failNext(action.deliveries);
      if (action.api) {
        const { kind, times, ...rest } = action.api;
        e.faults.add({ kind: kind as FaultKind, times: times ?? 1, ...rest });
      }
      return [];
  }
}
