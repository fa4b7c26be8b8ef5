// parseCommands: from a comment body to the commands it holds, in order. Never throws: unknown commands
// and bad arguments are values the comment handler answers with usage and "did you mean …?".
//
// Grammar decisions (see also comment-lines.ts for which lines count):
// - command words are case-insensitive (`/ACK`, `/Status` from phone keyboards); `/runbook run <name>` is
//   the command `runbook-run`;
// - only the rest of the command's line is its argument: `/update` followed by a paragraph is invalid,
//   so a long update goes on one line;
// - commands without required arguments keep trailing words as a note (`/ack on it`), never an error;
// - people are named `@login`; `/page` also reaches `@org/team`;
// - `/severity` reads P0–P4 and SEV0–SEV4 in any case; `/role` takes the role and person in either order.

import { COMMANDS, STATUSES, type CommandName } from '../config/types.js';
import { firstWord, freeText, keyword, oneOf, severityIn } from './arguments.js';
import { findCommandLines } from './comment-lines.js';
import { parseEta } from './eta.js';
import { parseEvidence } from './evidence.js';
import { MAX_COMMANDS_PER_COMMENT } from './limits.js';
import { parseLogin, parseTarget } from './logins.js';
import { closest, spokenName, suggestCommand } from './suggest.js';
import { INCIDENT_ROLES, type Command, type CommandOutcome, type InvalidCommand, type ParsedComment } from './types.js';
import { USAGE } from './usage.js';

export function parseCommands(commentBody: string | null | undefined): ParsedComment {
  const { lines, bodyTruncated } = findCommandLines(typeof commentBody === 'string' ? commentBody : '');
  return {
    entries: lines.slice(0, MAX_COMMANDS_PER_COMMENT).map(({ line, word, argument, text, truncated }) => ({
      line,
      text,
      truncated,
      outcome: parseCommand(word, argument),
    })),
    skipped: lines.slice(MAX_COMMANDS_PER_COMMENT).map(({ line, word }) => ({ line, name: word })),
    bodyTruncated,
  };
}

/** One command: `word` is what followed the `/`, `argument` the trimmed rest of its line. */
export function parseCommand(word: string, argument: string): CommandOutcome {
  const parse = PARSERS.get(word.toLowerCase());
  if (!parse) {
    const suggestion = suggestCommand(word);
    return suggestion === undefined ? { kind: 'unknown', name: word } : { kind: 'unknown', name: word, suggestion };
  }
  return parse(argument);
}

type Parser = (argument: string) => Command | InvalidCommand;

function invalid(name: CommandName, problem: string): InvalidCommand {
  return { kind: 'invalid', name, problem, usage: USAGE[name].usage };
}

/** `{ key: value }` when there is a value, `{}` otherwise, for optional fields. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, string>>);
}

function requiredText(name: CommandName, what: string, build: (text: string) => Command): Parser {
  return (argument) =>
    argument === ''
      ? invalid(name, `Write ${what} on the same line as \`/${name}\`; only the rest of that line counts.`)
      : build(argument);
}

function didYouMean(word: string, options: readonly string[]): string {
  const near = closest(keyword(word), options, 2);
  return near === undefined ? '' : ` Did you mean \`${near}\`?`;
}

const STAGES = STATUSES.join(', ');
const ROLES = INCIDENT_ROLES.join(', ');

const status: Parser = (argument) => {
  const { word, rest } = firstWord(argument);
  if (word === '') return invalid('status', `Say which stage the incident is in: ${STAGES}.`);
  const stage = oneOf(keyword(word), STATUSES);
  if (!stage) return invalid('status', `That is not a stage; use one of ${STAGES}.${didYouMean(word, STATUSES)}`);
  return { kind: 'status', status: stage, ...optional('note', freeText(rest)) };
};

const severity: Parser = (argument) => {
  const { word, rest } = firstWord(argument);
  const level = severityIn(word);
  if (!level) return invalid('severity', 'Give the severity as `P0` (most severe) to `P4`.');
  return { kind: 'severity', severity: level, ...optional('reason', freeText(rest)) };
};

const role: Parser = (argument) => {
  const { word, rest } = firstWord(argument);
  // Either order reads naturally ("/role comms @bob", "/role @bob comms"); the role is the word without `@`.
  const next = firstWord(rest);
  const [roleWord, person] = word.startsWith('@') ? [next.word, `${word} ${next.rest}`] : [word, rest];
  const chosen = oneOf(keyword(roleWord), INCIDENT_ROLES);
  if (!chosen) {
    return invalid('role', `Say which role: ${ROLES}.${roleWord === '' ? '' : didYouMean(roleWord, INCIDENT_ROLES)}`);
  }
  const login = parseLogin(person.trim(), `the ${chosen}`);
  return login.ok ? { kind: 'role', role: chosen, login: login.login } : invalid('role', login.problem);
};

const runbook: Parser = (argument) => {
  const { word, rest } = firstWord(argument);
  if (word.toLowerCase() === 'run') {
    if (rest === '') return invalid('runbook-run', 'Name the runbook whose workflow should run.');
    return { kind: 'runbook-run', name: rest };
  }
  if (argument === '') return invalid('runbook', 'Name the runbook to post.');
  return { kind: 'runbook', name: argument };
};

const help: Parser = (argument) => {
  if (argument === '') return { kind: 'help' };
  const typed = argument.replace(/^\//, '').replace(/\s+/g, ' ').toLowerCase();
  const topic = COMMANDS.find((name) => name === typed || spokenName(name) === typed);
  if (topic) return { kind: 'help', topic };
  const suggestion = /^[a-z][a-z0-9_-]*$/.test(typed) ? suggestCommand(typed) : undefined;
  const hint = suggestion === undefined ? '' : ` Did you mean \`/${spokenName(suggestion)}\`?`;
  return invalid('help', `There is no such command.${hint} Type \`/help\` for the list.`);
};

const PARSERS = new Map<string, Parser>([
  ['ack', (argument) => ({ kind: 'ack', ...optional('note', freeText(argument)) })],
  ['status', status],
  ['update', requiredText('update', 'the update', (text) => ({ kind: 'update', text }))],
  ['severity', severity],
  [
    'ic',
    (argument) => {
      const login = parseLogin(argument, 'the incident commander');
      return login.ok ? { kind: 'ic', login: login.login } : invalid('ic', login.problem);
    },
  ],
  ['role', role],
  [
    'eta',
    (argument) => {
      const eta = parseEta(argument);
      return eta.ok ? { kind: 'eta', eta: eta.eta } : invalid('eta', eta.problem);
    },
  ],
  ['impact', requiredText('impact', 'who and what is affected', (text) => ({ kind: 'impact', text }))],
  [
    'customer',
    (argument) =>
      argument.trim().toLowerCase() === 'publish'
        ? { kind: 'publish', text: '', draft: true }
        : requiredText('customer', 'the message for customers', (text) => ({ kind: 'customer', text }))(argument),
  ],
  ['publish', requiredText('publish', 'the update for the status page', (text) => ({ kind: 'publish', text }))],
  ['timeline', requiredText('timeline', 'the timeline entry', (note) => ({ kind: 'timeline', note }))],
  ['runbook', runbook],
  ['escalate', (argument) => ({ kind: 'escalate', ...optional('reason', freeText(argument)) })],
  [
    'page',
    (argument) => {
      const target = parseTarget(argument, 'whom to page', true);
      return target.ok ? { kind: 'page', target: target.target } : invalid('page', target.problem);
    },
  ],
  ['resolve', (argument) => ({ kind: 'resolve', ...optional('summary', freeText(argument)) })],
  ['reopen', (argument) => ({ kind: 'reopen', ...optional('note', freeText(argument)) })],
  [
    'evidence',
    (argument) => {
      const evidence = parseEvidence(argument);
      return evidence.ok ? evidence.command : invalid('evidence', evidence.problem);
    },
  ],
  ['notified', (argument) => ({ kind: 'notified', ...optional('to', freeText(argument)) })],
  ['help', help],
]);
