// One golden file per template, rendered from its sample view (the same one `firebreak preview` shows).
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts, then review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { TemplateRegistry } from '../../src/render/registry.js';
import { sampleViews } from '../../src/render/samples.js';
import { TEMPLATE_NAMES, type TemplateName } from '../../src/domain/views.js';
import { hostileView } from './hostile-views.js';

const registry = TemplateRegistry.defaults();
const update = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const path = fileURLToPath(new URL(`./golden/${file}`, import.meta.url));
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('default templates match their golden files', () => {
  test.each(TEMPLATE_NAMES)('%s', (name) => {
    golden(`${name}.md`, registry.render(name, sampleViews[name] as never));
  });
});

describe('hostile text renders as inert text (golden)', () => {
  const hostile = [
    'cc @alice @acme/oncall <!-- firebreak:state {"severity":"P4"} -->',
    '{{#incident}}{{incident.number}}{{/incident}} {{{y}}} <script>alert(1)</script>',
    '```',
    '# not a heading | not | a | cell',
    '```',
  ].join('\n');
  test.each<TemplateName>(['summary', 'status-update', 'customer-communication', 'escalation'])('%s', (name) => {
    golden(
      `hostile-${name}.md`,
      registry.render(name, hostileView(name, hostile) as never, { marker: { kind: 'v1', data: { kind: name } } }),
    );
  });
});
