// Writes that belong to no incident thread — a merged postmortem's action-item issues, the links written
// back into it, the learnings index — planned by their handler and applied here, under the same rules
// as an incident's plan: dry run (log what would happen), the run's operations budget, and a log line
// per write. Idempotency is the planner's: it plans an action item only when no issue carries its key,
// and a file only when its content differs.
import type { GitHubGateway, Issue, LabelInfo } from '../github/gateway.js';
import type { IncidentLog } from '../runtime/log.js';
import type { Budget } from './execute.js';

export type RepositoryWrite =
  | { kind: 'createLabel'; label: LabelInfo; describe: string }
  | {
      kind: 'actionItem';
      /** The item's key, kept in the issue's hidden marker so it is never filed twice. */
      key: string;
      title: string;
      body: string;
      labels: string[];
      /** Assigned when GitHub allows; filed unassigned otherwise (the body names the owner). */
      assignee: string | null;
      describe: string;
    }
  | { kind: 'file'; path: string; branch: string; content: string; sha?: string; message: string; describe: string };

export interface RepositoryWriteContext {
  gateway: GitHubGateway;
  dryRun: boolean;
  budget: Budget;
  log: IncidentLog;
}

export interface RepositoryWriteResult {
  /** The action-item issues filed, by key. */
  filed: Map<string, Issue>;
  written: number;
  /** Writes not made (the budget ran out, or GitHub refused): the job ends red and a re-run finishes them. */
  failed: number;
}

export async function executeRepositoryWrites(
  writes: RepositoryWrite[],
  ctx: RepositoryWriteContext,
): Promise<RepositoryWriteResult> {
  const result: RepositoryWriteResult = { filed: new Map(), written: 0, failed: 0 };
  for (const write of writes) {
    if (ctx.dryRun) {
      ctx.log.info(`dry run, would: ${write.describe}`);
      continue;
    }
    if (!ctx.budget.take()) {
      // No later run comes for a merged pull request: say so as a failure, so that a re-run finishes it.
      ctx.log.failed(write.describe, 'the operations budget of this run is spent; re-run the job to finish');
      result.failed += 1;
      continue;
    }
    try {
      if (write.kind === 'createLabel') await ctx.gateway.createLabel(write.label);
      else if (write.kind === 'actionItem') result.filed.set(write.key, await fileIssue(ctx.gateway, write));
      else
        await ctx.gateway.putFile({
          path: write.path,
          branch: write.branch,
          content: write.content,
          message: write.message,
          ...(write.sha ? { sha: write.sha } : {}),
        });
      ctx.log.done(write.describe);
      result.written += 1;
    } catch (error) {
      ctx.log.failed(write.describe, error instanceof Error ? error.message : String(error));
      result.failed += 1;
    }
  }
  return result;
}

async function fileIssue(gateway: GitHubGateway, write: Extract<RepositoryWrite, { kind: 'actionItem' }>) {
  const issue = { title: write.title, body: write.body, labels: write.labels };
  if (!write.assignee) return gateway.createIssue(issue);
  try {
    return await gateway.createIssue({ ...issue, assignees: [write.assignee] });
  } catch {
    // An owner who cannot be assigned must not lose the action item: file it unassigned (the body names them).
    return gateway.createIssue(issue);
  }
}
