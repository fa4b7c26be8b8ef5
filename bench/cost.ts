// What the shipped workflows cost in Actions minutes over a reference month (issue 16): 30 days with the
// 5-minute schedule, 600 events on issues that are not incidents (300 filed, 300 comments), one P1 lasting
// 2 hours with 12 commands, and one P3 open for a working day (8 hours). Replayed with the simulator: each
// run reports `skipped` (its job's `if:` was false: no runner) and `minutes` (each started job rounded up
// to whole minutes, watch time included). The sweeps pause themselves while nothing is due, so most of the
// month's 8,640 schedule firings start no run at all.
import { parseScenario } from '../simulator/simulate/scenario.js';
import { simulate, type RunRecord } from '../simulator/simulate/simulate.js';
import { ON_CALL_CONFIG, packageRoot } from './fixture.js';

export interface CostResults {
  days: number;
  scheduleFirings: number;
  runsStarted: number;
  jobsSkipped: number;
  sweepsStarted: number;
  billedMinutes: number;
  byWorkflow: Record<string, { runs: number; skipped: number; minutes: number }>;
  /** The same month with the schedule never paused: every firing a billed minute (an estimate). */
  alwaysOnMinutes: number;
  target: number;
  failedRuns: number;
}

export const COST_TARGET_MINUTES = 300;
const START = Date.parse('2026-03-01T00:00:00Z');
const DAY = 86_400_000;

const P1 = 'P1 - High: major functionality down for many users, severe slowdown, or potential security incident';
const P3 = 'P3 - Low: cosmetic, no functional impact';

type Step = { at: number; yaml: string };

export function referenceMonth(days: number): string {
  const steps: Step[] = [];
  const p1 = START + 9 * DAY + 14 * 3_600_000; // day 10, 14:00
  const p3 = START + 19 * DAY + 9 * 3_600_000; // day 20, 09:00
  // The filing job watches a fresh P1 until the /ack 11 minutes later ends its escalation: the schedule's
  // firings in that window are left out, because on GitHub the watching job does their work beside them.
  const watched = (t: number) => t > p1 && t < p1 + 11 * 60_000;
  for (let t = START; t < START + days * DAY; t += 5 * 60_000)
    if (!watched(t)) steps.push({ at: t, yaml: 'sweep: {}' });
  // 600 events on issues that are not incidents: 300 filed, each commented on an hour later.
  for (let k = 0; k < 300; k++) {
    const at = START + Math.floor(((k + 0.5) * days * DAY) / 300) + 60_000;
    steps.push({ at, yaml: `open-issue: { as: carol, title: "Question ${k + 1}", body: "How do I export?" }` });
    steps.push({ at: at + 3_600_000, yaml: `comment: { issue: ISSUE${k}, as: alice, body: "Answered in the docs." }` });
  }
  const incident = (title: string, severity: string) =>
    `file-incident: { form: incident.yml, as: carol, title: "${title}", fields: { what-happened: "${title}.", severity: "${severity}", workaround: "No" } }`;
  steps.push({ at: p1, yaml: incident('Checkout is down', P1) });
  const commands = [
    '/ack',
    '/status identified',
    '/update rolling back',
    '/role scribe @dave',
    '/update half the pods back',
    '/status mitigating',
    '/update error rate falling',
    '/status monitoring',
    '/update error rate normal',
    '/timeline',
    '/update all clear for 30 minutes',
    '/resolve rolled back the payments deploy',
  ];
  commands.forEach((body, i) =>
    steps.push({ at: p1 + 11 * 60_000 + i * 10 * 60_000, yaml: `comment: { issue: P1, as: alice, body: "${body}" }` }),
  );
  steps.push({ at: p3, yaml: incident('Logo blurry on the pricing page', P3) });
  steps.push({ at: p3 + 20 * 60_000, yaml: 'comment: { issue: P3, as: alice, body: "/ack" }' });
  steps.push({
    at: p3 + 8 * 3_600_000,
    yaml: 'comment: { issue: P3, as: alice, body: "/resolve new asset deployed" }',
  });
  steps.sort((a, b) => a.at - b.at);
  // Issue numbers in order of creation (the P1's postmortem pull request takes one too).
  let next = 1;
  const numbers = new Map<string, number>();
  let issue = 0;
  const lines = steps.map(({ at, yaml }) => {
    let text = yaml;
    if (text.startsWith('open-issue')) numbers.set(`ISSUE${issue++}`, next++);
    else if (text.includes('"Checkout is down"')) numbers.set('P1', next++);
    else if (text.includes('"Logo blurry')) numbers.set('P3', next++);
    else if (text.includes('/resolve') && text.includes('issue: P1')) next++; // P1's postmortem pull request (a P3 needs none)
    text = text.replace(/issue: (ISSUE\d+|P1|P3)/, (_, key: string) => `issue: ${numbers.get(key)}`);
    return `  - { at: "${new Date(at).toISOString()}", ${text} }`;
  });
  return `start: ${new Date(START).toISOString()}
users: { alice: write, carol: read, dave: write }
files:
${ON_CALL_CONFIG}steps:
${lines.join('\n')}
`;
}

export async function costBenchmark(days = 30): Promise<CostResults> {
  const text = referenceMonth(days);
  const result = await simulate(parseScenario(text, 'bench/cost (reference month)'), { packageRoot: packageRoot() });
  const runs: RunRecord[] = result.runs.filter((r) => !r.cancelled);
  const byWorkflow: CostResults['byWorkflow'] = {};
  for (const run of runs) {
    const entry = (byWorkflow[run.workflow] ??= { runs: 0, skipped: 0, minutes: 0 });
    if (run.skipped) entry.skipped++;
    else entry.runs++;
    entry.minutes += run.minutes ?? 0;
  }
  const scheduleFirings = (days * DAY) / (5 * 60_000);
  const sweepsStarted = runs.filter((r) => r.event === 'schedule' && !r.skipped).length;
  const billedMinutes = runs.reduce((sum, r) => sum + (r.minutes ?? 0), 0);
  const results: CostResults = {
    days,
    scheduleFirings,
    runsStarted: runs.filter((r) => !r.skipped).length,
    jobsSkipped: runs.filter((r) => r.skipped).length,
    sweepsStarted,
    billedMinutes,
    byWorkflow,
    alwaysOnMinutes: billedMinutes - sweepsStarted + scheduleFirings,
    target: COST_TARGET_MINUTES,
    failedRuns: runs.filter((r) => r.exit_code !== 0).length,
  };
  console.log(
    `Actions minutes, reference month (${days} days): ${billedMinutes} billed (target ≤ ${COST_TARGET_MINUTES}); ${results.runsStarted} runs started, ${results.jobsSkipped} skipped, ${sweepsStarted} of ${scheduleFirings} schedule firings started a sweep; never pausing would bill about ${results.alwaysOnMinutes}`,
  );
  return results;
}
