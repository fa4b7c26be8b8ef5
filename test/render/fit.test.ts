// GitHub's 65,536-character limit: long bodies are cut visibly, never through a marker or inside a fence.
import { describe, expect, test } from 'vitest';
import { BODY_LIMIT, COMMENT_LIMIT, fitComment } from '../../src/text/fit.js';
import { marker, parseMarkers } from '../../src/state/markers.js';
import { linesInCode } from './hostile-views.js';

describe('fitComment', () => {
  test('a body within the limit is returned unchanged', () => {
    expect(fitComment('short')).toBe('short');
    const exact = 'x'.repeat(COMMENT_LIMIT);
    expect(fitComment(exact, COMMENT_LIMIT)).toBe(exact);
    // By default a planned body leaves room for the run stamp the executor adds to its record.
    expect(fitComment('x'.repeat(BODY_LIMIT))).toBe('x'.repeat(BODY_LIMIT));
    expect(fitComment(exact).length).toBeLessThanOrEqual(BODY_LIMIT);
  });

  test('the note says where the whole text is', () => {
    expect(fitComment('y'.repeat(2000), 1000, '[the comment](https://example.test/c/1)')).toContain(
      'see [the comment](https://example.test/c/1) for the full text',
    );
  });

  test('a 70,000-character paste is cut to the limit with a visible note, markers kept whole', () => {
    const state = marker('v1', { v: 1, kind: 'summary', key: 'summary', events: [] });
    const body = `${state}\n## Update\n\n${'lorem ipsum '.repeat(6000)}\n\n${marker('tail', { end: true })}`;
    const out = fitComment(body);
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out).toMatch(/… truncated [\d,]+ characters; see the issue for the full text/);
    expect(parseMarkers(out).map((m) => m.kind)).toEqual(['v1', 'tail']);
  });

  test('a cut inside a code block closes the block before the note', () => {
    const body = '## Logs\n\n````text\n' + 'line\n'.repeat(20_000) + '````\n';
    const out = fitComment(body, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/\n````\n\n\*… truncated/);
    expect(linesInCode(out).some((l) => l.includes('truncated'))).toBe(false);
  });

  test('a cut never splits a surrogate pair', () => {
    const out = fitComment('🔥'.repeat(1000), 301);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('markers that alone exceed the limit are an error, not a broken comment', () => {
    expect(() => fitComment(marker('big', { x: 'y'.repeat(500) }) + 'text', 100)).toThrow(/markers alone/);
  });
});
