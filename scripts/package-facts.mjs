// The facts the bundle carries from package.json (scripts/build.mjs and vitest.config.ts define them):
// the version, and the GitHub repository ("owner/name") the action is published from.
import { readFileSync } from 'node:fs';

export function packageFacts(root = new URL('..', import.meta.url)) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  const match = /github(?:\.com[/:]|:)([^/]+)\/([^/.#]+)/.exec(url) ?? /^([^/:]+)\/([^/.#]+)$/.exec(url);
  return { version: pkg.version, repository: match ? `${match[1]}/${match[2]}` : 'firebreak-dev/firebreak' };
}

export function defines(root) {
  const { version, repository } = packageFacts(root);
  return { FIREBREAK_VERSION: JSON.stringify(version), FIREBREAK_REPOSITORY: JSON.stringify(repository) };
}
