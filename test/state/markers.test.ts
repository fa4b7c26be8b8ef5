// The hidden state markers: written so nothing inside can end them, read back leniently.
import { describe, expect, test } from 'vitest';
import { findMarker, marker, parseMarkers, replaceMarker } from '../../src/state/markers.js';

describe('markers', () => {
  test('round-trip, with "<", ">" and "&" escaped so the JSON cannot close the comment', () => {
    const data = { note: 'x --> <!-- firebreak:state {} --> & done', n: 3 };
    const text = marker('summary', data);
    expect(text).toBe(
      '<!-- firebreak:summary {"note":"x --\\u003e \\u003c!-- firebreak:state {} --\\u003e \\u0026 done","n":3} -->',
    );
    expect(text.indexOf('-->')).toBe(text.length - 3);
    expect(parseMarkers(`before\n${text}\nafter`)).toEqual([{ kind: 'summary', data, index: 7, raw: text }]);
  });

  test('every marker of a body, in order; damaged ones are skipped', () => {
    const body = `${marker('a', { x: 1 })} text <!-- firebreak:b {broken} --> ${marker('c', [1, 2])}`;
    expect(parseMarkers(body).map((m) => m.kind)).toEqual(['a', 'c']);
    expect(findMarker(body, 'c')?.data).toEqual([1, 2]);
    expect(findMarker(body, 'b')).toBeUndefined();
  });

  test('kinds are lower-case words; data is an object or an array', () => {
    expect(() => marker('State', {})).toThrow(/Invalid marker kind/);
    expect(() => marker('state -->', {})).toThrow(/Invalid marker kind/);
    expect(() => marker('state', 'text')).toThrow(/object or an array/);
  });

  test('compatible with the incident record format firebreak:v1', () => {
    expect(parseMarkers(marker('v1', { v: 1, kind: 'summary', key: 'summary', events: [] }))[0]?.kind).toBe('v1');
  });

  test('replaceMarker swaps the first marker of a kind and leaves the rest of the body alone', () => {
    const body = `# Title\n${marker('a', { n: 1 })}\ntext with $& and $1\n${marker('v1', { x: '<' })}\n${marker('v1', { x: 2 })}`;
    const next = replaceMarker(body, 'v1', marker('v1', { x: 3 }));
    expect(parseMarkers(next).map((m) => m.data)).toEqual([{ n: 1 }, { x: 3 }, { x: 2 }]);
    expect(next).toContain('text with $& and $1');
    expect(replaceMarker('no markers here', 'v1', marker('v1', {}))).toBe('no markers here');
  });
});
