// The typed result of reading slash commands out of an issue comment. Everything here is a plain value:
// handlers switch on `kind`, authorization looks the `kind` up in `config.commands`, and nothing in this
// folder touches GitHub, the clock or the environment.

import type { CommandName, Severity, Status } from '../config/types.js';

export const INCIDENT_ROLES = ['scribe', 'comms', 'liaison'] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

/**
 * Whom `/page` reaches. Logins and team slugs are kept exactly as typed (without the `@`); GitHub compares
 * them case-insensitively, so consumers should too.
 */
export type PageTarget = { kind: 'user'; login: string } | { kind: 'team'; org: string; team: string };

/**
 * When the responders expect resolution, as typed. Resolving it against the clock happens later
 * (`resolveEta`), because the comment may be executed long after it was written.
 */
export type Eta =
  /** `30m`, `2h`, `1h30m`, `1d 4h`, `in 45 minutes`: from the moment the command is executed. */
  | { kind: 'duration'; minutes: number; text: string }
  /** `14:30` or `14:30 UTC`: the next time the UTC clock shows this (today, or tomorrow if it has passed). */
  | { kind: 'time-of-day'; hour: number; minute: number; text: string }
  /** `2026-03-02T14:30Z`, `2026-03-02 16:30+02:00`; without an offset the time is UTC. `at` is ISO 8601 in UTC. */
  | { kind: 'instant'; at: string; text: string }
  /** `unknown`, `tbd`, `none`, `clear`: withdraws an earlier ETA. */
  | { kind: 'none'; text: string };

/**
 * A valid command with typed arguments. Free text (notes, reasons, summaries) is the rest of the command's
 * line, trimmed, verbatim: it is user text and must be escaped wherever it is shown.
 */
export type Command =
  | { kind: 'ack'; note?: string }
  | { kind: 'status'; status: Status; note?: string }
  | { kind: 'update'; text: string }
  | { kind: 'severity'; severity: Severity; reason?: string }
  | { kind: 'ic'; login: string }
  | { kind: 'role'; role: IncidentRole; login: string }
  | { kind: 'eta'; eta: Eta }
  | { kind: 'impact'; text: string }
  | { kind: 'customer'; text: string }
  /** `/publish <text>`, or `/customer publish` (`draft`: the latest customer draft's text, needing publish's permission). */
  | { kind: 'publish'; text: string; draft?: true }
  | { kind: 'timeline'; note: string }
  | { kind: 'runbook'; name: string }
  | { kind: 'runbook-run'; name: string }
  | { kind: 'escalate'; reason?: string }
  | { kind: 'page'; target: PageTarget }
  | { kind: 'resolve'; summary?: string }
  | { kind: 'reopen'; note?: string }
  /** `sha256` is lower-cased; `url` is an absolute http(s) URL as typed. */
  | { kind: 'evidence'; description: string; url?: string; sha256?: string }
  /** Regulators or affected users were notified of a data breach: stops the notification deadline. */
  | { kind: 'notified'; to?: string }
  | { kind: 'help'; topic?: CommandName };

/** A command word nobody knows. `name` is the word as typed (letters, digits, `-`, `_`; at most 20 characters). */
export interface UnknownCommand {
  kind: 'unknown';
  name: string;
  /** The closest known command (Damerau-Levenshtein distance ≤ 2), for "did you mean …?". */
  suggestion?: CommandName;
}

/**
 * A known command whose arguments do not parse. `problem` and `usage` are written by Firebreak and never
 * quote the user's text, so they can be rendered as markdown as they are.
 */
export interface InvalidCommand {
  kind: 'invalid';
  name: CommandName;
  problem: string;
  usage: string;
}

export type CommandOutcome = Command | UnknownCommand | InvalidCommand;

/** One command line of a comment and what it parsed to. */
export interface CommandEntry {
  /** 1-based line number in the comment body. */
  line: number;
  /** The command line, trimmed (and cut like its argument when that was too long). */
  text: string;
  /** The argument was longer than MAX_ARGUMENT_LENGTH and only its beginning was parsed. */
  truncated: boolean;
  outcome: CommandOutcome;
}

/** A command line past MAX_COMMANDS_PER_COMMENT: not parsed and not executed. */
export interface SkippedCommand {
  line: number;
  /** The command word as typed. */
  name: string;
}

export interface ParsedComment {
  /** Command lines in comment order, at most MAX_COMMANDS_PER_COMMENT; execute them in this order. */
  entries: CommandEntry[];
  skipped: SkippedCommand[];
  /** The body was longer than MAX_COMMENT_LENGTH; lines after that point were not read. */
  bodyTruncated: boolean;
}

// Compile-time guard: every CommandName has exactly one Command variant and vice versa.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const commandKindsMatchNames: Same<Command['kind'], CommandName> = true;
void commandKindsMatchNames;
