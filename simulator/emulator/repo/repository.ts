// One repository's state: collaborators, git objects and refs, labels, issues and pull requests,
// comments, events, workflow dispatches and advisories. Operations with permission checks live beside
// it (issues.ts, pulls.ts, …); this class only stores and looks up.
import type { Access, AccessControlled } from '../access.js';
import type { Account } from '../accounts.js';
import { ApiError, notFound } from '../errors.js';
import { Ids } from '../ids.js';
import { type CommitObject, ObjectStore, type Signature } from '../git/objects.js';
import { buildTree, type FlatTree, flatten } from '../git/trees.js';
import type {
  AdvisoryRecord,
  CommentRecord,
  DispatchRecord,
  IssueEventRecord,
  IssueRecord,
  LabelRecord,
} from './records.js';

/** An issue that left the repository: deleted by an admin, or transferred to `repository` as #`number`. */
export type GoneIssue = { kind: 'deleted' } | { kind: 'transferred'; repository: string; number: number };

export interface LabelSeed {
  name: string;
  color: string;
  description?: string | null;
}

/** The labels GitHub creates in every new repository. */
export const GITHUB_DEFAULT_LABELS: LabelSeed[] = [
  { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
  { name: 'documentation', color: '0075ca', description: 'Improvements or additions to documentation' },
  { name: 'duplicate', color: 'cfd3d7', description: 'This issue or pull request already exists' },
  { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
  { name: 'good first issue', color: '7057ff', description: 'Good for newcomers' },
  { name: 'help wanted', color: '008672', description: 'Extra attention is needed' },
  { name: 'invalid', color: 'e4e669', description: "This doesn't seem right" },
  { name: 'question', color: 'd876e3', description: 'Further information is requested' },
  { name: 'wontfix', color: 'ffffff', description: 'This will not be worked on' },
];

export interface RepositorySetup {
  fullName: string;
  visibility: 'private' | 'public';
  defaultBranch: string;
  description: string | null;
  collaborators: Record<string, Access>;
  files: Record<string, string | Uint8Array>;
  labels: LabelSeed[];
  /** Tags on the initial commit. */
  tags?: string[];
  createdAt: string;
  /** Who made the initial commit. */
  author: Account;
  ownerType: 'User' | 'Organization';
}

export class Repository implements AccessControlled {
  readonly id: number;
  readonly nodeId: string;
  readonly owner: string;
  readonly name: string;
  readonly fullName: string;
  readonly ownerType: 'User' | 'Organization';
  visibility: 'private' | 'public';
  defaultBranch: string;
  description: string | null;
  readonly createdAt: string;
  updatedAt: string;
  pushedAt: string;

  readonly git = new ObjectStore();
  /** Full ref names ("refs/heads/main") to commit shas. */
  readonly refs = new Map<string, string>();
  readonly labels: LabelRecord[] = [];
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly events: IssueEventRecord[] = [];
  /** Events, comments and reviews in the order they happened: the issue timeline. */
  readonly activity: { issueNumber: number; kind: 'event' | 'comment' | 'review'; id: number }[] = [];
  readonly dispatches: DispatchRecord[] = [];
  readonly advisories: AdvisoryRecord[] = [];
  /** Workflow ids stay stable per path, as GitHub keeps them across edits. */
  readonly workflowIds = new Map<string, { id: number; createdAt: string }>();
  readonly disabledWorkflows = new Map<string, 'disabled_manually' | 'disabled_inactivity'>();
  nextNumber = 1;
  /** Issues deleted or transferred away: their numbers are never reused, and reading them says why. */
  readonly gone = new Map<number, GoneIssue>();

  private readonly commentsByIssue = new Map<number, CommentRecord[]>();
  private readonly collaborators = new Map<string, { login: string; access: Access }>();

  constructor(
    setup: RepositorySetup,
    readonly ids: Ids,
  ) {
    const [owner, name] = setup.fullName.split('/') as [string, string];
    this.id = ids.take('repository');
    this.nodeId = Ids.node('repository', this.id);
    this.owner = owner;
    this.name = name;
    this.fullName = setup.fullName;
    this.ownerType = setup.ownerType;
    this.visibility = setup.visibility;
    this.defaultBranch = setup.defaultBranch;
    this.description = setup.description;
    this.createdAt = setup.createdAt;
    this.updatedAt = setup.createdAt;
    this.pushedAt = setup.createdAt;
    for (const [login, access] of Object.entries(setup.collaborators)) this.setRole(login, access);
    for (const label of setup.labels) this.addLabel(label);
    const files = new Map(Object.entries(setup.files).map(([path, content]) => [path, Buffer.from(content)]));
    const who: Signature = { name: setup.author.name, email: setup.author.email, date: setup.createdAt };
    const tree = this.writeFiles(new Map(), files);
    const commit = this.git.putCommit({ tree, parents: [], author: who, committer: who, message: 'Initial commit' });
    this.refs.set(`refs/heads/${setup.defaultBranch}`, commit.sha);
    for (const tag of setup.tags ?? []) this.refs.set(`refs/tags/${tag}`, commit.sha);
  }

  get isPublic(): boolean {
    return this.visibility === 'public';
  }

  get ownerLogin(): string {
    return this.owner;
  }

  // --- collaborators -------------------------------------------------------------------------------

  roleOf(login: string): Access {
    if (login.toLowerCase() === this.owner.toLowerCase()) return 'admin';
    return this.collaborators.get(login.toLowerCase())?.access ?? 'none';
  }

  setRole(login: string, access: Access): void {
    if (access === 'none') this.collaborators.delete(login.toLowerCase());
    else this.collaborators.set(login.toLowerCase(), { login, access });
  }

  collaboratorList(): { login: string; access: Access }[] {
    return [...this.collaborators.values()];
  }

  // --- labels ----------------------------------------------------------------------------------------

  /** GitHub matches label names case-insensitively. */
  label(name: string): LabelRecord | undefined {
    const wanted = name.toLowerCase();
    return this.labels.find((l) => l.name.toLowerCase() === wanted);
  }

  labelById(id: number): LabelRecord | undefined {
    return this.labels.find((l) => l.id === id);
  }

  addLabel(seed: LabelSeed): LabelRecord {
    const id = this.ids.take('label');
    const label: LabelRecord = {
      id,
      nodeId: Ids.node('label', id),
      name: seed.name,
      color: seed.color.replace(/^#/, '').toLowerCase(),
      description: seed.description ?? null,
      isDefault: GITHUB_DEFAULT_LABELS.some((d) => d.name === seed.name),
    };
    this.labels.push(label);
    return label;
  }

  /** An issue's labels, sorted by name as GitHub returns them. */
  labelsOf(issue: IssueRecord): LabelRecord[] {
    return issue.labelIds
      .map((id) => this.labelById(id))
      .filter((l): l is LabelRecord => l !== undefined)
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  }

  // --- issues and comments ---------------------------------------------------------------------------

  issue(number: number): IssueRecord {
    const issue = this.issues.get(number);
    if (issue) return issue;
    if (this.gone.get(number)?.kind === 'deleted') throw new ApiError(410, 'This issue was deleted');
    throw notFound();
  }

  pullIssue(number: number): IssueRecord & { pull: NonNullable<IssueRecord['pull']> } {
    const issue = this.issues.get(number);
    if (!issue?.pull) throw notFound();
    return issue as IssueRecord & { pull: NonNullable<IssueRecord['pull']> };
  }

  comment(id: number): CommentRecord {
    const comment = this.comments.get(id);
    if (!comment) throw notFound();
    return comment;
  }

  /** An issue's comments in creation order. */
  commentsOn(number: number): CommentRecord[] {
    return this.commentsByIssue.get(number) ?? [];
  }

  addComment(comment: CommentRecord): void {
    this.comments.set(comment.id, comment);
    const list = this.commentsByIssue.get(comment.issueNumber);
    if (list) list.push(comment);
    else this.commentsByIssue.set(comment.issueNumber, [comment]);
    this.activity.push({ issueNumber: comment.issueNumber, kind: 'comment', id: comment.id });
  }

  removeComment(comment: CommentRecord): void {
    this.comments.delete(comment.id);
    this.commentsByIssue.set(
      comment.issueNumber,
      this.commentsOn(comment.issueNumber).filter((c) => c.id !== comment.id),
    );
  }

  eventsOf(number: number): IssueEventRecord[] {
    return this.events.filter((e) => e.issueNumber === number);
  }

  // --- git -------------------------------------------------------------------------------------------

  branchSha(branch: string): string | undefined {
    return this.refs.get(`refs/heads/${branch}`);
  }

  branches(): string[] {
    return [...this.refs.keys()].filter((r) => r.startsWith('refs/heads/')).map((r) => r.slice('refs/heads/'.length));
  }

  /** A commit sha for a branch, tag, full ref or commit sha; undefined when none matches. */
  resolve(ref: string = this.defaultBranch): string | undefined {
    const candidates = [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
    for (const name of candidates) {
      const sha = this.refs.get(name);
      if (sha) return sha;
    }
    if (/^[0-9a-f]{40}$/i.test(ref) && this.git.commit(ref)) return ref.toLowerCase();
    return undefined;
  }

  filesAt(commitSha: string): FlatTree {
    const commit = this.git.commit(commitSha);
    return commit ? flatten(this.git, commit.tree) : new Map();
  }

  /** Writes `changes` (null deletes) over `base` and returns the new root tree sha. */
  writeFiles(base: FlatTree, changes: Map<string, Buffer | null>): string {
    const files = new Map(base);
    for (const [path, content] of changes) {
      if (content === null) files.delete(path);
      else files.set(path, { mode: '100644', type: 'blob', sha: this.git.putBlob(content).sha });
    }
    return buildTree(this.git, files);
  }

  /** Commits `changes` on top of `branch` and moves the branch — what one contents API write does. */
  commitFiles(branch: string, changes: Map<string, Buffer | null>, message: string, who: Signature): CommitObject {
    const parent = this.branchSha(branch);
    if (!parent) throw notFound(`Branch ${branch} not found`);
    const tree = this.writeFiles(this.filesAt(parent), changes);
    const commit = this.git.putCommit({ tree, parents: [parent], author: who, committer: who, message });
    this.moveRef(`refs/heads/${branch}`, commit.sha, who.date);
    return commit;
  }

  moveRef(ref: string, sha: string, at: string): void {
    this.refs.set(ref, sha);
    this.pushedAt = at;
    this.updatedAt = at;
  }
}
