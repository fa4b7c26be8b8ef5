// For any text a user can type, in any field of any template: no new mention (except allowed logins), no
// "<!--" but the comment's own marker, no "<script", no mustache expansion, and always within the limit.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeUserText } from '../../src/text/escape.js';
import { COMMENT_LIMIT } from '../../src/text/fit.js';
import { parseMarkers } from '../../src/state/markers.js';
import { findMentions } from '../../src/text/mentions.js';
import { TemplateRegistry } from '../../src/render/registry.js';
import { TEMPLATE_NAMES } from '../../src/domain/views.js';
import { OWNED_MARKER } from '../../src/domain/postmortem/owned.js';
import { hostileView } from './hostile-views.js';

const registry = TemplateRegistry.defaults();
const state = { kind: 'v1', data: { v: 1, kind: 'summary', key: 'summary', events: [] } };
const allowed = ['alice'];

const fragment = fc.oneof(
  fc.constantFrom(
    '@',
    '@alice',
    '@bob',
    '@acme/oncall',
    '@@',
    'x@y',
    '\\@',
    '&#64;',
    '<',
    '<!--',
    '<!',
    '-->',
    '--',
    '<script>',
    '<SCRIPT',
    '</script>',
    '{{',
    '}}',
    '{{{',
    '}}}',
    '{{#incident}}',
    '{{/incident}}',
    '{{incident.number}}',
    '{{=<% %>=}}',
    '`',
    '```',
    '````',
    '~~~',
    '|',
    '\n',
    '\r\n',
    '\t',
    ' ',
    '#',
    '> ',
    '- ',
    '[',
    '](',
    ')',
    'http://x.test/@bob',
    'javascript:',
    '\u200B',
    '\u202E',
    '\uE000',
    '\uE001',
    '0',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const userText = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));

function mentionSet(text: string): Set<string> {
  return new Set(findMentions(text));
}

describe('any user text, any template', () => {
  const benign = new Map(
    TEMPLATE_NAMES.map((n) => [n, mentionSet(registry.render(n, hostileView(n, 'plain') as never))]),
  );
  const owned = new Map(
    TEMPLATE_NAMES.map((n) => [
      n,
      registry.render(n, hostileView(n, 'plain') as never).match(OWNED_MARKER)?.length ?? 0,
    ]),
  );

  test('renders inert and within the limit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_NAMES), userText, (name, text) => {
        const out = registry.render(name, hostileView(name, text) as never, { marker: state, allowMentions: allowed });
        for (const mention of mentionSet(out)) {
          expect(benign.get(name)?.has(mention) || allowed.includes(mention), `@${mention} in ${name}`).toBe(true);
        }
        // The postmortem's owned-region markers are the template's own: as many as in the plain rendering.
        expect(out.match(OWNED_MARKER)?.length ?? 0).toBe(owned.get(name));
        expect(out.replace(OWNED_MARKER, '').indexOf('<!--', 1)).toBe(-1);
        expect(parseMarkers(out)).toEqual([expect.objectContaining({ kind: 'v1', data: state.data, index: 0 })]);
        expect(out).not.toMatch(/<script/i);
        expect(out).not.toMatch(/\uE000[0-9a-z]+\uE001/);
        expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      }),
      { numRuns: 600 },
    );
  });

  test('template tags in user text are never expanded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_NAMES), userText, userText, (name, before, after) => {
        const out = registry.render(
          name,
          hostileView(name, `${before}Q{{#incident}}{{incident.number}}{{/incident}}Z${after}`) as never,
        );
        expect(out).not.toContain('Q42Z');
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeUserText on its own', () => {
  test('mentions only allowed logins, never opens HTML, keeps {{ as typed', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const out = escapeUserText(text, { allowMentions: allowed });
        for (const mention of findMentions(out)) expect(allowed).toContain(mention);
        expect(out).not.toMatch(/<[A-Za-z!/?]/);
        expect((out.match(/\{\{/g) ?? []).length).toBe((text.match(/\{\{/g) ?? []).length);
      }),
      { numRuns: 1000 },
    );
  });
});
