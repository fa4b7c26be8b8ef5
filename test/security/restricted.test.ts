// In a public repository a security report's details leave the issue: the body is replaced by a notice
// that keeps only its digest, says plainly that the edit history still shows it, and points to a private
// channel.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  OPAQUE_REFERENCE,
  bodyDigest,
  hiddenBodyNotice,
  isRestricted,
  opaqueReference,
} from '../../src/domain/security/restricted.js';
import { SECRET } from './ledgers.js';

const REPORT = `### Type\n\nData breach\n\n### What happened\n\n${SECRET}\n`;

describe('which incidents are restricted', () => {
  it.each([
    ['public', true],
    ['private', false],
    ['internal', false],
    // Unknown visibility fails closed.
    [null, true],
    ['something-new', true],
  ])('a security incident in a %s repository: restricted %s', (visibility, restricted) => {
    expect(isRestricted({ security: true }, visibility)).toBe(restricted);
  });

  it('an ordinary incident is never restricted', () => {
    expect(isRestricted({ security: false }, 'public')).toBe(false);
  });
});

describe('the digest of the hidden body', () => {
  it('is the SHA-256 of the body', () => {
    expect(bodyDigest(REPORT)).toBe(createHash('sha256').update(REPORT).digest('hex'));
  });

  it('is the same whether the copy checked later has CRLF or LF line endings', () => {
    expect(bodyDigest(REPORT.replace(/\n/g, '\r\n'))).toBe(bodyDigest(REPORT));
    expect(bodyDigest(`${REPORT}.`)).not.toBe(bodyDigest(REPORT));
  });
});

describe('the notice that replaces the body', () => {
  const digest = bodyDigest(REPORT);
  const channels = [
    { kind: 'repository', reference: 'SEC-0123456789' },
    { kind: 'advisory', url: 'https://github.com/acme/shop/security/advisories/new' },
    { kind: 'none' },
  ] as const;

  it.each(channels)('contains the digest and no reported detail (%o)', (privateChannel) => {
    const text = hiddenBodyNotice({ digest, privateChannel, repositoryVisibility: 'public' });
    expect(text).toContain(digest);
    for (const word of [SECRET, 'hunter2', '/admin/export', 'customer table', 'Data breach'])
      expect(text).not.toContain(word);
  });

  it('says the report was hidden, that the edit history still shows it, and to ask an admin to delete the revision', () => {
    const text = hiddenBodyNotice({ digest, privateChannel: { kind: 'none' }, repositoryVisibility: 'public' });
    expect(text).toMatch(/hidden to protect it/);
    expect(text).toMatch(/edit history/);
    expect(text).toMatch(/anyone on the internet/);
    expect(text).toMatch(/ask a repository admin to delete that revision/);
    expect(text).toMatch(/comments on this issue are as visible as the issue/);
  });

  it('points to where the conversation continues privately', () => {
    const repo = hiddenBodyNotice({ digest, privateChannel: channels[0], repositoryVisibility: 'public' });
    expect(repo).toContain('**SEC-0123456789**');
    const advisory = hiddenBodyNotice({ digest, privateChannel: channels[1], repositoryVisibility: 'public' });
    expect(advisory).toContain('https://github.com/acme/shop/security/advisories/new');
    const none = hiddenBodyNotice({ digest, privateChannel: channels[2], repositoryVisibility: 'public' });
    expect(none).toMatch(/security team will contact you/);
  });
});

describe('the opaque reference on the public stub', () => {
  it('is stable, and depends on the repository, the number and the salt', () => {
    const ref = opaqueReference(12, { repository: 'acme/shop' });
    expect(ref).toMatch(OPAQUE_REFERENCE);
    expect(opaqueReference(12, { repository: 'ACME/Shop' })).toBe(ref);
    expect(ref).toBe(`SEC-${createHash('sha256').update('["acme/shop",12,""]').digest('hex').slice(0, 10)}`);
    expect(opaqueReference(13, { repository: 'acme/shop' })).not.toBe(ref);
    expect(opaqueReference(12, { repository: 'acme/web' })).not.toBe(ref);
    expect(opaqueReference(12, { repository: 'acme/shop', secretSalt: 's3cret' })).not.toBe(ref);
  });

  it('does not name the repository', () => {
    const ref = opaqueReference(12, { repository: 'acme/shop', secretSalt: 's3cret' });
    expect(ref).not.toMatch(/acme|shop/);
  });
});
