// issues.deleted and issues.transferred: the incident's issue is no longer in this repository, so there
// is nothing to reconcile (reading it would fail: 410 Gone, or a redirect to a repository the token may
// not see). Its schedule-index entry is dropped so no sweep looks for it again, and the run says so —
// for a transfer, where the incident went.
import type { RunServices } from './run-services.js';
import { readIndex, writeScheduleIndex } from '../executor/schedule-index.js';

export interface GonePayload {
  action?: string;
  issue?: { number?: number; title?: string };
  sender?: { login?: string };
  changes?: { new_issue?: { number?: number; html_url?: string }; new_repository?: { full_name?: string } };
}

export interface GoneOutcome {
  number: number;
  /** For the job summary. */
  summary: string;
}

export function isGoneEvent(eventName: string, payload: GonePayload): boolean {
  return eventName === 'issues' && (payload.action === 'deleted' || payload.action === 'transferred');
}

export async function issueGone(services: RunServices, payload: GonePayload): Promise<GoneOutcome> {
  const { gateway, log } = services;
  const number = Number(payload.issue?.number);
  const by = payload.sender?.login ?? services.context.actor;
  const moved = payload.changes?.new_issue;
  const where = payload.changes?.new_repository?.full_name;
  const to = moved?.number !== undefined && where ? `${where}#${moved.number}` : (where ?? 'another repository');
  const what =
    payload.action === 'transferred'
      ? `Issue #${number} was transferred to ${to}${moved?.html_url ? ` (${moved.html_url})` : ''} by ${by}: the incident's thread, Firebreak's records included, moved there with it.`
      : `Issue #${number} was deleted by ${by}: its incident and its thread are gone.`;
  const loaded = await readIndex(gateway);
  const listed = String(number) in loaded.index.incidents;
  // writeScheduleIndex writes nothing in a dry run, and says so by returning null.
  const dropped = listed ? (await writeScheduleIndex(services, loaded, [{ number, entry: null }])) !== null : false;
  const entry = !listed
    ? 'it had no schedule entry'
    : dropped
      ? 'its schedule entry was dropped'
      : 'dry run: its schedule entry would be dropped';
  const line = `${what} Firebreak stops escalating it here; ${entry}. Alerts already sent to channels (PagerDuty included) are not resolved by Firebreak.`;
  log.info(line);
  return { number, summary: `\n${line}\n` };
}
