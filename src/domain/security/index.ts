// Security incidents: the tamper-evident evidence ledger, restricted handling of reports in public
// repositories, and the procedures with their clocks. Pure: values (and the time) in, values out.
export {
  type SecurityClock,
  type SecurityClockConfig,
  type SecurityClockState,
  type SecurityDueAction,
  type DeadlineBreachDue,
  type DeadlineReminderDue,
  deadlineBreachKey,
  deadlineReminderKey,
  deadlineReminderPrefix,
  notificationDeadline,
  securityDueActions,
  securityNextDueAt,
} from './deadline.js';
export { SHA256_HEX, readSha256, sha256Hex } from './digest.js';
export {
  type EvidenceEntry,
  type EvidenceFields,
  type EvidenceInput,
  type LedgerLine,
  type LedgerProblem,
  ENTRY_KEYS,
  EvidenceInputError,
  GENESIS_HASH,
  appendEntry,
  entryHash,
  entryProblem,
  ledgerBranch,
  ledgerHead,
  ledgerPath,
  parseLedger,
  readLedgerLines,
  serializeEntry,
  serializeLedger,
} from './ledger.js';
export { type SecurityChecklist, procedureChecklist } from './procedures.js';
export {
  type HiddenBodyNotice,
  type PrivateChannel,
  type RepositoryVisibility,
  OPAQUE_REFERENCE,
  bodyDigest,
  hiddenBodyNotice,
  isRestricted,
  opaqueReference,
} from './restricted.js';
export {
  type LedgerBreak,
  type LedgerExpectation,
  type LedgerVerdict,
  verifyLedger,
  verifyLedgerText,
} from './verify.js';
