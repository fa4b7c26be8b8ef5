// The status page's settings (`status-page:`), checked beyond the schema: the branch must be a name git
// accepts for a branch and none of Firebreak's own branches, the address an absolute http(s) URL. These
// run with the semantic checks, so a file that breaks them is refused like any other error. Whether the
// branch is the repository's default branch needs the repository: `statusBranchCheck` asks it in
// `firebreak validate` (with a token), `firebreak doctor` says so too, and the status write refuses it.
import type { GitHubGateway } from '../github/gateway.js';
import type { PathProblem } from './path-problem.js';
import type { ConfigProblem } from './problems.js';
import type { Config } from './types.js';
import type { ConfigCheckContext } from './validate-checks.js';

/** Firebreak's own branches: the schedule index (state/schedule-index.ts), postmortems, evidence ledgers. */
const OWN_BRANCHES = [
  { test: (b: string) => b === 'firebreak/state', what: 'Firebreak keeps its schedule index there' },
  { test: (b: string) => b.startsWith('postmortem/'), what: 'Firebreak opens its postmortem pull requests from there' },
  { test: (b: string) => b.startsWith('incident-evidence/'), what: 'Firebreak keeps evidence ledgers there' },
];

/** Why `name` is not a branch name git accepts (`git check-ref-format --branch`), or null. */
export function branchNameProblem(name: string): string | null {
  if (name.trim() !== name || /\s/.test(name)) return 'contains white space';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f~^:?*[\\]/.test(name))
    return 'contains a character git forbids in a ref (~ ^ : ? * [ \\ or a control)';
  if (name.startsWith('-')) return 'starts with `-`';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'has an empty part between slashes';
  if (name.includes('..')) return 'contains `..`';
  if (name.includes('@{') || name === '@') return 'contains `@{` (or is `@`)';
  if (name.endsWith('.')) return 'ends with `.`';
  if (name === 'HEAD') return 'is `HEAD`';
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `has a part starting with \`.\` (\`${part}\`)`;
    if (part.endsWith('.lock')) return `has a part ending with \`.lock\` (\`${part}\`)`;
  }
  return null;
}

/** Why `url` cannot be the status page's address, or null. */
export function pageUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not an absolute URL (write it as https://status.example.com/)';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `must be an http or https address, not \`${parsed.protocol}\``;
  if (parsed.username !== '' || parsed.password !== '') return 'must not carry a user name or password';
  if (parsed.search !== '' || parsed.hash !== '') return 'must not carry a query or a fragment';
  return null;
}

/** Problems with `status-page:` that the file alone shows (run with the semantic checks). */
export function statusPageProblems(config: Config): PathProblem[] {
  const problems: PathProblem[] = [];
  const { branch, url } = config.statusPage;
  const why = branchNameProblem(branch);
  if (why !== null)
    problems.push({
      severity: 'error',
      segments: ['status-page', 'branch'],
      anchor: 'value',
      message: `\`${branch}\` is not a branch name git accepts: it ${why}; the status page is not written until it is fixed`,
    });
  const own = OWN_BRANCHES.find((o) => o.test(branch));
  if (why === null && own)
    problems.push({
      severity: 'error',
      segments: ['status-page', 'branch'],
      anchor: 'value',
      message: `\`${branch}\` is one of Firebreak's own branches (${own.what}): choose another, e.g. gh-pages`,
    });
  const urlWhy = url === null ? null : pageUrlProblem(url);
  if (urlWhy !== null)
    problems.push({
      severity: 'error',
      segments: ['status-page', 'url'],
      anchor: 'value',
      message: `\`${url}\` ${urlWhy}; replies would name an address nobody can open`,
    });
  return problems;
}

/** The refusal when the status branch is the default branch (the status write, doctor and validate say it). */
export function defaultBranchRefusal(branch: string): string {
  return `status-page.branch \`${branch}\` is the repository's default branch: Firebreak will not commit the status site there (it would mix generated pages into your code and run your workflows on every update); set status-page.branch to another branch, e.g. gh-pages`;
}

/** `firebreak validate` with a token: a `status-page.branch` the file sets must not be the default branch. */
export async function statusBranchCheck(context: ConfigCheckContext): Promise<ConfigProblem[]> {
  if (!context.gateway || !context.inFile(['status-page', 'branch'])) return [];
  return defaultBranchProblems(context.config, context.gateway, context);
}

async function defaultBranchProblems(
  config: Config,
  gateway: GitHubGateway,
  context: ConfigCheckContext,
): Promise<ConfigProblem[]> {
  let defaultBranch: string;
  try {
    defaultBranch = (await gateway.getRepo()).defaultBranch;
  } catch (error) {
    return [
      context.place({
        severity: 'warning',
        segments: ['status-page', 'branch'],
        anchor: 'value',
        message: `could not check that it is not the default branch: ${(error as Error).message}`,
      }),
    ];
  }
  if (defaultBranch !== config.statusPage.branch) return [];
  return [
    context.place({
      severity: 'error',
      segments: ['status-page', 'branch'],
      anchor: 'value',
      message: defaultBranchRefusal(config.statusPage.branch),
    }),
  ];
}
