// Every `firebreak` command's help: usage, description, options and examples. Plain data, so that
// `firebreak --help` lists the commands without loading them, and a test can ask each for its help.
import { JSON_OPTION, REPO_OPTION, type CommandSpec } from './command.js';

export const CONFIG_OPTION = {
  type: 'string',
  value: 'PATH',
  help: 'the configuration file (default .github/firebreak.yml)',
} as const;

export const VALIDATE: CommandSpec = {
  name: 'validate',
  usage: '[path] [--summary] [--json] [-R OWNER/NAME]',
  summary: 'check .github/firebreak.yml: schema, references, placeholders, rotations',
  description: `Checks a Firebreak configuration file (default .github/firebreak.yml) against the schema and for
broken references, and prints each problem as path:line:column. It also warns when an escalation step
would page nobody or shows one of the playbook's sample contacts, with the keys to set. With a token
(GITHUB_TOKEN or GH_TOKEN) it checks that rotation members can be assigned in the repository.
Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage error or a path that does not exist.`,
  options: {
    summary: { type: 'boolean', help: 'also print the resulting severities, phases, escalation and rotations' },
    json: JSON_OPTION,
    repo: REPO_OPTION,
  },
  positionals: { min: 0, max: 1 },
  examples: [
    'firebreak validate',
    'firebreak validate ops/firebreak.yml --summary',
    'firebreak validate --json | jq .problems',
  ],
};

export const INIT: CommandSpec = {
  name: 'init',
  usage: '[--dry-run] [--force] [--only WHAT] [-R OWNER/NAME] [--action OWNER/REPO] [--ref REF] [--no-labels]',
  summary: 'add the issue forms, workflows and configuration, and create the labels',
  description: `Sets up Firebreak in the repository checked out in the current directory: writes the issue forms
(.github/ISSUE_TEMPLATE/), the incident, escalation and postmortem workflows (.github/workflows/) and a
commented .github/firebreak.yml, and creates Firebreak's labels through the API with the token in
GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server).
Existing files are kept. --force refreshes the forms and workflows (and prints what changes), but never
.github/firebreak.yml: that file is the team's, and init never overwrites it.
The workflows use the action as OWNER/REPO@REF: by default the repository this CLI was published from
and the tag of its version; --ref pins a commit SHA.`,
  options: {
    'dry-run': { type: 'boolean', help: 'say what would be written and created; change nothing' },
    force: {
      type: 'boolean',
      help: 'refresh forms and workflows that exist (never .github/firebreak.yml); prints a diff',
    },
    only: {
      type: 'string',
      multiple: true,
      value: 'WHAT',
      help: 'only workflows, forms or config (repeat, or separate with commas)',
    },
    repo: REPO_OPTION,
    action: {
      type: 'string',
      value: 'OWNER/REPO',
      help: "where the workflows take the action from (default: this package's repository)",
    },
    ref: {
      type: 'string',
      value: 'REF',
      help: 'the action version the workflows use: a tag, or a commit SHA to pin it',
    },
    'no-labels': { type: 'boolean', help: 'do not create labels' },
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'firebreak init -R acme/shop',
    'firebreak init --dry-run',
    'firebreak init --force --only workflows',
    'firebreak init --ref 0123456789abcdef0123456789abcdef01234567',
  ],
};

export const DOCTOR: CommandSpec = {
  name: 'doctor',
  usage: '[-R OWNER/NAME] [--config PATH] [--json]',
  summary: "check a repository's Firebreak setup on GitHub",
  description: `Checks a repository's Firebreak setup through the GitHub API (token in GITHUB_TOKEN or GH_TOKEN,
GITHUB_API_URL for GitHub Enterprise Server) and prints a checklist: ✓ fine, ! worth a look, ✗ broken.
It checks that the workflows exist, are enabled and use an action repository and ref that exist, that the
configuration loads and its escalation steps page someone, that the issue forms are valid, that the
labels exist, that the rotation has members who can be assigned, and what a public repository implies.
Exit status: 0 nothing broken, 1 an item is ✗, 2 usage error, no repository or no token.`,
  options: { repo: REPO_OPTION, config: CONFIG_OPTION, json: JSON_OPTION },
  positionals: { min: 0, max: 0 },
  examples: [
    'firebreak doctor -R acme/shop',
    'GH_TOKEN=$(gh auth token) firebreak doctor',
    'firebreak doctor --json | jq \'.items[] | select(.mark != "ok")\'',
  ],
};

export const ONCALL: CommandSpec = {
  name: 'oncall',
  usage: '[--at TIME] [--rotation NAME | --service NAME] [--schedule [--days N]] [--ics [--person LOGIN]] [--json]',
  summary: 'who is on call, who a service pages, and the upcoming shifts',
  description: `Who is on call, on every layer of a rotation (default: the configured default rotation).
--at takes ISO 8601 (without an offset it is read in the rotation's time zone) or a time relative to
now: +2h, -30m, +3d. --ics prints the final schedule (overrides and swaps applied) as an iCalendar file
(RFC 5545, times in UTC) for every rotation, or the one --rotation or --service names; --person keeps
one person's shifts. Exit status: 0 answered, 1 an unknown rotation or service, 2 usage error.`,
  options: {
    at: { type: 'string', value: 'TIME', help: 'instead of now' },
    rotation: { type: 'string', value: 'NAME', help: 'a rotation from .github/firebreak.yml' },
    service: {
      type: 'string',
      value: 'NAME',
      help: 'who the service would page (its rotation, else the default) and its escalation policy',
    },
    schedule: { type: 'boolean', help: 'the upcoming shifts, overrides and swaps applied, and the coverage gaps' },
    days: {
      type: 'string',
      value: 'N',
      help: 'how many days --schedule (default 14) or --ics (default 90) covers, at most 366',
    },
    ics: { type: 'boolean', help: 'the shifts as an iCalendar (.ics) file, for a calendar subscription' },
    person: { type: 'string', value: 'LOGIN', help: "with --ics: only this person's shifts" },
    config: CONFIG_OPTION,
    json: JSON_OPTION,
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'firebreak oncall',
    'firebreak oncall --service payments',
    'firebreak oncall --schedule --days 28',
    'firebreak oncall --at "2026-03-30T09:00" --json',
    'firebreak oncall --ics --person alice > alice-oncall.ics',
  ],
};

export const FORM_PARSE: CommandSpec = {
  name: 'form parse',
  usage: '--template FORM.yml --body FILE|- [--json]',
  summary: 'parse an issue body filed from an issue form',
  description: `Reads an issue body as GitHub rendered it from an issue form and prints the answers by field id;
what the body lacks (required answers, unknown dropdown values) is listed after them (on stderr with
--json). Exit status: 0 parsed, 1 an unreadable file or an unusable form, 2 usage error.`,
  options: {
    template: { type: 'string', value: 'FORM.yml', help: 'the issue form (.github/ISSUE_TEMPLATE/*.yml)' },
    body: { type: 'string', value: 'FILE|-', help: 'the issue body, or - for standard input' },
    json: JSON_OPTION,
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'firebreak form parse --template .github/ISSUE_TEMPLATE/incident.yml --body body.md',
    'gh issue view 12 --json body -q .body | firebreak form parse --template .github/ISSUE_TEMPLATE/incident.yml --body - --json',
  ],
};

export const PREVIEW: CommandSpec = {
  name: 'preview',
  usage: '[template] [--incident FILE] [--templates DIR]',
  summary: 'render a message template (with your overrides), or list them',
  description: `Prints a message template rendered as Firebreak would post it, from a JSON or YAML view (default: a
built-in sample incident), with the repository's overrides applied. Without a template name it lists
the templates and where each comes from. Exit status: 0 rendered, 1 an unknown template or unreadable
view, 2 usage error.`,
  options: {
    incident: { type: 'string', value: 'FILE', help: 'the view to render, as JSON or YAML' },
    templates: {
      type: 'string',
      value: 'DIR',
      help: 'repository overrides (default .github/firebreak/templates when it exists)',
    },
  },
  positionals: { min: 0, max: 1 },
  examples: [
    'firebreak preview',
    'firebreak preview internal-alert',
    'firebreak preview status-update --incident view.yml',
  ],
};

export const POSTMORTEM_LINT: CommandSpec = {
  name: 'postmortem lint',
  usage: '<path…> [--format text|github] [--json]',
  summary: 'check postmortems: front matter, placeholders, owners, blameful language',
  description: `Checks postmortem files: valid front matter, no section left as a _TODO placeholder and an owner for
every action item (errors); blameful language (warnings). Paths may be files, folders (every .md file
below, README.md and the index aside) or globs such as "docs/postmortems/**/*.md" (quoted or not).
Exit status: 0 no errors, 1 errors found or nothing to lint, 2 usage error.`,
  options: {
    format: {
      type: 'string',
      value: 'text|github',
      help: 'github prints workflow commands: annotations on the pull request',
    },
    json: JSON_OPTION,
  },
  positionals: { min: 1, max: Infinity },
  examples: [
    'firebreak postmortem lint docs/postmortems/',
    'firebreak postmortem lint "docs/postmortems/**/*.md" --format github',
  ],
};

export const REPORT: CommandSpec = {
  name: 'report',
  usage: '[--since 90d] [--dir DIR] [--json]',
  summary: 'incidents by severity, MTTA and MTTR, breaches, open action items',
  description: `Incidents by severity, MTTA and MTTR (median and p90), response-target breaches and open action
items, from the postmortems' index.json. Markdown by default, so a workflow can append it to the job
summary. Exit status: 0 reported, 1 an unreadable index, 2 usage error.`,
  options: {
    since: { type: 'string', value: 'DURATION', help: 'the period, back from now: 30d, 12w, 90d (default 90d)' },
    dir: {
      type: 'string',
      value: 'DIR',
      help: 'the postmortem directory (default: postmortem.directory, docs/postmortems)',
    },
    json: JSON_OPTION,
  },
  positionals: { min: 0, max: 0 },
  examples: ['firebreak report', 'firebreak report --since 30d --json', 'firebreak report >> "$GITHUB_STEP_SUMMARY"'],
};

export const EVIDENCE_VERIFY: CommandSpec = {
  name: 'evidence verify',
  usage: '<file|-> [--head HASH] [--count N]',
  summary: "verify a security incident's hash-chained evidence ledger",
  description: `Checks an incident's evidence ledger (evidence/incident-<n>.jsonl on branch incident-evidence/<n>):
every entry against its hash, each link to the entry before it, and their order. With --head and
--count (as the incident's summary shows them) entries removed from the end are detected too.
Exit status: 0 the ledger verifies, 1 it is broken, 2 usage error or an unreadable file.`,
  options: {
    head: { type: 'string', value: 'HASH', help: "the evidence head the incident's summary shows" },
    count: { type: 'string', value: 'N', help: 'the number of entries the summary shows' },
  },
  positionals: { min: 1, max: 1 },
  examples: [
    'firebreak evidence verify ledger.jsonl --head 3f2a… --count 4',
    'git show incident-evidence/12:evidence/incident-12.jsonl | firebreak evidence verify -',
  ],
};

export const EMULATOR: CommandSpec = {
  name: 'emulator',
  usage: '[--port N] [-R OWNER/NAME] [--user LOGIN:PERMISSION …] [--visibility private|public] [--start TIME]',
  summary: 'run the GitHub emulator on loopback',
  description: `Runs Firebreak's GitHub emulator on loopback until interrupted, and prints where it listens and the
tokens to use (the bot's and one per --user). Point GITHUB_API_URL at it to try the action or the CLI
without GitHub. Exit status: 0 stopped, 2 usage error.`,
  options: {
    port: { type: 'string', value: 'N', help: 'the port (default: any free one)' },
    repo: { ...REPO_OPTION, help: 'the repository it serves (default acme/shop)' },
    repository: { type: 'string', value: 'OWNER/NAME', help: 'the same as --repo' },
    user: {
      type: 'string',
      multiple: true,
      value: 'LOGIN:PERMISSION',
      help: 'a collaborator: read, triage, write, maintain or admin (repeat)',
    },
    visibility: { type: 'string', value: 'private|public', help: 'the repository visibility (default private)' },
    start: { type: 'string', value: 'TIME', help: "the emulator clock's start, ISO 8601 (default: now)" },
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'firebreak emulator --port 8080 --user alice:write --user bob:read',
    'firebreak emulator -R acme/payments --visibility public',
  ],
};

export const SIMULATE: CommandSpec = {
  name: 'simulate',
  usage: '<scenario.yml> [--json] [--transcript] [--out DIR] [--seed N] [--fault-rate R]',
  summary: 'replay a scenario through the action on the local GitHub emulator',
  description: `Replays a scenario (docs/scenarios.md) through the built action on Firebreak's GitHub emulator, as
GitHub and the Actions runner would, and prints the resulting thread. Exit status: 0 every run exited 0,
1 a run failed, 2 usage error or an invalid scenario.`,
  options: {
    json: JSON_OPTION,
    transcript: { type: 'boolean', help: 'print each step and what every run did, as it happens' },
    out: { type: 'string', value: 'DIR', help: 'write thread.md, thread.html and state.json there' },
    seed: { type: 'string', value: 'N', help: "random GitHub API faults on the action's requests, drawn from seed N" },
    'fault-rate': {
      type: 'string',
      value: 'R',
      help: 'the share of requests that fail (0..1, default 0.1; 0 turns faults off)',
    },
  },
  positionals: { min: 1, max: 1 },
  examples: [
    'firebreak simulate examples/demo.yml --transcript',
    'firebreak simulate my-scenario.yml --json > state.json',
    'firebreak simulate examples/demo.yml --seed 7 --fault-rate 0.25',
  ],
};

/** Commands in the order `firebreak --help` lists them; groups ("form", "postmortem", "evidence") by their subcommands. */
export const RELAY: CommandSpec = {
  name: 'relay',
  usage: '[--port N] [--host ADDRESS] [-R OWNER/NAME]',
  summary: 'receive monitoring webhooks and send them to the repository as firebreak-alert events',
  description: `Runs a small HTTP server for monitoring tools that cannot shape their webhook body for GitHub
(Alertmanager): POST /alerts/<source> (alertmanager, grafana, datadog, pagerduty, generic or auto) with
"Authorization: Bearer $FIREBREAK_RELAY_TOKEN" or "X-Firebreak-Signature: sha256=<HMAC of the body with
$FIREBREAK_RELAY_HMAC_SECRET>". Each alert becomes one repository_dispatch firebreak-alert, sent with
GITHUB_TOKEN (a fine-grained token or GitHub App token with contents: write) to GITHUB_REPOSITORY on
GITHUB_API_URL, retried with back-off; the answer is 202 only once GitHub accepted every alert, else 503.
GET /healthz answers 200. One JSON log line per alert. docs/alerts.md. Exit status: 0 stopped, 2 usage error.`,
  options: {
    port: { type: 'string', value: 'N', help: 'the port (default $PORT, else 8080)' },
    host: { type: 'string', value: 'ADDRESS', help: 'the address to listen on (default 0.0.0.0)' },
    repo: { ...REPO_OPTION, help: 'the repository to send alerts to (default $GITHUB_REPOSITORY)' },
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'firebreak relay -R acme/shop --port 9095   # with FIREBREAK_RELAY_TOKEN and GITHUB_TOKEN set',
    'firebreak relay --host 127.0.0.1 --port 9095',
  ],
};

export const COMMAND_SPECS: readonly CommandSpec[] = [
  INIT,
  VALIDATE,
  DOCTOR,
  SIMULATE,
  ONCALL,
  PREVIEW,
  FORM_PARSE,
  POSTMORTEM_LINT,
  REPORT,
  EVIDENCE_VERIFY,
  EMULATOR,
  RELAY,
];
