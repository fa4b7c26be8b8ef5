// Reading a severity out of what people write: form answers, labels, command arguments.
import { SEVERITIES, type Severity, type SeverityPolicy } from '../../config/types.js';
import { answerHead, foldText } from './answers.js';

// The severity must lead the text (after optional brackets or emphasis and an optional "severity"
// prefix) so that "P1 - High: …", "SEV-1", "severity:P1" and "[p1]" read as P1, while prose that merely
// mentions a level ("not P0, maybe P2") or "P10" / "P1.5" does not. "Not sure" reads as nothing.
const LEADING_SEVERITY = /^[\s[(*_"'`]*(?:sev(?:erity)?[\s:=/_-]*p?|p)[\s_-]?([0-4])(?![\p{L}\p{M}\p{N}_]|[.,]\p{N})/iu;

/**
 * The severity `text` names, or null ("Not sure", "", anything unrecognised). With `severities`, a bare
 * level name from the configuration also counts ("High", "critical: everything is down").
 */
export function readSeverity(
  text: string | null | undefined,
  severities?: Partial<Record<Severity, Pick<SeverityPolicy, 'name'>>>,
): Severity | null {
  if (typeof text !== 'string') return null;
  const normalized = text.normalize('NFKC');
  const digit = LEADING_SEVERITY.exec(normalized)?.[1];
  if (digit !== undefined) return SEVERITIES[Number(digit)] ?? null;
  if (severities) {
    const head = foldText(answerHead(normalized));
    for (const id of SEVERITIES) {
      const name = severities[id]?.name;
      if (name && head !== '' && foldText(name) === head) return id;
    }
  }
  return null;
}
