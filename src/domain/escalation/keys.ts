// Idempotency keys of the actions the evaluator proposes. The executor records each fired action as an
// event carrying its key; the fold collects keys into `state.keys`, and a key there never fires again.
// Commands that fire a step by hand (`/escalate`) use the same key so the sweep does not repeat it.

export function escalationKey(cycle: number, stepId: string): string {
  return `escalation:${cycle}:${stepId}`;
}

export function breachKey(cycle: number): string {
  return `breach:${cycle}:response`;
}

/** Every key of one silence (same cycle, same last update) starts with this. */
export function reminderPrefix(cycle: number, lastUpdateAt: string): string {
  return `reminder:${cycle}:${lastUpdateAt}:`;
}

/**
 * `sinceUpdate`: minutes from the last update to the reminder's due instant (intervals × cadence).
 * Minutes rather than the interval count, so a severity change that alters the cadence can never give
 * a new reminder the key of an earlier one (the 2nd of a 30-minute cadence and the 2nd of an hourly one
 * are different reminders) — while two cadences landing on the same instant share one key.
 */
export function reminderKey(cycle: number, lastUpdateAt: string, sinceUpdate: number): string {
  return `${reminderPrefix(cycle, lastUpdateAt)}+${sinceUpdate}m`;
}
