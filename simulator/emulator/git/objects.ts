// Git objects hashed exactly as git hashes them (sha1 of "<type> <size>\0<body>"), so the contents API
// and the git data API agree on every sha, and a sha computed with `git hash-object` matches ours.
import { createHash } from 'node:crypto';
import { ApiError } from '../errors.js';

export type FileMode = '100644' | '100755' | '040000' | '120000' | '160000';
export type ObjectType = 'blob' | 'tree' | 'commit';

export interface TreeEntry {
  name: string;
  mode: FileMode;
  type: ObjectType;
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601, whole seconds. */
  date: string;
}

export interface BlobObject {
  type: 'blob';
  sha: string;
  content: Buffer;
}

export interface TreeObject {
  type: 'tree';
  sha: string;
  entries: TreeEntry[];
}

export interface CommitObject {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

export type GitObject = BlobObject | TreeObject | CommitObject;

const hash = (type: ObjectType, body: Buffer): string =>
  createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');

/** Git orders tree entries bytewise, comparing a subtree's name as if it ended in "/". */
const sortKey = (entry: TreeEntry): string => (entry.type === 'tree' ? `${entry.name}/` : entry.name);

const signatureLine = (role: string, who: Signature): string =>
  `${role} ${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`;

export class ObjectStore {
  private readonly objects = new Map<string, GitObject>();

  putBlob(content: Buffer): BlobObject {
    const sha = hash('blob', content);
    return this.remember({ type: 'blob', sha, content });
  }

  putTree(entries: TreeEntry[]): TreeObject {
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))));
    const body = Buffer.concat(
      sorted.flatMap((e) => [
        Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`),
        Buffer.from(e.sha, 'hex'),
      ]),
    );
    return this.remember({ type: 'tree', sha: hash('tree', body), entries: sorted });
  }

  putCommit(input: Omit<CommitObject, 'type' | 'sha'>): CommitObject {
    const lines = [
      `tree ${input.tree}`,
      ...input.parents.map((p) => `parent ${p}`),
      signatureLine('author', input.author),
      signatureLine('committer', input.committer),
      '',
      input.message,
    ];
    const sha = hash('commit', Buffer.from(lines.join('\n')));
    return this.remember({ type: 'commit', sha, ...input });
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  has(sha: string): boolean {
    return this.objects.has(sha.toLowerCase());
  }

  blob(sha: string): BlobObject | undefined {
    const o = this.get(sha);
    return o?.type === 'blob' ? o : undefined;
  }

  tree(sha: string): TreeObject | undefined {
    const o = this.get(sha);
    return o?.type === 'tree' ? o : undefined;
  }

  commit(sha: string): CommitObject | undefined {
    const o = this.get(sha);
    return o?.type === 'commit' ? o : undefined;
  }

  /** The commit, or GitHub's 422 for a sha that is not one. */
  requireCommit(sha: string, what = 'Object'): CommitObject {
    const commit = this.commit(sha);
    if (!commit) throw new ApiError(422, `${what} does not exist`);
    return commit;
  }

  private remember<T extends GitObject>(object: T): T {
    const known = this.objects.get(object.sha);
    if (known) return known as T;
    this.objects.set(object.sha, object);
    return object;
  }
}
