// Postmortems as files in the repository: where they go, what Firebreak writes into them, how they are
// read back, linted, indexed and reported on. Everything here is pure; the handlers do the GitHub writes.
export {
  postmortemSlug,
  postmortemPath,
  postmortemDirectory,
  postmortemDate,
  POSTMORTEM_FILE,
  SLUG_MAX_LENGTH,
  DEFAULT_POSTMORTEM_DIRECTORY,
} from './slug.js';
export {
  buildPostmortem,
  needsPostmortem,
  restrictedTitle,
  type PostmortemContext,
  type PostmortemFile,
} from './build.js';
export { responseClocks, firstCycle, type ResponseClocks } from './clocks.js';
export { writeFrontMatter, type PostmortemFrontMatter, type FrontMatterActionItem } from './front-matter.js';
export {
  parsePostmortem,
  PostmortemFormatError,
  ACTION_ITEMS_SECTION,
  type ParsedPostmortem,
  type PostmortemActionItem,
} from './parse.js';
export { frontMatterProblems, type FrontMatterProblem } from './schema.js';
export { lintPostmortem, hasErrors, type Problem } from './lint.js';
export { BLAMEFUL_LANGUAGE, findBlameful, type BlamefulPhrase } from './blameful.js';
export {
  indexEntry,
  renderIndex,
  readIndex,
  compareEntries,
  INDEX_VERSION,
  type IndexEntry,
  type IndexActionItem,
} from './learnings.js';
export {
  buildReport,
  renderReport,
  median,
  percentile,
  type Report,
  type ReportOptions,
  type Percentiles,
  type OpenActionItem,
  type ReportIncident,
} from './report.js';
export { OWNED_KEYS, OWNED_MARKER, findRegions, splitFile, describeOwned } from './owned.js';
export {
  mergeOwned,
  editedOwned,
  stampOwned,
  type OwnedMerge,
  type OwnedPart,
  type OwnedConflict,
} from './merge-owned.js';
export {
  CHECK_NAME,
  CONFLICT_MARKER,
  conflictComment,
  describeParts,
  listWords,
  pullBody,
  withStatus,
  type PullStatus,
} from './pull-text.js';
export { checkRunOutput, type CheckedFile, type CheckRunResult } from './check-run.js';
