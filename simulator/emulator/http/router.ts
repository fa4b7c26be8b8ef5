// The route table is data — method, OpenAPI path template, handler — so the conformance test can
// enumerate it and compare it with GitHub's OpenAPI description.
import type { IncomingHttpHeaders } from 'node:http';
import type { Ctx } from '../repo/context.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRequest extends Ctx {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The request path, for building pagination links. */
  pathname: string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (the contents API's raw media type). */
  raw?: Buffer;
}

export interface Route {
  method: Method;
  /** Exactly as in GitHub's OpenAPI description, e.g. /repos/{owner}/{repo}/issues/{issue_number}. */
  path: string;
  handler: (req: RouteRequest) => RouteResponse;
  /**
   * Set on a route outside /repos/{owner}/{repo} (POST /graphql): it gets no repository, and names the
   * repositories it reads itself.
   */
  global?: (req: GlobalRequest) => RouteResponse;
}

/** What a route outside any one repository gets. */
export type GlobalRequest = Omit<RouteRequest, 'repo'>;

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** A trailing parameter with one of these names takes the rest of the path, slashes included. */
const GREEDY = new Set(['path', 'ref', 'branch']);
/** Parameters that GitHub only accepts as numbers (anything else is a 404). */
const NUMERIC = new Set(['issue_number', 'pull_number', 'comment_id', 'review_id', 'reaction_id']);

interface Compiled {
  route: Route;
  segments: string[];
  literals: number;
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(readonly routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const segments = route.path.split('/').slice(1);
      return { route, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
    });
  }

  /** The route for `method` and `pathname`; literal segments win over parameters (issues/comments/1). */
  match(method: string, pathname: string): RouteMatch | undefined {
    const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
    let best: (RouteMatch & { literals: number }) | undefined;
    for (const c of this.compiled) {
      if (c.route.method !== method) continue;
      const params = matchSegments(c.segments, parts);
      if (params && (!best || c.literals > best.literals)) best = { route: c.route, params, literals: c.literals };
    }
    return best ? { route: best.route, params: best.params } : undefined;
  }
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const isLast = i === template.length - 1;
    if (!t.startsWith('{')) {
      if (parts[i] !== t) return undefined;
      continue;
    }
    const name = t.slice(1, -1);
    if (isLast && GREEDY.has(name)) {
      const rest = parts.slice(i).map(decode).join('/');
      // contents/{path} also serves the repository root (an empty path); nothing else may be empty.
      if (rest === '' && name !== 'path') return undefined;
      params[name] = rest;
      return params;
    }
    const part = parts[i];
    if (part === undefined || part === '') return undefined;
    const value = decode(part);
    if (NUMERIC.has(name) && !/^\d+$/.test(value)) return undefined;
    params[name] = value;
  }
  return parts.length === template.length ? params : undefined;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
