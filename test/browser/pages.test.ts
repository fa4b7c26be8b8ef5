// The demo's pages in a real browser: the thread (thread.html) and the incident report (report.html),
// written by replaying examples/demo.yml as `npm run demo` does, and the status page that
// examples/status-page.yml publishes (demo-out/status-page/status/index.html),
// rendered in headless Chromium (Debian's `chromium`, which .ci/run installs where it can). Each page
// loads without console errors, does not scroll sideways at 390 px, and shows no Firebreak record; the
// screenshots at 1280 and 390 px are saved under demo-out/screenshots/. Skipped, saying so, when
// Chromium is absent (set FIREBREAK_CHROMIUM to use another binary).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulateCommand } from '../../src/cli/simulate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'demo-out');
const CHROMIUM = process.env.FIREBREAK_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present)
  console.warn(
    `test/browser/pages.test.ts: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium, or set FIREBREAK_CHROMIUM)`,
  );

/** Run in the page (a string: the tests compile without the DOM's types). */
const PAGE_FACTS = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  let comments = 0;
  while (walker.nextNode()) comments += 1;
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    text: document.body.innerText,
    comments,
  };
})()`;

const PAGES = [
  { name: 'thread', file: 'thread.html' },
  { name: 'report', file: 'report.html' },
  // The demo publishes nothing: the status page is examples/status-page.yml's, replayed beside it.
  { name: 'status', file: 'status-page/status/index.html' },
] as const;

describe.skipIf(!present)('the demo pages in headless Chromium', () => {
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    let err = '';
    const code = await runSimulateCommand(['examples/demo.yml', '--out', OUT], {
      stdout: () => undefined,
      stderr: (t) => void (err += t),
    });
    expect(code, err).toBe(0);
    const published = await runSimulateCommand(['examples/status-page.yml', '--out', join(OUT, 'status-page')], {
      stdout: () => undefined,
      stderr: (t) => void (err += t),
    });
    expect(published, err).toBe(0);
    await mkdir(join(OUT, 'screenshots'), { recursive: true });
    profile = await mkdtemp(join(tmpdir(), 'firebreak-chromium-'));
    // A fresh profile (--user-data-dir) per run: Playwright passes it to Chromium itself.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  for (const page of PAGES) {
    it(`${page.file}: no console errors, no sideways scroll at 390 px, no hidden record shown`, async () => {
      for (const width of [1280, 390]) {
        const tab = await browser.newPage();
        await tab.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        const errors: string[] = [];
        tab.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
        tab.on('pageerror', (e) => void errors.push(e.message));
        // Self-contained pages: any request other than the file itself is a bug.
        tab.on('request', (r) => void (r.url().startsWith('file:') || errors.push(`request ${r.url()}`)));
        await tab.goto(pathToFileURL(join(OUT, page.file)).href, { waitUntil: 'load' });
        const facts = await tab.evaluate<{ overflow: number; text: string; comments: number }>(PAGE_FACTS);
        await tab.screenshot({ path: join(OUT, 'screenshots', `${page.name}-${width}.png`) });
        await tab.close();
        expect(errors, `${page.file} at ${width} px`).toEqual([]);
        expect(facts.overflow, `${page.file} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        expect(facts.comments).toBe(0);
        expect(facts.text).not.toContain('firebreak:v1');
        expect(facts.text.length).toBeGreaterThan(100);
      }
    });
  }
});
