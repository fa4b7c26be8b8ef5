// The slash-command grammar: parse a comment, explain commands, decide who may run them. Pure code.

export { parseCommands, parseCommand } from './parse.js';
export { USAGE, helpText, type CommandUsage } from './usage.js';
export { authorize, isBotAuthor, permits, requiredPermission, type Authorization } from './authorize.js';
export { parseEta, resolveEta, MAX_ETA_MINUTES } from './eta.js';
export { suggestCommand } from './suggest.js';
export { editDistance } from '../text/edit-distance.js';
export { MAX_ARGUMENT_LENGTH, MAX_COMMANDS_PER_COMMENT, MAX_COMMENT_LENGTH } from './limits.js';
export {
  INCIDENT_ROLES,
  type Command,
  type CommandEntry,
  type CommandOutcome,
  type Eta,
  type IncidentRole,
  type InvalidCommand,
  type PageTarget,
  type ParsedComment,
  type SkippedCommand,
  type UnknownCommand,
} from './types.js';
