// What one API request costs through src/github/client.ts against plain Octokit, in process, on the
// emulator: 50 sequential GETs each, interleaved over a few rounds. With pacing 'none' (the emulator)
// nothing should queue; with pacing 'github' the throttling plugin's Bottleneck groups are in the way
// (deliberately: GitHub's write pacing), which costs a few milliseconds a request.
import { Octokit } from '@octokit/rest';
import { createClient, type Client } from '../src/github/client.js';
import { startEmulator } from '../simulator/emulator/index.js';
import { median } from './measure.js';

export interface ClientResults {
  requests: number;
  rounds: number;
  plainOctokitMs: number;
  pacingNoneMs: number;
  pacingGithubMs: number;
  noneRatio: number;
  githubRatio: number;
}

export async function clientLatencyBenchmark(requests = 50, rounds = 5): Promise<ClientResults> {
  const e = await startEmulator({ users: { alice: 'admin' } });
  try {
    const clients: Record<'plain' | 'none' | 'github', Octokit | Client> = {
      plain: new Octokit({ auth: e.botToken, baseUrl: e.url }),
      none: createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none' }),
      github: createClient({ token: e.botToken, baseUrl: e.url, pacing: 'github' }),
    };
    const perRequest = { plain: [] as number[], none: [] as number[], github: [] as number[] };
    for (let round = 0; round <= rounds; round++) {
      for (const name of ['plain', 'none', 'github'] as const) {
        const start = performance.now();
        for (let i = 0; i < requests; i++) await clients[name].rest.repos.get({ owner: 'acme', repo: 'shop' });
        // Round 0 warms the connections and the JIT.
        if (round > 0) perRequest[name].push((performance.now() - start) / requests);
      }
    }
    const [plain, none, github] = [median(perRequest.plain), median(perRequest.none), median(perRequest.github)];
    const results: ClientResults = {
      requests,
      rounds,
      plainOctokitMs: plain,
      pacingNoneMs: none,
      pacingGithubMs: github,
      noneRatio: none / plain,
      githubRatio: github / plain,
    };
    console.log(
      `client latency per GET: plain Octokit ${plain.toFixed(2)} ms, createClient pacing none ${none.toFixed(2)} ms (${results.noneRatio.toFixed(2)}×), pacing github ${github.toFixed(2)} ms (${results.githubRatio.toFixed(2)}×)`,
    );
    return results;
  } finally {
    await e.close();
  }
}
