// The emulator's web view (GET /_emulator/view): the threads as GitHub shows them, rendered Markdown
// without Firebreak's records, served as HTML for a browser.
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/domain/incident/marker.js';
import { client, emulator, repo } from './support.js';

describe('the web view', () => {
  it('serves the threads as HTML: rendered Markdown, authors, labels, no record', async () => {
    const e = await emulator({ files: { 'README.md': '# shop\n' } });
    e.openIssue({
      as: 'alice',
      title: 'Checkout fails',
      body: '| a | b |\n|---|---|\n| 1 | 2 |',
      labels: ['incident'],
    });
    const record = encodeRecord({ v: 1, kind: 'reply', key: 'reply:1', events: [] });
    await client(e).rest.issues.createComment({ ...repo, issue_number: 1, body: `**Acknowledged.**\n\n${record}` });
    const response = await fetch(`${e.url}/_emulator/view`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<strong>Acknowledged.</strong>');
    expect(html).toContain('<b>alice</b> opened this issue');
    expect(html).toContain('>incident</span>');
    expect(html).not.toContain('firebreak:v1');
    // Not a GitHub route: not counted.
    expect(Object.keys(e.requests).some((r) => r.includes('_emulator'))).toBe(false);
    await e.close();
  });
});
