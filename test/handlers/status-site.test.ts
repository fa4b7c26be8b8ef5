// Writing the status site to gh-pages (src/handlers/status-site.ts) on the emulator: the branch is made
// once, two incidents' entries both stay, a repeated write changes nothing, and a file changed by a
// racing run since it was read (409 from the compare-and-swap) is read again and rebuilt.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { PublishedIncident } from '../../src/domain/status/model.js';
import { createClient } from '../../src/github/client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { STATUS_SOURCE, writeStatusSite } from '../../src/handlers/status-site.js';
import { startEmulator } from '../../simulator/emulator/index.js';

const incident = (number: number, text: string): PublishedIncident => ({
  number,
  severity: 'P2',
  status: 'investigating',
  security: false,
  services: [],
  openedAt: '2026-03-02T10:00:00Z',
  resolvedAt: null,
  updates: [{ at: '2026-03-02T10:05:00Z', status: 'investigating', text, key: `k${number}` }],
});

const write = (i: PublishedIncident) => ({
  kind: 'statusPage' as const,
  branch: 'gh-pages',
  incident: i,
  describe: '',
});

describe('writeStatusSite', () => {
  it('keeps every incident, writes nothing twice, and survives a racing write', async () => {
    const e = await startEmulator({ start: '2026-03-02T10:00:00Z', users: { alice: 'write' } });
    try {
      const gh = new OctokitGateway(
        createClient({ token: e.botToken, baseUrl: e.url, pacing: 'none', timeoutMs: 5000 }),
        {
          owner: 'acme',
          repo: 'shop',
        },
      );
      const now = new Date('2026-03-02T10:06:00Z');
      const site = (i: PublishedIncident) => writeStatusSite(gh, defaultConfig(), async () => 'main', write(i), now);
      expect(await site(incident(1, 'first'))).toBe(
        '5 file(s) written to gh-pages for incident #1: https://acme.github.io/shop/',
      );
      expect(await site(incident(1, 'first'))).toBe('incident #1 already up to date');
      // A racing run changes the source between our read and our write: the first put answers 409.
      const real = gh.putFile.bind(gh);
      let raced = false;
      gh.putFile = async (input) => {
        if (!raced) {
          raced = true;
          const other = await gh.getFile(STATUS_SOURCE, 'gh-pages');
          await real({
            path: STATUS_SOURCE,
            branch: 'gh-pages',
            content: `${other?.content.trimEnd()} `,
            message: 'race',
            sha: other?.sha,
          });
        }
        return real(input);
      };
      await site(incident(2, 'second'));
      const history = JSON.parse((await gh.getFile('incidents.json', 'gh-pages'))?.content ?? '{}');
      expect(history.incidents.map((i: { id: string }) => i.id)).toEqual(['incident-2', 'incident-1']);
      expect(JSON.parse((await gh.getFile(STATUS_SOURCE, 'gh-pages'))?.content ?? '{}').incidents).toHaveLength(2);
    } finally {
      await e.close();
    }
  });
});
