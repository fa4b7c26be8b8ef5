// A security report that did not come through the security form (a plain issue labelled `security`, or
// one whose words say so): the procedure is read from its text. "Data breach confirmed — customer
// records dumped" is a confirmed data breach, whose playbook floor is P0 and whose notification deadline
// runs from the first comment; a vaguer text falls back to "other, suspected".
import type { Config, SecurityType } from '../../config/types.js';
import { compilePhrases, findPhrase } from './keywords.js';
import type { SecurityClassification } from './security.js';

/** Words that name each type, most specific first. */
const TYPE_PHRASES: Array<[SecurityType, string[]]> = [
  [
    'data-breach',
    [
      'data breach',
      'breach',
      'data leak',
      'leaked',
      'exfiltration',
      'exfiltrated',
      'dumped',
      'data dump',
      'stolen data',
    ],
  ],
  [
    'unauthorized-access',
    [
      'unauthorized access',
      'unauthorised access',
      'account takeover',
      'compromised account',
      'intrusion',
      'security compromise',
      'compromised',
    ],
  ],
  ['malware', ['ransomware', 'malware', 'virus', 'trojan', 'backdoor']],
  ['ddos', ['ddos', 'denial of service', 'dos attack', 'traffic flood']],
  ['vulnerability', ['vulnerability', 'cve', 'exploit', 'security bug']],
];

/** Words that make a report confirmed (or the compromise active) rather than suspected. */
const CONFIRMED = compilePhrases([
  'confirmed',
  'confirm',
  'active',
  'actively',
  'ongoing',
  'in progress',
  'dumped',
  'exfiltrated',
  'leaked',
  'stolen',
]);
const DOUBT = compilePhrases([
  'suspected',
  'possible',
  'possibly',
  'potential',
  'maybe',
  'might',
  'unconfirmed',
  'not confirmed',
]);

export function classifySecurityText(text: string, config: Config): SecurityClassification {
  const found = TYPE_PHRASES.find(([, phrases]) => findPhrase(text, compilePhrases(phrases)) !== null);
  const type: SecurityType = found?.[0] ?? 'other';
  const doubt = findPhrase(text, DOUBT);
  const confirmedBy = doubt === null ? findPhrase(text, CONFIRMED) : null;
  const confirmed = found !== undefined && confirmedBy !== null;
  const procedure = config.security.procedures[type];
  const floor = confirmed ? procedure.confirmed : procedure.suspected;
  return {
    type,
    confirmed,
    floor,
    procedure,
    reason: `${confirmed ? 'Confirmed' : 'Suspected'} security incident of type "${procedure.title}" (read from the report's text): at least ${floor}.`,
  };
}
