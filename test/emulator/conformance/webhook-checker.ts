// Checks webhook payloads against @octokit/webhooks-schemas (draft-07, closed objects). Definitions
// are compiled on first use and kept, so a test run compiles each event shape once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The definition that describes an event: "issues$opened", "workflow_dispatch$event", … */
export const definitionFor = (name: string, action?: string): string => `${name}$${action ?? 'event'}`;

export class WebhookChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly definitions: Set<string>;

  constructor() {
    const require = createRequire(import.meta.url);
    const file = join(dirname(require.resolve('@octokit/webhooks-schemas/package.json')), 'schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { definitions: Record<string, unknown> };
    this.definitions = new Set(Object.keys(schema.definitions));
    addFormats(this.ajv);
    this.ajv.addSchema({ ...schema, $id: 'webhooks' });
  }

  /** Problems with a payload for `definition` (empty when it validates). */
  check(definition: string, payload: unknown): string[] {
    if (!this.definitions.has(definition)) return [`no webhook schema definition ${definition}`];
    let validate = this.compiled.get(definition);
    if (!validate) {
      validate = this.ajv.getSchema(`webhooks#/definitions/${definition}`) as ValidateFunction;
      this.compiled.set(definition, validate);
    }
    if (validate(payload)) return [];
    return (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
}
