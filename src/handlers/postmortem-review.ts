// Postmortem pull requests. While open: lint every changed postmortem at the head commit (annotations on
// its lines, and the check run "Firebreak postmortem" on that commit; the run fails on errors). On merge:
// file each open action item as an issue (exactly once), write the issue links back into the postmortem,
// and regenerate the learnings index.
import { findMarker, marker } from '../state/markers.js';
import { createHash } from 'node:crypto';
import YAML from 'yaml';
import type { Config } from '../config/types.js';
import { annotation } from '../postmortem/annotations.js';
import {
  indexEntry,
  lintPostmortem,
  parsePostmortem,
  postmortemDirectory,
  renderIndex,
  writeFrontMatter,
  type FrontMatterActionItem,
  type IndexEntry,
  type ParsedPostmortem,
  type PostmortemActionItem,
  type CheckedFile,
} from '../postmortem/index.js';
import { hasErrors } from '../postmortem/lint.js';
import type { GitHubGateway, Issue } from '../github/gateway.js';
import { FIREBREAK_COMMIT } from './postmortem-pull.js';
import { reportPostmortemCheck } from './postmortem-check.js';
import type { RunCache, RunServices } from './run-services.js';

interface PullPayload {
  action?: string;
  pull_request?: { number?: number; merged?: boolean; head?: { ref?: string; sha?: string }; base?: { ref?: string } };
}

export interface ReviewOutcome {
  checked: number;
  errors: number;
  filed: number;
  failure: string | null;
}

/** The action-item issue's hidden key (state/markers.ts). */
const ACTION_KIND = 'action';

export async function handlePostmortemPull(
  services: RunServices,
  cache: RunCache,
  payload: PullPayload,
): Promise<ReviewOutcome> {
  const pr = payload.pull_request;
  const number = pr?.number;
  const outcome: ReviewOutcome = { checked: 0, errors: 0, filed: 0, failure: null };
  if (!number) return outcome;
  const { config } = await cache.loadSettings();
  const directory = postmortemDirectory(config.postmortem.directory);
  const files = (await services.gateway.listPullRequestFiles(number)).filter((f) => isPostmortem(f, directory));
  if (files.length === 0) {
    services.log.info(`Pull request #${number} changes no postmortem under ${directory}/: nothing to do.`);
    return outcome;
  }
  if (payload.action === 'closed') {
    if (!pr.merged) return outcome;
    return merged(services, config, number, pr.base?.ref ?? (await cache.repoInfo()).defaultBranch, files, directory);
  }
  // Lint the files as they are at the head commit the event names, so the check run's verdict is that commit's.
  const ref = pr.head?.sha ?? pr.head?.ref;
  const checked: CheckedFile[] = [];
  for (const path of files) {
    const file = await services.gateway.getFile(path, ref);
    if (!file) continue;
    const problems = lintPostmortem(file.content, path, config);
    checked.push({ path, problems });
    outcome.checked += 1;
    outcome.errors += problems.filter((p) => p.severity === 'error').length;
    for (const problem of problems) process.stdout.write(annotation(path, problem));
    services.log.info(`${path}: ${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}`);
    if (hasErrors(problems) && !outcome.failure)
      outcome.failure = `Postmortem check: ${path} is not ready to merge (see the annotations).`;
  }
  const sha = pr.head?.sha ?? (pr.head?.ref ? await services.gateway.getBranchSha(pr.head.ref) : null);
  if (sha && checked.length > 0 && !services.inputs.dryRun)
    services.log.info(await reportPostmortemCheck(services.gateway, services.log, sha, checked));
  return outcome;
}

function isPostmortem(path: string, directory: string): boolean {
  return path.startsWith(`${directory}/`) && path.endsWith('.md') && !path.endsWith('/README.md');
}

async function merged(
  services: RunServices,
  config: Config,
  pull: number,
  base: string,
  files: string[],
  directory: string,
): Promise<ReviewOutcome> {
  const { gateway, log } = services;
  const outcome: ReviewOutcome = { checked: files.length, errors: 0, filed: 0, failure: null };
  const label = config.labels.postmortemAction;
  const existing = await gateway.listOpenIssues(label.name);
  for (const path of files) {
    const file = await gateway.getFile(path, base);
    if (!file) continue;
    const parsed = parsePostmortem(file.content);
    const incident = Number(parsed.frontMatter?.incident ?? 0);
    const filed = new Map<number, number>();
    for (const item of parsed.actionItems.filter((i) => !i.done)) {
      const key = actionKey(incident, item);
      const recorded = recordedIssue(parsed, item) ?? existing.find((i) => markerKey(i) === key)?.number;
      if (recorded !== undefined) {
        filed.set(item.line, recorded);
        continue;
      }
      if (outcome.filed === 0) await ensureLabel(gateway, label);
      const issue = await fileActionItem(gateway, { incident, item, key, path, pull, label: label.name });
      existing.push(issue);
      filed.set(item.line, issue.number);
      outcome.filed += 1;
      log.info(`filed #${issue.number} for "${item.text}" (${path}:${item.line})`);
    }
    const updated = withIssueLinks(file.content, parsed, filed);
    if (updated !== file.content) {
      await gateway.putFile({
        path,
        branch: base,
        content: updated,
        sha: file.sha,
        message: `${FIREBREAK_COMMIT}action item issues for ${path}`,
      });
    }
  }
  await regenerateIndex(gateway, base, directory);
  return outcome;
}

function actionKey(incident: number, item: PostmortemActionItem): string {
  return `action:${incident}:${createHash('sha256').update(item.text.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

function markerKey(issue: Issue): string | null {
  const data = findMarker(issue.body, ACTION_KIND)?.data as { key?: unknown } | undefined;
  return typeof data?.key === 'string' ? data.key : null;
}

function recordedIssue(parsed: ParsedPostmortem, item: PostmortemActionItem): number | undefined {
  const fromLine = /\(#(\d+)\)\s*$/.exec(item.text)?.[1];
  if (fromLine) return Number(fromLine);
  const items = (parsed.frontMatter?.['action-items'] ?? []) as FrontMatterActionItem[];
  const recorded = items.find((a) => a.text.trim() === item.text.trim() && typeof a.issue === 'number');
  return typeof recorded?.issue === 'number' ? recorded.issue : undefined;
}

async function ensureLabel(gateway: GitHubGateway, label: Config['labels']['postmortemAction']): Promise<void> {
  if (!(await gateway.listLabels()).some((l) => l.name.toLowerCase() === label.name.toLowerCase()))
    await gateway.createLabel(label);
}

async function fileActionItem(
  gateway: GitHubGateway,
  a: { incident: number; item: PostmortemActionItem; key: string; path: string; pull: number; label: string },
): Promise<Issue> {
  const body = [
    marker(ACTION_KIND, { key: a.key }),
    `An action item from the postmortem of incident #${a.incident} (\`${a.path}\`, merged in #${a.pull}).`,
    '',
    `> ${a.item.text.replace(/@/g, '@\u200b')}`,
    '',
    a.item.owner ? `Owner: @${a.item.owner}` : 'Owner: nobody yet — assign someone.',
    '',
    'Close it with the pull request that does the work ("Fixes #…"); the learnings index shows it as done.',
  ].join('\n');
  const title = `Postmortem action (#${a.incident}): ${a.item.text}`.slice(0, 250);
  try {
    return await gateway.createIssue({
      title,
      body,
      labels: [a.label],
      ...(a.item.owner ? { assignees: [a.item.owner] } : {}),
    });
  } catch {
    // An owner who cannot be assigned must not lose the action item: file it unassigned (the body names them).
    return gateway.createIssue({ title, body, labels: [a.label] });
  }
}

/** Adds " (#123)" to each filed item's line and records the issues in the front matter. */
function withIssueLinks(content: string, parsed: ParsedPostmortem, filed: Map<number, number>): string {
  if (filed.size === 0) return content;
  const lines = content.split('\n');
  for (const [line, number] of filed) {
    const index = line - 1;
    const text = lines[index];
    if (text !== undefined && !text.includes(`(#${number})`)) lines[index] = `${text.trimEnd()} (#${number})`;
  }
  const body = lines.join('\n');
  if (!parsed.frontMatter) return body;
  const items = parsed.actionItems.map((i) => ({
    text: i.text,
    owner: i.owner,
    issue: filed.get(i.line) ?? recordedIssue(parsed, i) ?? null,
  }));
  const end = body.indexOf('\n---', 4);
  if (!body.startsWith('---') || end < 0) return body;
  // Through the YAML document, so the front matter's comments (its `# firebreak:owned` line) and people's
  // formatting stay; only `action-items` changes.
  const doc = YAML.parseDocument(body.slice(4, end + 1));
  if (doc.errors.length > 0)
    return `${writeFrontMatter({ ...parsed.frontMatter, 'action-items': items })}${body.slice(end + 4).replace(/^\n/, '')}`;
  doc.set('action-items', items);
  return `---\n${doc.toString({ lineWidth: 0 })}---${body.slice(end + 4)}`;
}

async function regenerateIndex(gateway: GitHubGateway, branch: string, directory: string): Promise<void> {
  const entries: IndexEntry[] = [];
  for (const path of await gateway.listDirectory(directory, branch)) {
    if (!isPostmortem(path, directory)) continue;
    const file = await gateway.getFile(path, branch);
    if (!file) continue;
    try {
      entries.push(indexEntry(parsePostmortem(file.content), path));
    } catch {
      // A postmortem whose front matter is broken stays out of the index until it is fixed.
    }
  }
  const { readme, json } = renderIndex(entries);
  for (const [path, content] of [
    [`${directory}/README.md`, readme],
    [`${directory}/index.json`, json],
  ] as const) {
    const current = await gateway.getFile(path, branch);
    if (current?.content === content) continue;
    await gateway.putFile({
      path,
      branch,
      content,
      message: `${FIREBREAK_COMMIT}learnings index`,
      ...(current ? { sha: current.sha } : {}),
    });
  }
}
