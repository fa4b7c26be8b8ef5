// The data-breach notification clock: regulators and affected users must hear within
// `security.notificationDeadline` of detection. Like the escalation evaluator (domain/escalation/due.ts),
// what is due is derived from timestamps and recorded keys, never from what the last sweep did: a late
// sweep fires the latest reminder only (the earlier ones are moot) and marks the breach of the deadline
// once, and nothing is due once notification is recorded.
import type { SecurityConfig, SecurityType } from '../../config/types.js';
import { MINUTE_MS, addMinutes, instantOf, minutesLate } from '../escalation/instants.js';
import type { IncidentState } from '../incident/state.js';

export interface SecurityClock {
  type: SecurityType;
  confirmed: boolean;
  /** When the breach became known: the deadline runs from here. */
  detectedAt: string;
  /** When notification was recorded (a `notified` event); null while it is outstanding. */
  notifiedAt: string | null;
}

export type SecurityClockState = Pick<IncidentState, 'cycle' | 'keys' | 'resolvedAt'>;
export interface SecurityClockConfig {
  security: Pick<SecurityConfig, 'notificationDeadline' | 'reminders'>;
}

interface DeadlineDueBase {
  /** Idempotency key: record it with the fired action's event and it is never due again. */
  key: string;
  due: Date;
  /** floor((now − due) / 1 minute). */
  lateMinutes: number;
  /** floor((deadline − now) / 1 minute): negative once the deadline has passed. */
  remainingMinutes: number;
  /** When notification is due. */
  deadline: Date;
}

export interface DeadlineReminderDue extends DeadlineDueBase {
  kind: 'deadline-reminder';
  /** The configured reminder: this many minutes before the deadline. */
  minutesBefore: number;
}

export interface DeadlineBreachDue extends DeadlineDueBase {
  kind: 'deadline-breach';
}

export type SecurityDueAction = DeadlineReminderDue | DeadlineBreachDue;

const KEY_PREFIX = 'security:deadline:';

export function deadlineReminderPrefix(cycle: number): string {
  return `${KEY_PREFIX}${cycle}:reminder:`;
}

export function deadlineReminderKey(cycle: number, minutesBefore: number): string {
  return `${deadlineReminderPrefix(cycle)}${minutesBefore}`;
}

export function deadlineBreachKey(cycle: number): string {
  return `${KEY_PREFIX}${cycle}:breach`;
}

export function notificationDeadline(detectedAt: string, config: SecurityClockConfig): Date {
  return new Date(addMinutes(instantOf(detectedAt), config.security.notificationDeadline));
}

interface PendingReminder {
  kind: 'deadline-reminder';
  key: string;
  due: number;
  minutesBefore: number;
}
type Pending = { kind: 'deadline-breach'; key: string; due: number } | PendingReminder;

/** Whether the clock runs at all: data breaches, until notified; a suspected one also stops when resolved. */
function clockRuns(state: SecurityClockState, clock: SecurityClock): boolean {
  if (clock.type !== 'data-breach' || clock.notifiedAt !== null) return false;
  // Resolving a confirmed breach fixes the systems, not the duty to notify; a suspected one resolved
  // without notification was ruled out.
  return clock.confirmed || state.resolvedAt === null;
}

/** The smallest `minutesBefore` of a reminder recorded this cycle: it covers every reminder before it. */
function latestRecordedReminder(state: SecurityClockState): number | null {
  const prefix = deadlineReminderPrefix(state.cycle);
  let latest: number | null = null;
  for (const key of state.keys) {
    if (!key.startsWith(prefix)) continue;
    const before = Number(key.slice(prefix.length));
    if (Number.isFinite(before) && (latest === null || before < latest)) latest = before;
  }
  return latest;
}

/**
 * Everything the clock still owes, with due instants (past ones included until recorded): the breach
 * mark, and while the deadline is ahead, the latest reminder already due plus the reminders to come.
 * Once the deadline has passed only the breach is left — a reminder then would only repeat it.
 */
function pendingDeadline(
  state: SecurityClockState,
  config: SecurityClockConfig,
  clock: SecurityClock,
  now: number,
): Pending[] {
  if (!clockRuns(state, clock)) return [];
  const breachKey = deadlineBreachKey(state.cycle);
  if (state.keys.has(breachKey)) return [];
  const detected = instantOf(clock.detectedAt);
  const deadline = instantOf(notificationDeadline(clock.detectedAt, config));
  const pending: Pending[] = [{ kind: 'deadline-breach', key: breachKey, due: deadline }];
  if (now >= deadline) return pending;

  const covered = latestRecordedReminder(state);
  const reminders = [...new Set(config.security.reminders)]
    .filter((before) => before > 0 && (covered === null || before < covered))
    // A reminder longer than the whole window is due the moment the breach is known.
    .map(
      (before): PendingReminder => ({
        kind: 'deadline-reminder',
        key: deadlineReminderKey(state.cycle, before),
        due: Math.max(detected, addMinutes(deadline, -before)),
        minutesBefore: before,
      }),
    );
  const reached = reminders.filter((item) => item.due <= now);
  // Reminders clamped to the detection share an instant; the one nearest the deadline speaks for them.
  const latest = reached.reduce<PendingReminder | null>(
    (a, b) => (a === null || b.due > a.due || (b.due === a.due && b.minutesBefore < a.minutesBefore) ? b : a),
    null,
  );
  if (latest !== null) pending.push(latest);
  pending.push(...reminders.filter((item) => item.due > now));
  return pending;
}

function byDue(a: Pending, b: Pending): number {
  // At the same instant a reminder reads before the breach.
  return a.due - b.due || (a.kind === b.kind ? 0 : a.kind === 'deadline-reminder' ? -1 : 1);
}

/**
 * The deadline actions due at `now` and not yet recorded, in order of due time: the latest reminder due
 * (only while the deadline is ahead), and the breach of the deadline once it has passed unnotified.
 */
export function securityDueActions(
  state: SecurityClockState,
  config: SecurityClockConfig,
  clock: SecurityClock,
  now: Date,
): SecurityDueAction[] {
  const at = instantOf(now);
  const deadline = instantOf(notificationDeadline(clock.detectedAt, config));
  return pendingDeadline(state, config, clock, at)
    .filter((item) => item.due <= at)
    .sort(byDue)
    .map((item): SecurityDueAction => {
      const base = {
        key: item.key,
        due: new Date(item.due),
        lateMinutes: minutesLate(at, item.due),
        remainingMinutes: Math.floor((deadline - at) / MINUTE_MS),
        deadline: new Date(deadline),
      };
      return item.kind === 'deadline-breach'
        ? { kind: 'deadline-breach', ...base }
        : { kind: 'deadline-reminder', minutesBefore: item.minutesBefore, ...base };
    });
}

/**
 * The earliest instant an unrecorded deadline action is due, or null when none ever will be (not a
 * breach, notified, breach already marked). Strictly after `now` whenever `securityDueActions` is empty.
 */
export function securityNextDueAt(
  state: SecurityClockState,
  config: SecurityClockConfig,
  clock: SecurityClock,
  now: Date,
): Date | null {
  const items = pendingDeadline(state, config, clock, instantOf(now));
  if (items.length === 0) return null;
  return new Date(Math.min(...items.map((item) => item.due)));
}
