// Checks routes and responses against GitHub's published OpenAPI description. Reads the one file
// generated/api.github.com.json by path (requiring @octokit/openapi would load all ten specs), rewrites
// OpenAPI 3.0's `nullable` into JSON Schema, and compiles each response schema once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Node = Record<string, unknown>;

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export function specPath(): string {
  const require = createRequire(import.meta.url);
  // package.json is the package's one stable entry; the spec sits beside it.
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
}

/** `nullable: true` becomes `type: [t, "null"]` (and null joins an enum), or an anyOf with null. */
export function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node))
    out[key] = key === 'example' || key === 'examples' ? value : rewriteNullable(value);
  if (out.nullable !== true) {
    delete out.nullable;
    return out;
  }
  delete out.nullable;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/**
 * Local refs ("#/components/…") point into the schema registered as "gh". `oneOf` becomes `anyOf`:
 * GitHub's description uses oneOf for alternatives that overlap (a 409 body is both a basic-error and a
 * repository-rule-violation-error), which real GitHub responses fail just as ours would.
 */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    const target = key === 'oneOf' ? 'anyOf' : key;
    out[target] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `gh${value}` : anchorRefs(value);
  }
  return out;
}

export interface ResponseProblem {
  route: string;
  status: number;
  errors: string[];
}

export class OpenApiChecker {
  private readonly paths: Record<string, Record<string, Node>>;
  private readonly components: Node;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor(
    spec: { paths: Record<string, Record<string, Node>>; components: Node } = JSON.parse(
      readFileSync(specPath(), 'utf8'),
    ),
  ) {
    this.paths = spec.paths;
    this.components = anchorRefs(rewriteNullable(spec.components)) as Node;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'gh', components: this.components });
  }

  hasRoute(method: string, path: string): boolean {
    return this.paths[path]?.[method.toLowerCase()] !== undefined;
  }

  /** Routes (method + path template) that GitHub's description does not have. */
  unknownRoutes(routes: readonly { method: string; path: string }[]): string[] {
    return routes.filter((r) => !this.hasRoute(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
  }

  /** Statuses GitHub documents for a route. */
  statuses(method: string, path: string): number[] {
    const responses = (this.paths[path]?.[method.toLowerCase()]?.responses ?? {}) as Node;
    return Object.keys(responses).map(Number);
  }

  /**
   * Problems with one response: an undocumented success status, or a body that does not match the
   * documented schema. Undocumented error statuses are accepted (GitHub sends more than it documents).
   */
  check(method: string, path: string, status: number, body: unknown): string[] {
    if (!this.hasRoute(method, path)) return [`${method} ${path} is not in GitHub's OpenAPI description`];
    const documented = this.statuses(method, path);
    if (!documented.includes(status))
      return status < 400
        ? [`status ${status} is not documented for ${method} ${path} (documented: ${documented.join(', ')})`]
        : [];
    const validate = this.validator(method, path, status);
    if (!validate)
      return body === undefined || body === null || body === '' ? [] : status === 204 ? ['204 must have no body'] : [];
    if (validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }

  private validator(method: string, path: string, status: number): ValidateFunction | null {
    const key = `${method} ${path} ${status}`;
    if (this.compiled.has(key)) return this.compiled.get(key) ?? null;
    let response = ((this.paths[path]?.[method.toLowerCase()]?.responses ?? {}) as Node)[String(status)] as
      | Node
      | undefined;
    while (response && typeof response.$ref === 'string') response = this.resolve(response.$ref) as Node;
    const schema = ((response?.content as Node | undefined)?.['application/json'] as Node | undefined)?.schema;
    const validate = schema ? this.ajv.compile(anchorRefs(rewriteNullable(schema)) as Node) : null;
    this.compiled.set(key, validate);
    return validate;
  }

  private resolve(ref: string): unknown {
    return ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as Node)[part.replace(/~1/g, '/').replace(/~0/g, '~')], {
        components: this.components,
      });
  }
}
