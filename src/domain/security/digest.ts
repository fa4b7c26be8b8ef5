// SHA-256 as lowercase hex. Hashing is deterministic and does no I/O, so the security domain stays pure
// while using node:crypto.
import { createHash } from 'node:crypto';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A SHA-256 as people paste it ("ABC…", "sha256:abc…") in canonical form; null when it is not one. */
export function readSha256(text: string): string | null {
  const hex = text
    .trim()
    .replace(/^sha-?256:/i, '')
    .toLowerCase();
  return SHA256_HEX.test(hex) ? hex : null;
}
