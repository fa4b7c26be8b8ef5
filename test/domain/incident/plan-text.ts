// A decision as readable text for golden files: the plan's writes in order, worded by the render step
// with the bundled templates (comment bodies as posted, each hidden record decoded below its comment,
// one event per line), the notes, and the state the plan leaves with the times the sweep and a watch
// must look again. Deterministic: nothing here reads a clock.
import type { Decision } from '../../../src/domain/incident/decide.js';
import type { IncidentEvent } from '../../../src/domain/incident/events.js';
import type { IncidentState } from '../../../src/domain/incident/state.js';
import type { PlannedWrite, RenderedWrite } from '../../../src/domain/plan.js';
import { renderPlan } from '../../../src/render/plan.js';
import { TemplateRegistry } from '../../../src/render/registry.js';
import { parseMarkers } from '../../../src/state/markers.js';

const templates = TemplateRegistry.defaults();

/** Planned writes as the executor receives them: comments worded with the bundled templates. */
export function rendered(writes: readonly PlannedWrite[]): RenderedWrite[] {
  return renderPlan({ incident: 0, writes: [...writes], notes: [] }, templates).writes;
}

const indent = (text: string, by = '    '): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');

/** A hidden marker's data: scalars on one line each, lists one element per line, objects pretty-printed. */
function markerText(kind: string, data: unknown): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return `${kind}: ${JSON.stringify(data)}`;
  const lines = [`${kind}:`];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      lines.push(`  ${key}:${value.length === 0 ? ' []' : ''}`);
      for (const item of value) lines.push(`    - ${JSON.stringify(item)}`);
    } else if (value !== null && typeof value === 'object') {
      lines.push(`  ${key}:`, indent(JSON.stringify(value, null, 2), '    '));
    } else lines.push(`  ${key}: ${JSON.stringify(value)}`);
  }
  return lines.join('\n');
}

/** A comment body with each marker replaced by a pointer, and the markers' contents after it. */
export function bodyText(body: string): string {
  const markers = parseMarkers(body);
  let shown = body;
  markers.forEach((m, i) => {
    shown = shown.replace(m.raw, `<!-- firebreak:${m.kind} [marker ${i + 1}] -->`);
  });
  const decoded = markers.map((m, i) => `[marker ${i + 1}] ${markerText(m.kind, m.data)}`);
  return [shown.replace(/\s+$/, ''), ...(decoded.length > 0 ? ['', ...decoded] : [])].join('\n');
}

export function writeText(write: RenderedWrite, index: number): string {
  const head = `${index + 1}. ${write.kind} — ${write.describe}`;
  switch (write.kind) {
    case 'comment':
      return [`${head}`, `   key: ${write.key}`, indent(bodyText(write.body))].join('\n');
    case 'summary':
    case 'editIssue':
    case 'privateIncident': {
      const { kind: _kind, describe: _describe, body, ...rest } = write;
      const fields = Object.entries(rest).map(([k, v]) => `   ${k}: ${JSON.stringify(v)}`);
      return [head, ...fields, ...(body !== undefined ? [indent(bodyText(body))] : [])].join('\n');
    }
    case 'postmortem': {
      const { content, ...pull } = write.pull;
      const fields = Object.entries(pull).map(([k, v]) => `   ${k}: ${JSON.stringify(v)}`);
      return [head, ...fields, '   content:', indent(bodyText(content))].join('\n');
    }
    default: {
      const { kind: _kind, describe: _describe, ...rest } = write;
      return [head, ...Object.entries(rest).map(([k, v]) => `   ${k}: ${JSON.stringify(v)}`)].join('\n');
    }
  }
}

export function eventLine(event: IncidentEvent): string {
  const { type, at, by, key, ...rest } = event;
  const more = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
  return `${at} ${type} by ${by}${key !== undefined ? ` [${key}]` : ''}${more}`;
}

export function stateText(state: IncidentState | null): string {
  if (!state) return 'state: none';
  const { events, keys, ...rest } = state;
  return [
    'state:',
    indent(JSON.stringify(rest, null, 2), '  '),
    `  keys: ${JSON.stringify([...keys].sort())}`,
    '  timeline:',
    ...events.map((e) => `    - ${eventLine(e)}`),
  ].join('\n');
}

/** The whole decision: what the case is, the writes, the notes, the state left and when to look again. */
export function decisionText(title: string, decision: Decision): string {
  const writes = rendered(decision.plan.writes);
  return [
    `# ${title}`,
    '',
    `writes (${writes.length}):`,
    ...writes.map((w, i) => `${writeText(w, i)}\n`),
    'notes:',
    ...decision.plan.notes.map((n) => `  - ${n}`),
    '',
    `next due: ${decision.nextDue?.toISOString() ?? 'none'}`,
    `next urgent: ${decision.nextUrgent?.toISOString() ?? 'none'}`,
    '',
    stateText(decision.state),
    '',
  ].join('\n');
}

/** What the command runner left in a draft: its writes, the facts and confirmations, the notes, the state. */
export function commandRunText(
  title: string,
  run: {
    writes: readonly PlannedWrite[];
    confirmations: readonly PlannedWrite[];
    facts: readonly { replyTo: number; ran: string; events: IncidentEvent[] }[];
    notes: readonly string[];
    state: IncidentState;
  },
  before: number,
): string {
  const writes = rendered(run.writes);
  return [
    `# ${title}`,
    '',
    `writes (${writes.length}):`,
    ...writes.map((w, i) => `${writeText(w, i)}\n`),
    `facts for the live summary (${run.facts.length}):`,
    ...run.facts.flatMap((f) => [
      `  - comment ${f.replyTo} (ran ${f.ran.slice(0, 12)}…)`,
      ...f.events.map((e) => `      ${eventLine(e)}`),
    ]),
    `confirmations after the summary edit (${run.confirmations.length}):`,
    ...rendered(run.confirmations).map((w, i) => indent(writeText(w, i), '  ')),
    'notes:',
    ...run.notes.map((n) => `  - ${n}`),
    '',
    'events the commands added:',
    ...run.state.events.slice(before).map((e) => `  - ${eventLine(e)}`),
    '',
    stateText(run.state),
    '',
  ].join('\n');
}
