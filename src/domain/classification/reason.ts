// The severity's reason in one line, naming every step that shaped it, in order: where the severity
// came from (the reporter, a rule, the default), the cap that lowered it, the security floor that
// raised it — "P1 from rule "major-functionality" (…), capped to P2 by rule "workaround-available" (…)".
import type { Classification } from './classify.js';

export function reasonOf(c: Classification): string {
  const steps: string[] = [];
  const base = c.floor ? c.floor.from : c.severity;
  if (c.rule && (c.decidedBy === 'rule' || (c.decidedBy === 'security-floor' && c.rule))) {
    const raised = c.capped ? c.capped.from : base;
    steps.push(`${raised} from rule "${c.rule.id}": ${c.rule.description} (${c.rule.matched})`);
    if (c.capped)
      steps.push(
        `capped to ${c.capped.to} by rule "${c.capped.rule.id}": ${c.capped.rule.description} (${c.capped.rule.matched})`,
      );
  } else if (c.reported !== null) {
    steps.push(`the reporter chose ${c.reported}`);
  } else {
    steps.push(`no severity could be read: the default ${base} applies`);
  }
  if (c.floor)
    steps.push(
      `raised to ${c.floor.to} by the security procedure "${c.floor.procedure}" (${c.floor.confirmed ? 'confirmed' : 'suspected'})`,
    );
  return steps.join(', ');
}
