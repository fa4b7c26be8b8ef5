// Sweeps only while needed. Every firing of the escalation workflow's 5-minute schedule bills a runner, so
// a sweep that finds nothing due in any incident switches that workflow off (the index records that
// Firebreak paused it), and the first incident run that has something due again sends a
// `repository_dispatch` (`firebreak-wake`) to the wake job in incident.yml, which sweeps at once and
// switches the schedule back on. Incident runs with something due also read the workflow's state, so a
// schedule GitHub disabled for inactivity, or a person disabled, is switched back on the same way.
// A schedule that cannot be switched back on while something is due fails the job (red): escalation must
// never stop quietly. Failing to pause only costs minutes, so it is a warning.
// The switch and the wake event are writes through the executor (executor/repository-writes.ts), so a dry
// run reads the workflow's state and logs what it would switch.
import type { Budget } from '../executor/execute.js';
import { applyRepositoryWrite, errorText, type RepositoryWrite } from '../executor/repository-writes.js';
import { parseWorkflow } from '../workflows/workflow.js';
import type { RunServices } from './run-services.js';
import type { IndexWrite, ScheduleIndex } from '../state/schedule-index.js';

export const WAKE_EVENT = 'firebreak-wake';

/** Whether any incident (open, or closed with a deadline left) has something due at some time. */
export function somethingDue(index: ScheduleIndex): boolean {
  return Object.values(index.incidents).some((entry) => entry.due !== null);
}

/** A write of this file's through the executor: under the run's dry run, and (pausing) its budget. */
function write(services: RunServices, change: RepositoryWrite, budget: Budget | null = null) {
  const { gateway, inputs, log } = services;
  return applyRepositoryWrite(change, { gateway, dryRun: inputs.dryRun, budget, log });
}

/**
 * After a sweep: what `paused` the index should record (undefined: unchanged). `needed` is true when
 * anything is due or anything was left undone by this run. Pausing counts against the run's budget;
 * switching the schedule back on is essential and does not.
 */
export async function keepSweepsNeeded(
  services: RunServices,
  index: ScheduleIndex,
  needed: boolean,
  budget: Budget,
): Promise<string | null | undefined> {
  const { gateway, inputs, log, clock, context } = services;
  const workflow = inputs.escalationWorkflow;
  if (workflow === '') return undefined;
  if (!needed) {
    if (index.paused) return undefined;
    // Pause only when something can wake the schedule again: never silence escalation for good.
    const missing = await wakeJobMissing(services);
    if (missing) {
      log.info(`Nothing is due, but ${workflow} stays on: ${missing}.`);
      return undefined;
    }
    const paused = await write(
      services,
      { kind: 'workflowEnabled', workflow, enabled: false, describe: `pause ${workflow} (nothing is due)` },
      budget,
    );
    if (paused.status !== 'done') {
      if (paused.status === 'failed')
        log.warning(
          `Nothing is due, but ${workflow} could not be paused (${errorText(paused.error)}): its schedule keeps running and billing minutes. Give the sweep jobs \`actions: write\` (docs/workflows.md).`,
        );
      else if (paused.status === 'over-budget')
        log.info(`Nothing is due, but this run's operations budget is spent: the next sweep pauses ${workflow}.`);
      return undefined;
    }
    log.info(`Nothing is due in any incident: paused ${workflow}; the next incident with something due wakes it.`);
    return clock.now().toISOString();
  }
  // The escalation schedule itself firing is proof it is on, unless Firebreak paused it a moment ago.
  const check = index.paused !== undefined || inputs.mode === 'wake' || context.eventName !== 'schedule';
  // (the wake job, "Run workflow", or the schedule firing while the index still says paused)
  if (!check) return undefined;
  let state: string | null;
  try {
    state = await gateway.getWorkflowState(workflow);
  } catch (error) {
    log.fail(`Could not read the state of ${workflow} (${errorText(error)}) while something is due.`);
    return undefined;
  }
  if (state === null) {
    log.fail(
      `${workflow} is missing from .github/workflows: escalations fire only on incident events and the daily check until it is back (firebreak init writes it).`,
    );
    return undefined;
  }
  if (state === 'active') return index.paused !== undefined ? null : undefined;
  const why = index.paused
    ? `paused by Firebreak at ${index.paused}`
    : state === 'disabled_inactivity'
      ? 'disabled by GitHub for inactivity (60 days without a commit)'
      : `${state} (disabled by a person)`;
  const enabled = await write(services, {
    kind: 'workflowEnabled',
    workflow,
    enabled: true,
    essential: true,
    describe: `switch ${workflow} back on (${why}; something is due)`,
  });
  if (enabled.status === 'dry-run') return undefined;
  if (enabled.status !== 'done') {
    log.fail(
      `${workflow} is ${why} while something is due, and could not be switched on (${outcomeText(enabled)}): escalations wait for incident events and the daily check. Enable it by hand (Actions tab, or \`gh workflow enable ${workflow}\`).`,
    );
    return undefined;
  }
  if (index.paused) log.info(`Something is due: woke ${workflow} (${why}).`);
  else log.warning(`${workflow} was ${why} while something is due: switched it back on.`);
  return null;
}

/**
 * After an incident run that left something due: if escalation.yml is off — paused by Firebreak (the index
 * says so), or disabled by GitHub for inactivity or by a person (its state says so) — send the wake job,
 * which has `actions: write`, to switch it on. The incident job itself only reads the state.
 */
export async function wakeSweepsIfOff(services: RunServices, index: ScheduleIndex, number: number): Promise<void> {
  const { gateway, inputs, log } = services;
  const workflow = inputs.escalationWorkflow;
  if (workflow === '') return;
  let why = index.paused ? `paused by Firebreak at ${index.paused}` : null;
  if (why === null) {
    let state: string | null;
    try {
      state = await gateway.getWorkflowState(workflow);
    } catch (error) {
      log.warning(
        `[#${number}] could not read the state of ${workflow} (${errorText(error)}); give this job \`actions: read\`.`,
      );
      return;
    }
    if (state === 'active') return;
    why = state === null ? 'missing from .github/workflows' : state;
    log.warning(`[#${number}] ${workflow} is ${why} while something is due.`);
  }
  const woken = await write(services, {
    kind: 'repositoryDispatch',
    event: WAKE_EVENT,
    payload: { incident: number, workflow },
    essential: true,
    describe: `[#${number}] send ${WAKE_EVENT} to switch ${workflow} on (${why})`,
  });
  if (woken.status === 'done') log.info(`[#${number}] ${workflow} is ${why}: sent ${WAKE_EVENT} to switch it on.`);
  else if (woken.status !== 'dry-run')
    log.fail(
      `[#${number}] ${workflow} is ${why} and the wake job could not be sent (${outcomeText(woken)}): later escalations wait until it is on. Enable it by hand (Actions tab, or \`gh workflow enable ${workflow}\`).`,
    );
}

/** The workflow that holds the wake job (what `firebreak init` writes). */
export const WAKE_WORKFLOW = '.github/workflows/incident.yml';

/** Why the wake job cannot be relied on (an older incident.yml, or none), or null when it is there. */
async function wakeJobMissing(services: RunServices): Promise<string | null> {
  let text: string | null;
  try {
    text = (await services.gateway.getFile(WAKE_WORKFLOW))?.content ?? null;
  } catch (error) {
    return `${WAKE_WORKFLOW} could not be read (${errorText(error)})`;
  }
  if (text === null) return `there is no ${WAKE_WORKFLOW} with the wake job`;
  try {
    const workflow = parseWorkflow('incident.yml', text);
    const types = workflow.on.repository_dispatch?.types;
    const hears = Array.isArray(types) ? types.includes(WAKE_EVENT) : types === WAKE_EVENT;
    const wakes = workflow.jobs.some((job) => job.steps.some((step) => step.inputs.mode === 'wake'));
    return hears && wakes
      ? null
      : `${WAKE_WORKFLOW} has no wake job (repository_dispatch ${WAKE_EVENT}, mode: wake); \`firebreak init --only workflows --force\` adds it`;
  } catch (error) {
    return `${WAKE_WORKFLOW} is not a workflow Firebreak can read (${errorText(error)})`;
  }
}

/** Why an essential write was not made (it is never over budget). */
function outcomeText(outcome: { status: 'failed'; error: unknown } | { status: 'over-budget' }): string {
  return outcome.status === 'failed' ? errorText(outcome.error) : 'the operations budget of this run is spent';
}

/** How long past its due time an entry may wait for a sweep before the schedule is suspected to be off. */
const SWEEP_SLACK_MS = 20 * 60_000;

/**
 * After an incident run wrote its entry and something is due: the schedule's state is read when the
 * incident starts needing sweeps (its first due time, or again after nothing was due), when Firebreak paused
 * the sweeps, and when a due time passed long ago with no sweep to act on it.
 */
export async function wakeIfUnswept(services: RunServices, written: IndexWrite, number: number): Promise<void> {
  const { index, before } = written;
  if (index.paused !== undefined || !sweptInTime(before, number, services.clock.now()))
    await wakeSweepsIfOff(services, index, number);
}

/**
 * Whether sweeps already had this incident in hand: the index had something due for it, and that time
 * has not been overdue for longer than a late schedule explains.
 */
function sweptInTime(index: ScheduleIndex, number: number, now: Date): boolean {
  const due = index.incidents[String(number)]?.due ?? null;
  return due !== null && now.getTime() - Date.parse(due) <= SWEEP_SLACK_MS;
}
