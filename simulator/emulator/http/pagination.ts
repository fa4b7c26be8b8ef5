// GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page`, with a Link header
// (first, prev, next, last) that clients such as octokit.paginate follow.
import { validationFailed } from '../errors.js';
import type { RouteRequest, RouteResponse } from './router.js';

export function paginate<T>(
  req: RouteRequest,
  items: readonly T[],
  render: (item: T) => unknown,
  status = 200,
): RouteResponse {
  const perPage = Math.min(Math.max(intParam(req, 'per_page', 30), 1), 100);
  const page = Math.max(intParam(req, 'page', 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number): string => {
    const query = new URLSearchParams(req.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `${req.world.urls.api}${req.pathname}?${query.toString()}`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${link(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
  return { status, body: slice.map(render), headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}

export function intParam(req: RouteRequest, name: string, fallback: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw validationFailed({ resource: 'Search', field: name, code: 'invalid' });
  return n;
}

/** Newest or oldest first by a timestamp field, as `sort`/`direction` ask (GitHub defaults to desc). */
export function sortByTime<T>(
  items: T[],
  key: (item: T) => string,
  direction: string | null,
  tiebreak: (item: T) => number,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * (Date.parse(key(a)) - Date.parse(key(b)) || tiebreak(a) - tiebreak(b)));
}
