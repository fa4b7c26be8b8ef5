// Playbook: "slugs are ASCII, stable, at most 60 characters, and cannot escape the directory whatever the
// title (emoji, ../, very long)". The title is whatever the reporter typed into the issue.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  postmortemDirectory,
  postmortemPath,
  postmortemSlug,
  POSTMORTEM_FILE,
  SLUG_MAX_LENGTH,
} from '../../src/domain/postmortem/slug.js';

const OPENED = '2026-03-02T10:00:00Z';
const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('a postmortem slug is the title in plain ASCII words', () => {
  test.each([
    ['Checkout fails for EU customers', 'checkout-fails-for-eu-customers'],
    ['Café déjà vu: Zürich Straße naïve Ærø Łódź', 'cafe-deja-vu-zurich-strasse-naive-aero-lodz'],
    ['🔥🔥 Checkout down 🔥', 'checkout-down'],
    ['API   latency -- 5xx!!!', 'api-latency-5xx'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['line one\nline two\r\nthree', 'line-one-line-two-three'],
    ['CON', 'con'],
    ['ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ', 'fullwidth-text'],
    ['DB: p99 > 2s (eu-west-1)', 'db-p99-2s-eu-west-1'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%j → %s', (title, slug) => {
    expect(postmortemSlug(title)).toBe(slug);
  });

  test('a title with nothing ASCII in it falls back to "incident" (or the fallback given)', () => {
    expect(postmortemSlug('🔥🚨💥')).toBe('incident');
    expect(postmortemSlug('الدفع لا يعمل')).toBe('incident');
    expect(postmortemSlug('支付失败')).toBe('incident');
    expect(postmortemSlug('', 'incident-42')).toBe('incident-42');
    expect(postmortemSlug('...', '../..')).toBe('incident');
  });

  test('right-to-left text and bidirectional overrides leave only their ASCII words', () => {
    expect(postmortemSlug('الدفع checkout \u202Eexe.txt\u202C فشل')).toBe('checkout-exe-txt');
  });

  test('a 500-character title is cut at a word boundary, at most 60 characters', () => {
    const title = 'checkout '.repeat(56).trim();
    const slug = postmortemSlug(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^(checkout-)+checkout$/);
    expect(slug.length).toBe(53);
  });

  test('one 500-letter word is cut hard at 60', () => {
    expect(postmortemSlug('a'.repeat(500))).toBe('a'.repeat(60));
  });

  test('a word ending exactly at character 60 is kept whole', () => {
    const title = `${'x'.repeat(59)}y tail`;
    expect(postmortemSlug(title)).toBe(`${'x'.repeat(59)}y`);
  });

  test('the same title always gives the same slug, and a slug slugs to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
        const slug = postmortemSlug(title);
        expect(slug).toMatch(SAFE);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        expect(slug).not.toBe('.');
        expect(slug).not.toBe('..');
        expect(postmortemSlug(title)).toBe(slug);
        expect(postmortemSlug(slug)).toBe(slug);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the postmortem path stays inside the postmortem directory', () => {
  test('docs/postmortems/<YYYY-MM-DD>-<slug>.md, dated by the UTC day the incident was filed', () => {
    expect(postmortemPath('docs/postmortems', OPENED, 'checkout-fails')).toBe(
      'docs/postmortems/2026-03-02-checkout-fails.md',
    );
    expect(postmortemPath('docs/postmortems', '2026-03-02T23:30:00-02:00', 'late')).toBe(
      'docs/postmortems/2026-03-03-late.md',
    );
  });

  test('a raw title passed as the slug is reduced too', () => {
    expect(postmortemPath('docs/postmortems', OPENED, '../../etc/passwd')).toBe(
      'docs/postmortems/2026-03-02-etc-passwd.md',
    );
    expect(postmortemPath('docs/postmortems', OPENED, '🔥')).toBe('docs/postmortems/2026-03-02-incident.md');
  });

  test('a reserved Windows name never stands alone: the date comes first', () => {
    expect(postmortemPath('docs/postmortems', OPENED, postmortemSlug('CON'))).toBe(
      'docs/postmortems/2026-03-02-con.md',
    );
  });

  test.each([
    ['docs/postmortems', 'docs/postmortems'],
    ['./docs//postmortems/', 'docs/postmortems'],
    ['../../etc', 'etc'],
    ['docs/../../../secrets', 'docs/secrets'],
    ['/absolute/path', 'absolute/path'],
    ['C:\\incidents\\..\\pm', 'C:/incidents/pm'],
    ['..', 'docs/postmortems'],
    ['', 'docs/postmortems'],
    ['incidents/\u0000nul', 'incidents/nul'],
  ])('a configured directory %j is normalised to %j', (directory, expected) => {
    expect(postmortemDirectory(directory)).toBe(expected);
  });

  test('whatever the directory and title, the path has no "..", no empty segment and a safe file name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 200 }), (directory, title) => {
        const path = postmortemPath(directory, OPENED, postmortemSlug(title));
        const segments = path.split('/');
        expect(segments.every((s) => s !== '' && s !== '.' && s !== '..')).toBe(true);
        expect(path.startsWith('/')).toBe(false);
        expect(segments.at(-1)).toMatch(POSTMORTEM_FILE);
        expect(path.startsWith(`${postmortemDirectory(directory)}/`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('an unreadable filing time is a bug upstream and throws', () => {
    expect(() => postmortemPath('docs/postmortems', 'yesterday', 'x')).toThrow(RangeError);
  });
});
