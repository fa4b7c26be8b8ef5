// The checklist a security incident follows: the configured procedure for its type (by default the
// playbook's security runbook specialised per type, src/config/default-security.ts).
import type { SecurityConfig, SecurityType } from '../../config/types.js';

export interface SecurityChecklist {
  title: string;
  steps: string[];
}

export function procedureChecklist(
  type: SecurityType,
  config: { security: Pick<SecurityConfig, 'procedures'> },
): SecurityChecklist {
  const procedure = config.security.procedures[type];
  return { title: procedure.title, steps: [...procedure.steps] };
}
