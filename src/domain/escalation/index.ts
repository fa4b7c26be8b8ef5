// The escalation evaluator: routing by service, due escalations, response-target breaches and update
// reminders, the next due instant for the scheduler, target resolution and SLA clocks. Pure: the clock,
// the configuration and the folded incident are passed in.
export { type IncidentRoute, type RoutingConfig, comparePolicies, ladder, routeIncident } from './route.js';
export {
  type BreachDue,
  type DueAction,
  type EscalationDue,
  type PolicyRoute,
  type ReminderDue,
  dueActions,
  firedAtFiling,
  nextByHand,
  nextDueAt,
  nextEscalation,
  nextUrgentAt,
} from './due.js';
export { type SeverityTable, escalationStopped } from './agenda.js';
export { breachKey, escalationKey, reminderKey } from './keys.js';
export {
  type OnCallLookup,
  type ResolvedTargets,
  type TargetContext,
  onCallFromRotations,
  resolveTargets,
} from './targets.js';
export { type ResponseTargetState, type SlaState, responseDue, slaState } from './sla.js';
