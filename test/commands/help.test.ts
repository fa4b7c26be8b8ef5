import { describe, expect, it } from 'vitest';
import { helpText, parseCommands, USAGE } from '../../src/commands/index.js';
import { COMMANDS, type CommandName, type Permission } from '../../src/config/types.js';

const PERMISSIONS: Record<CommandName, Permission> = Object.fromEntries(
  COMMANDS.map((name) => [name, 'triage']),
) as Record<CommandName, Permission>;
PERMISSIONS.resolve = 'write';

describe('the usage registry', () => {
  it('describes every command with a usage line, one sentence and an example', () => {
    expect(Object.keys(USAGE).sort()).toEqual([...COMMANDS].sort());
    for (const name of COMMANDS) {
      const { usage, description, example } = USAGE[name];
      expect(usage.startsWith(`/${name === 'runbook-run' ? 'runbook run' : name}`), name).toBe(true);
      expect(description, name).toMatch(/^[A-Z].*\.$/);
      expect(description.split(/\.\s/), name).toHaveLength(1);
      expect(example.startsWith(usage.split(/ [<[@]/)[0] ?? ''), name).toBe(true);
    }
  });

  it('every example parses as a valid command of its own kind', () => {
    for (const name of COMMANDS) {
      const outcome = parseCommands(USAGE[name].example).entries[0]?.outcome;
      expect(outcome?.kind, USAGE[name].example).toBe(name);
    }
  });
});

describe('/help', () => {
  it('lists every command in a markdown table, with pipes inside usages escaped', () => {
    const text = helpText();
    for (const name of COMMANDS) expect(text).toContain(USAGE[name].description);
    expect(text).toContain('`/status <investigating\\|identified\\|mitigating\\|monitoring\\|resolved> [note]`');
    expect(text.split('\n').filter((line) => line.startsWith('| `/'))).toHaveLength(COMMANDS.length);
  });

  it('with the configured permissions, says who may use each command', () => {
    const text = helpText(undefined, PERMISSIONS);
    expect(text).toContain('| Command | What it does | Needs |');
    expect(text).toMatch(/\| `\/resolve \[summary\]` \| .* \| write \|/);
  });

  it('explains one command with its usage, description and example', () => {
    expect(helpText('runbook-run', PERMISSIONS)).toBe(
      [
        '**`/runbook run <name>`**',
        '',
        "Start the runbook's automated remediation workflow for this incident.",
        '',
        'Example: `/runbook run database-issues`',
        '',
        'Needs **triage** permission on the repository.',
      ].join('\n'),
    );
    expect(helpText('ack')).not.toContain('Needs');
  });
});
