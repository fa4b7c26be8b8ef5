// What the golden plan cases share: the incident form's severity answers, incidents filed with the form
// at minute 0 of a PlanWorld, and the shape of a case (its golden file, what it shows, how it is built,
// and the behaviour it asserts besides the golden text).
import type { Decision } from '../../../src/domain/incident/decide.js';
import type { FiledForm } from '../../../src/domain/incident/intake.js';
import { PlanWorld, formBody, incidentForm, type WorldOptions } from './plan-world.js';
import { rendered } from './plan-text.js';

/** The severity options of .github/ISSUE_TEMPLATE/incident.yml. */
export const SEVERITY_ANSWER = {
  P0: 'P0 - Critical: complete outage for all users, confirmed data breach or active security compromise',
  P1: 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident',
  P2: 'P2 - Medium: minor functionality or performance degraded, workaround exists, minor security alert',
  P3: 'P3 - Low: cosmetic, no functional impact',
  P4: 'P4 - Informational: observation requiring investigation',
} as const;

/** An incident filed with the incident form (not yet decided). */
export function filed(title: string, answers: Record<string, string>, more: Partial<WorldOptions> = {}): PlanWorld {
  return new PlanWorld({
    title,
    labels: ['incident'],
    body: formBody(answers),
    form: incidentForm(answers),
    ...more,
  });
}

export const p0 = (more: Partial<WorldOptions> = {}): PlanWorld =>
  filed(
    'Checkout returns 500 for everyone',
    {
      'what-happened': 'Complete outage: every checkout request fails with a 500 since the 09:55 deploy.',
      severity: SEVERITY_ANSWER.P0,
      'who-is-affected': 'All users',
      workaround: 'No',
    },
    more,
  );

export const p1 = (more: Partial<WorldOptions> = {}): PlanWorld =>
  filed(
    'Search returns no results',
    {
      'what-happened': 'Major functionality impacted: search returns nothing for a significant share of users.',
      severity: SEVERITY_ANSWER.P1,
      'who-is-affected': 'About 40% of users',
      workaround: 'No',
    },
    more,
  );

export const securityForm = (answers: Record<string, string>): FiledForm => ({
  kind: 'security',
  answers,
  missing: [],
  invalid: [],
});

export interface DecideCase {
  /** Under test/domain/golden/decide/. */
  file: string;
  /** What the case shows, the golden file's first line. */
  title: string;
  /** Builds the thread step by step; returns the decision of the last step. */
  run: () => Decision;
  /** The behaviour the case is about, asserted besides the golden text. */
  check: (d: Decision) => void;
}

/** The kinds of the writes the executor would receive (a summary that would say nothing new is gone). */
export const kinds = (d: Decision): string[] => rendered(d.plan.writes).map((w) => w.kind);
export const commentKeys = (d: Decision): string[] =>
  rendered(d.plan.writes).flatMap((w) => (w.kind === 'comment' ? [w.key] : []));
