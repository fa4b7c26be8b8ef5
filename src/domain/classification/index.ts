// Severity classification: what the reporter chose, what the configured rules say, and the security
// floors, combined into one severity with reasons for the summary. Pure: values in, values out.
export { type CheckboxAnswer, type FormAnswer, type FormAnswers } from './answers.js';
export { type Classification, type DecidingRule, classify } from './classify.js';
export { classificationProblems } from './problems.js';
export { readSeverity } from './read-severity.js';
export { type ClassificationInput, type RuleMatch, matchRule, SEVERITY_FIELD, TITLE_FIELD } from './rules.js';
export {
  type SecurityClassification,
  applySecurityFloor,
  classifySecurity,
  readConfirmed,
  readSecurityType,
  SECURITY_CONFIRMED_FIELD,
  SECURITY_TYPE_FIELD,
} from './security.js';
export { classifySecurityText } from './security-text.js';
export { isSeverity, lessSevere, moreSevere, mostSevere, severityRank } from './severity.js';
