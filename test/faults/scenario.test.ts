// The scenario format's fault and race extensions: the top-level `faults:` key, `fault` steps that start
// or clear random faults, `concurrent` steps, and `--seed` / `--fault-rate` on `firebreak simulate`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FAULT_KINDS, parseFaultFlags, withFaultFlags } from '../../simulator/simulate/faults.js';
import { runSimulateCommand } from '../../src/cli/simulate.js';
import { parseScenario } from '../../simulator/simulate/scenario.js';
import { transcriptLine } from '../../simulator/simulate/transcript.js';
import { CHANNELS, fileP1, normalise, play } from './kit.js';

describe('the faults: key', () => {
  it('turns on random faults for the whole scenario, with the six kinds by default', () => {
    expect(parseScenario('faults: { seed: 42, rate: 0.2 }\nsteps: []').faults).toEqual({
      seed: 42,
      rate: 0.2,
      kinds: [...DEFAULT_FAULT_KINDS],
    });
    expect(
      parseScenario(
        'faults: { seed: 7, rate: 0.5, kinds: [timeout], routes: ["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"], methods: [post] }\nsteps: []',
      ).faults,
    ).toEqual({
      seed: 7,
      rate: 0.5,
      kinds: ['timeout'],
      routes: ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments'],
      methods: ['POST'],
    });
    expect(parseScenario('steps: []').faults).toBeNull();
  });

  it('names what is wrong', () => {
    expect(() => parseScenario('faults: { seed: 1, rate: 2 }', 'x.yml')).toThrow(
      'x.yml: faults.rate must be a number from 0 to 1, got 2',
    );
    expect(() => parseScenario('faults: { seed: -1 }', 'x.yml')).toThrow('x.yml: faults.seed must be a whole number');
    expect(() => parseScenario('faults: { kinds: [flood] }', 'x.yml')).toThrow(
      'x.yml: faults.kinds: unknown fault "flood"; known: status5xx',
    );
    expect(() => parseScenario('faults: { sed: 1 }', 'x.yml')).toThrow('x.yml: faults: unknown key "sed"');
    expect(() => parseScenario('faults: { routes: ["*", "GET /x"] }', 'x.yml')).toThrow(
      'faults.routes: random faults apply to one route pattern',
    );
  });

  it('fault steps start and clear random faults, and take a timeout length and a status', () => {
    const steps = parseScenario(`steps:
  - fault: { random: { seed: 3, rate: 0.5, kinds: [rate429] } }
  - fault: { clear: true }
  - fault: { api: { kind: timeout, route: "*", ms: 300, times: .inf } }
  - fault: { api: { kind: status5xx, status: 502, after: 2 } }
`).steps.map((s) => s.actions[0]);
    expect(steps).toEqual([
      { kind: 'fault', random: { seed: 3, rate: 0.5, kinds: ['rate429'] } },
      { kind: 'fault', clear: true },
      { kind: 'fault', api: { kind: 'timeout', route: '*', ms: 300, times: Infinity } },
      { kind: 'fault', api: { kind: 'status5xx', status: 502, after: 2 } },
    ]);
    expect(() => parseScenario('steps:\n  - fault: {}', 'x.yml')).toThrow('fault needs "deliveries"');
    expect(() => parseScenario('steps:\n  - fault: { api: { kind: outage } }', 'x.yml')).toThrow(
      'x.yml: step 1: fault.api.kind must be one of status5xx, rate429',
    );
  });
});

describe('concurrent steps', () => {
  it('take a list of steps, or times: N copies of every run', () => {
    const [list, copies] = parseScenario(`steps:
  - concurrent: [ { sweep: {} }, { comment: { issue: 1, as: alice, body: hi } } ]
  - concurrent: { times: 2, steps: [ { redeliver: { step: 1 } } ] }
`).steps;
    expect(list).toMatchObject({ concurrent: 1, burst: false, actions: [{ kind: 'sweep' }, { kind: 'comment' }] });
    expect(copies).toMatchObject({ concurrent: 2, actions: [{ kind: 'redeliver', step: 1 }] });
    expect(transcriptLine(copies!, copies!.actions[0]!)).toBe(
      '[10:02] step 2 (concurrent, each run ×2): GitHub delivers the events of step 1 again',
    );
  });

  it('refuse what races nothing', () => {
    expect(() => parseScenario('steps:\n  - concurrent: [ { sweep: {} } ]', 'x.yml')).toThrow(
      'x.yml: step 1: concurrent needs two steps, or times: 2 or more',
    );
    expect(() => parseScenario('steps:\n  - concurrent: { times: 0, steps: [ { sweep: {} } ] }', 'x.yml')).toThrow(
      'concurrent.times must be a whole number from 1 to 10',
    );
    expect(() => parseScenario('steps:\n  - concurrent: [ { burst: [] } ]', 'x.yml')).toThrow('unknown step "burst"');
  });
});

describe('--seed and --fault-rate', () => {
  it('override the scenario, or turn faults on with the defaults; --fault-rate 0 turns them off', () => {
    const scenario = { seed: 42, rate: 0.1, kinds: ['timeout' as const] };
    expect(withFaultFlags(scenario, {})).toBe(scenario);
    expect(withFaultFlags(scenario, parseFaultFlags({ seed: '7' }))).toEqual({
      seed: 7,
      rate: 0.1,
      kinds: ['timeout'],
    });
    expect(withFaultFlags(null, parseFaultFlags({ 'fault-rate': '0.25' }))).toEqual({
      seed: 1,
      rate: 0.25,
      kinds: [...DEFAULT_FAULT_KINDS],
    });
    expect(withFaultFlags(scenario, parseFaultFlags({ 'fault-rate': '0' }))).toBeNull();
    expect(() => parseFaultFlags({ seed: 'abc' })).toThrow('--seed must be a whole number');
    expect(() => parseFaultFlags({ 'fault-rate': '1.5' })).toThrow('--fault-rate must be a number from 0 to 1');
  });

  it("firebreak simulate --seed N --fault-rate R injects faults into the action's requests and reports them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-faults-'));
    const file = join(dir, 'scenario.yml');
    writeFileSync(file, `${CHANNELS}\nsteps:${fileP1()}`);
    try {
      const faulty = await cli(file, '--json', '--seed', '5', '--fault-rate', '0.3');
      const state = JSON.parse(faulty.stdout) as { faults: Array<{ kind: string }>; issues: unknown[] };
      expect(state.faults.length).toBeGreaterThan(0);
      expect(faulty.stderr).toContain(
        `${state.faults.length} GitHub API fault(s) injected (seed 5, rate 0.3, status5xx rate429 secondary403 timeout dropAfterWrite latency)`,
      );
      const refused = await cli(file, '--fault-rate', '2');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--fault-rate must be a number from 0 to 1, got "2"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** `firebreak simulate …` in this process (the action still runs from dist/), with its output captured. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runSimulateCommand(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('random faults are reproducible', () => {
  it('the same seed fails the same requests and ends in the same state; another seed fails others', async () => {
    const scenario = (seed: number) =>
      parseScenario(
        `${CHANNELS}\nfaults: { seed: ${seed}, rate: 0.3, kinds: [status5xx, rate429, secondary403, latency] }\nsteps:${fileP1()}  - { at: "10:20", sweep: {} }\n`,
      );
    const [a, b, c] = await Promise.all([play(scenario(11)), play(scenario(11)), play(scenario(12))]);
    const log = (o: typeof a) => o.result.faults.map((f) => `${f.kind} ${f.method} ${f.route}`);
    expect(log(a).length).toBeGreaterThan(3);
    expect(log(b)).toEqual(log(a));
    expect(normalise(b.result)).toEqual(normalise(a.result));
    expect(log(c)).not.toEqual(log(a));
  });
});
