// Postmortem pull requests. While open: lint every changed postmortem at the head commit (annotations on
// its lines, and the check run "Firebreak postmortem" on that commit; the run fails on errors). On merge:
// file each open action item as an issue (exactly once), write the issue links back into the postmortem,
// and regenerate the learnings index.
import { findMarker, marker } from '../state/markers.js';
import { createHash } from 'node:crypto';
import YAML from 'yaml';
import type { Config } from '../config/types.js';
import { annotation } from '../domain/postmortem/annotations.js';
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
} from '../domain/postmortem/index.js';
import { hasErrors } from '../domain/postmortem/lint.js';
import type { GitHubGateway, Issue } from '../github/gateway.js';
import { FIREBREAK_COMMIT } from './postmortem-pull.js';
import { reportPostmortemCheck } from './postmortem-check.js';
import type { RunCache, RunServices } from './run-services.js';
import { executeRepositoryWrites, type RepositoryWrite } from '../executor/repository-writes.js';

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
    return merged(
      services,
      cache,
      config,
      number,
      pr.base?.ref ?? (await cache.repoInfo()).defaultBranch,
      files,
      directory,
    );
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
    // Workflow commands: GitHub turns each into an annotation on the file's line.
    for (const problem of problems) services.log.info(annotation(path, problem).trimEnd());
    services.log.info(`${path}: ${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}`);
    if (hasErrors(problems) && !outcome.failure)
      outcome.failure = `Postmortem check: ${path} is not ready to merge (see the annotations).`;
  }
  const sha = pr.head?.sha ?? (pr.head?.ref ? await services.gateway.getBranchSha(pr.head.ref) : null);
  if (sha && checked.length > 0)
    services.log.info(
      await reportPostmortemCheck(services.gateway, services.log, sha, checked, {
        dryRun: services.inputs.dryRun,
        budget: cache.budget,
      }),
    );
  return outcome;
}

function isPostmortem(path: string, directory: string): boolean {
  return path.startsWith(`${directory}/`) && path.endsWith('.md') && !path.endsWith('/README.md');
}

async function merged(
  services: RunServices,
  cache: RunCache,
  config: Config,
  pull: number,
  base: string,
  files: string[],
  directory: string,
): Promise<ReviewOutcome> {
  const { gateway, log, inputs } = services;
  const outcome: ReviewOutcome = { checked: files.length, errors: 0, filed: 0, failure: null };
  const label = config.labels.postmortemAction;
  const existing = await gateway.listOpenIssues(label.name);
  let labelKnown = false;
  let failed = 0;
  for (const path of files) {
    const file = await gateway.getFile(path, base);
    if (!file) continue;
    const parsed = parsePostmortem(file.content);
    const incident = Number(parsed.frontMatter?.incident ?? 0);
    await log.incident(incident, async (incidentLog) => {
      const ctx = { gateway, dryRun: inputs.dryRun, budget: cache.budget, log: incidentLog };
      // Plan: an issue for each open action item that no issue carries the key of yet.
      const filed = new Map<number, number>();
      const keyOfLine = new Map<number, string>();
      const writes: RepositoryWrite[] = [];
      for (const item of parsed.actionItems.filter((i) => !i.done)) {
        const key = actionKey(incident, item);
        const recorded = recordedIssue(parsed, item) ?? existing.find((i) => markerKey(i) === key)?.number;
        if (recorded !== undefined) {
          filed.set(item.line, recorded);
          continue;
        }
        keyOfLine.set(item.line, key);
        if (!writes.some((w) => w.kind === 'actionItem' && w.key === key))
          writes.push(actionItemWrite({ incident, item, key, path, pull, label: label.name }));
      }
      if (writes.length > 0 && !labelKnown) {
        labelKnown = true;
        if (!(await gateway.listLabels()).some((l) => l.name.toLowerCase() === label.name.toLowerCase()))
          writes.unshift({ kind: 'createLabel', label, describe: `create the label ${label.name}` });
      }
      const result = await executeRepositoryWrites(writes, ctx);
      failed += result.failed;
      for (const [line, key] of keyOfLine) {
        const issue = result.filed.get(key);
        if (issue) filed.set(line, issue.number);
      }
      for (const issue of result.filed.values()) {
        existing.push(issue);
        outcome.filed += 1;
        incidentLog.info(`filed #${issue.number}: ${issue.title}`);
      }
      // Then the issue links, written back into the postmortem.
      const updated = withIssueLinks(file.content, parsed, filed);
      if (updated !== file.content)
        failed += (
          await executeRepositoryWrites(
            [
              {
                kind: 'file',
                path,
                branch: base,
                content: updated,
                sha: file.sha,
                message: `${FIREBREAK_COMMIT}action item issues for ${path}`,
                describe: `link the action item issues in ${path}`,
              },
            ],
            ctx,
          )
        ).failed;
    });
  }
  await log.incident(pull, async (pullLog) => {
    const ctx = { gateway, dryRun: inputs.dryRun, budget: cache.budget, log: pullLog };
    failed += (await executeRepositoryWrites(await indexWrites(gateway, base, directory), ctx)).failed;
  });
  if (failed > 0)
    outcome.failure = `Postmortem merge: ${failed} write(s) could not be made (see the log); re-run the job to finish them.`;
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

function actionItemWrite(a: {
  incident: number;
  item: PostmortemActionItem;
  key: string;
  path: string;
  pull: number;
  label: string;
}): RepositoryWrite {
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
  return {
    kind: 'actionItem',
    key: a.key,
    title: `Postmortem action (#${a.incident}): ${a.item.text}`.slice(0, 250),
    body,
    labels: [a.label],
    assignee: a.item.owner || null,
    describe: `file the action item "${a.item.text.slice(0, 80)}" (${a.path}:${a.item.line})`,
  };
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

/** The learnings index (README.md and index.json) as the merged postmortems make it, where it differs. */
async function indexWrites(gateway: GitHubGateway, branch: string, directory: string): Promise<RepositoryWrite[]> {
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
  const writes: RepositoryWrite[] = [];
  for (const [path, content] of [
    [`${directory}/README.md`, readme],
    [`${directory}/index.json`, json],
  ] as const) {
    const current = await gateway.getFile(path, branch);
    if (current?.content === content) continue;
    writes.push({
      kind: 'file',
      path,
      branch,
      content,
      message: `${FIREBREAK_COMMIT}learnings index`,
      ...(current ? { sha: current.sha } : {}),
      describe: `update the learnings index ${path}`,
    });
  }
  return writes;
}
