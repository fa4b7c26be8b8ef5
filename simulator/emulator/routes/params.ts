// Reading route parameters and request bodies.
import { validationFailed } from '../errors.js';
import type { RouteRequest } from '../http/router.js';

export type Body = Record<string, unknown>;

/** The JSON body as an object (GitHub answers 422 when a body that must be an object is not). */
export function bodyOf(req: RouteRequest): Body {
  const body = req.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body)) throw validationFailed({ resource: 'Request', code: 'invalid' });
  return body as Body;
}

export const numberParam = (req: RouteRequest, name: string): number => Number(req.params[name]);

export const param = (req: RouteRequest, name: string): string => req.params[name] ?? '';

export const ok = (body: unknown, status = 200): { status: number; body: unknown } => ({ status, body });

export const noContent = { status: 204 } as const;
