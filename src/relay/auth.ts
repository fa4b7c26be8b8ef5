// Who may post alerts to the relay: a bearer token (`Authorization: Bearer …`) or an HMAC-SHA256
// signature of the raw body (`X-Firebreak-Signature: sha256=<hex>`, as GitHub signs its webhooks), each
// compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface RelayAuth {
  token?: string;
  hmacSecret?: string;
}

export function authorised(
  auth: RelayAuth,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): boolean {
  const header = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const bearer = /^Bearer\s+(.+)$/i.exec(header('authorization') ?? '')?.[1]?.trim();
  if (auth.token && bearer !== undefined && same(bearer, auth.token)) return true;
  const signature = header('x-firebreak-signature') ?? header('x-hub-signature-256');
  if (auth.hmacSecret && signature) {
    const expected = `sha256=${createHmac('sha256', auth.hmacSecret).update(body).digest('hex')}`;
    if (same(signature.trim().toLowerCase(), expected)) return true;
  }
  return false;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
