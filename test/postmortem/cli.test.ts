// Playbook: the postmortem workflow runs `firebreak postmortem lint` on every pull request touching the
// postmortem directory (annotations on the lines), and the scheduled workflow runs `firebreak report`.
import { describe, expect, test } from 'vitest';
import { runPostmortemLint, type PostmortemCommandIo } from '../../src/cli/postmortem.js';
import { runReportCommand, type ReportCommandIo } from '../../src/cli/report.js';
import { renderIndex } from '../../src/domain/postmortem/learnings.js';
import { fixture } from './golden.js';
import { config, iso } from './incident.js';
import { learnings, postmortemFiles } from './learnings-fixture.js';

interface Captured {
  out: string;
  err: string;
}

function fakeIo(files: Record<string, string>): {
  io: Omit<PostmortemCommandIo, 'config'> & Omit<ReportCommandIo, 'config'>;
  captured: Captured;
} {
  const captured: Captured = { out: '', err: '' };
  return {
    captured,
    io: {
      stdout: { write: (text: string) => (captured.out += text) },
      stderr: { write: (text: string) => (captured.err += text) },
      readFile: async (path: string) => {
        const text = files[path];
        if (text === undefined)
          throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
        return text;
      },
      now: new Date(iso('+20d 09:00')),
    },
  };
}

const GOOD = 'docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md';
const UNFINISHED = 'docs/postmortems/2026-03-02-unfinished.md';
const BLAMEFUL = 'docs/postmortems/2026-03-02-blameful.md';
const files = {
  [GOOD]: fixture('good.md'),
  [UNFINISHED]: fixture('unfinished.md'),
  [BLAMEFUL]: fixture('blameful.md'),
};

async function lint(args: string[]) {
  const { io, captured } = fakeIo(files);
  const code = await runPostmortemLint(args, { ...io, config: config() });
  return { code, ...captured };
}

describe('firebreak postmortem lint', () => {
  test('a finished postmortem passes with exit 0', async () => {
    const result = await lint([GOOD]);
    expect(result).toEqual({ code: 0, out: '', err: '0 errors, 0 warnings in 1 postmortem\n' });
  });

  test('errors print as path:line: error: … and exit 1', async () => {
    const result = await lint([GOOD, UNFINISHED]);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')[0]).toBe(
      `${UNFINISHED}:30: error: section "Root causes" is still the template placeholder: replace the _TODO line with what you found (or "None")`,
    );
    expect(result.err).toBe('6 errors, 0 warnings in 2 postmortems\n');
  });

  test('warnings carry their column and do not fail the check', async () => {
    const result = await lint([BLAMEFUL]);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe(
      `${BLAMEFUL}:26:1: warning: blameful language "@bob broke": a person is named as the cause: describe the change and the conditions that let it cause harm`,
    );
  });

  test('--format github prints workflow commands that annotate the lines', async () => {
    const result = await lint(['--format', 'github', UNFINISHED, BLAMEFUL]);
    const lines = result.out.trim().split('\n');
    expect(lines[0]).toBe(
      `::error file=${UNFINISHED},line=30,title=Postmortem lint::section "Root causes" is still the template placeholder: replace the _TODO line with what you found (or "None")`,
    );
    expect(lines).toContain(
      `::warning file=${BLAMEFUL},line=27,col=22,title=Postmortem lint::blameful language "should have": hindsight: describe what was known at the time, and what would have made the right action easy`,
    );
    expect(result.code).toBe(1);
  });

  test('a message or path cannot start another workflow command', async () => {
    const path = 'docs/postmortems/a,b:c.md';
    const { io, captured } = fakeIo({ [path]: '---\nincident: 1\n---\n' });
    await runPostmortemLint(['--format', 'github', path], { ...io, config: config() });
    for (const line of captured.out.trim().split('\n'))
      expect(line).toMatch(/^::(error|warning) file=docs\/postmortems\/a%2Cb%3Ac\.md,line=\d+/);
  });

  test('an unreadable file is an error; README.md and index.json are skipped', async () => {
    const result = await lint([
      'docs/postmortems/missing.md',
      'docs/postmortems/README.md',
      'docs/postmortems/index.json',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^docs\/postmortems\/missing\.md:1: error: cannot read the file/);
    expect(result.err).toContain('docs/postmortems/README.md: skipped (not a postmortem)');
    expect(result.err).toContain('docs/postmortems/index.json: skipped (not a postmortem)');
  });

  test('usage mistakes exit 2 with the usage', async () => {
    expect((await lint([])).code).toBe(2);
    expect((await lint(['--format', 'xml', GOOD])).err).toContain('--format is text or github');
    expect((await lint([])).code).toBe(2);
    expect((await lint(['--help'])).code).toBe(0);
  });
});

describe('firebreak report', () => {
  const repository = (): Record<string, string> => ({
    'docs/postmortems/index.json': renderIndex(learnings()).json,
    ...Object.fromEntries(postmortemFiles().map((f) => [f.path, f.content])),
  });

  async function report(args: string[], files = repository(), directory?: string) {
    const { io, captured } = fakeIo(files);
    const code = await runReportCommand(args, {
      ...io,
      ...(directory ? { config: { postmortem: { directory, reviewers: [] } } } : {}),
    });
    return { code, ...captured };
  }

  test('prints the markdown report for the last 90 days by default', async () => {
    const result = await report([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('## Incident report: the last 90d');
    expect(result.out).toContain('| Time to acknowledge (MTTA) | 15m | 30m | 4 |');
    expect(result.out).toContain('### Open action items: 3');
    expect(result.err).toBe('');
  });

  test('--since 7d narrows the period', async () => {
    const result = await report(['--since', '7d', '--json']);
    expect(JSON.parse(result.out)).toMatchObject({ incidents: 1, bySeverity: { P0: 1, P1: 0 }, since: 7 * 24 * 60 });
  });

  test('an action item ticked off after the index was written counts as done', async () => {
    const files = repository();
    const good = 'docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md';
    files[good] = files[good]!.replace(
      '- [ ] Alert on checkout 5xx rate per region',
      '- [x] Alert on checkout 5xx rate per region',
    );
    const result = await report(['--json'], files);
    const open = (JSON.parse(result.out) as { openActionItems: Array<{ text: string }> }).openActionItems.map(
      (i) => i.text,
    );
    expect(open).not.toContain('Alert on checkout 5xx rate per region');
    expect(open).toHaveLength(2);
  });

  test('--dir and postmortem.directory choose the folder', async () => {
    const moved = Object.fromEntries(
      Object.entries(repository()).map(([path, text]) => [path.replace('docs/postmortems', 'incidents/pm'), text]),
    );
    expect((await report(['--dir', 'incidents/pm', '--json'], moved)).out).toContain('"incidents": 4');
    expect((await report(['--json'], moved, 'incidents/pm')).out).toContain('"incidents": 4');
  });

  test('no index.json yet: an empty report and a note, not a failure', async () => {
    const result = await report([], {});
    expect(result.code).toBe(0);
    expect(result.out).toContain('0 incidents with a postmortem');
    expect(result.err).toContain('no docs/postmortems/index.json yet');
  });

  test('a postmortem file that is gone keeps the action items the index recorded', async () => {
    const files = repository();
    delete files['docs/postmortems/2026-03-20-all-regions-down.md'];
    const result = await report(['--json'], files);
    expect(result.out).toContain('Regional circuit breakers');
    expect(result.err).toContain('2026-03-20-all-regions-down.md');
  });

  test('a file name in index.json that is a path is never read', async () => {
    const files = repository();
    const index = JSON.parse(files['docs/postmortems/index.json']!) as { postmortems: Array<{ file: string }> };
    index.postmortems[0]!.file = '../../../etc/passwd';
    files['docs/postmortems/index.json'] = JSON.stringify(index);
    const result = await report(['--json'], files);
    expect(result.code).toBe(0);
    expect(result.err).toContain('ignoring the file name "../../../etc/passwd"');
  });

  test('a broken index.json fails with its path; a bad --since is a usage error', async () => {
    expect(await report([], { 'docs/postmortems/index.json': '{"nope": 1}' })).toMatchObject({ code: 1 });
    expect((await report(['--since', 'soon'])).code).toBe(2);
    expect((await report(['--since', 'soon'])).err).toContain('--since takes a duration');
  });
});
