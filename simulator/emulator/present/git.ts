// Git data (blobs, trees, commits, refs), commits as the commits API lists them, branches, and the
// contents API's file and directory entries — all rendered from the same git objects.
import type { BlobObject, CommitObject, Signature, TreeEntry } from '../git/objects.js';
import { userJson } from './users.js';
import { type Json, repoApi, repoWeb, segment, type View } from './view.js';

const encodePath = (path: string): string => path.split('/').map(segment).join('/');

/** Base64 wrapped at 60 characters, as the contents and blobs APIs return it. */
export const wrappedBase64 = (content: Buffer): string =>
  (content.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n';

export function blobJson(v: View, blob: BlobObject): Json {
  return {
    sha: blob.sha,
    node_id: `B_kwDO${blob.sha.slice(0, 12)}`,
    size: blob.content.length,
    url: `${repoApi(v)}/git/blobs/${blob.sha}`,
    content: wrappedBase64(blob.content),
    encoding: 'base64',
  };
}

export function treeEntryJson(v: View, entry: TreeEntry, path: string): Json {
  const size = entry.type === 'blob' ? v.repo.git.blob(entry.sha)?.content.length : undefined;
  return {
    path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(size !== undefined ? { size } : {}),
    url: `${repoApi(v)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
  };
}

/** A tree, optionally with every nested entry (`?recursive=1`), parents before children. */
export function treeJson(v: View, sha: string, recursive: boolean): Json {
  const entries: Json[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    for (const entry of v.repo.git.tree(treeSha)?.entries ?? []) {
      entries.push(treeEntryJson(v, entry, prefix + entry.name));
      if (recursive && entry.type === 'tree') walk(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  walk(sha, '');
  return { sha, url: `${repoApi(v)}/git/trees/${sha}`, tree: entries, truncated: false };
}

const signatureJson = (s: Signature): Json => ({ name: s.name, email: s.email, date: s.date });

const unsigned = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

export function gitCommitJson(v: View, commit: CommitObject): Json {
  return {
    sha: commit.sha,
    node_id: `C_kwDO${commit.sha.slice(0, 16)}`,
    url: `${repoApi(v)}/git/commits/${commit.sha}`,
    html_url: `${repoWeb(v)}/commit/${commit.sha}`,
    author: signatureJson(commit.author),
    committer: signatureJson(commit.committer),
    tree: { sha: commit.tree, url: `${repoApi(v)}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${repoApi(v)}/git/commits/${p}`,
      html_url: `${repoWeb(v)}/commit/${p}`,
    })),
    verification: unsigned,
  };
}

export function refJson(v: View, ref: string, sha: string): Json {
  return {
    ref,
    node_id: `REF_kwDO${Buffer.from(ref).toString('base64url')}`,
    url: `${repoApi(v)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${repoApi(v)}/git/commits/${sha}` },
  };
}

/** A commit as `GET /repos/{owner}/{repo}/commits` lists it, with the GitHub accounts behind it. */
export function commitJson(v: View, commit: CommitObject): Json {
  const account = (s: Signature): Json | null => {
    const found = v.world.accounts.byEmail(s.email);
    return found ? userJson(v.world, found.login) : null;
  };
  return {
    sha: commit.sha,
    node_id: `C_kwDO${commit.sha.slice(0, 16)}`,
    commit: {
      author: signatureJson(commit.author),
      committer: signatureJson(commit.committer),
      message: commit.message,
      tree: { sha: commit.tree, url: `${repoApi(v)}/git/trees/${commit.tree}` },
      url: `${repoApi(v)}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: unsigned,
    },
    url: `${repoApi(v)}/commits/${commit.sha}`,
    html_url: `${repoWeb(v)}/commit/${commit.sha}`,
    comments_url: `${repoApi(v)}/commits/${commit.sha}/comments`,
    author: account(commit.author),
    committer: account(commit.committer),
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${repoApi(v)}/commits/${p}`,
      html_url: `${repoWeb(v)}/commit/${p}`,
    })),
  };
}

export function branchJson(v: View, name: string, commit: CommitObject): Json {
  const api = `${repoApi(v)}/branches/${segment(name)}`;
  return {
    name,
    commit: commitJson(v, commit),
    _links: { self: api, html: `${repoWeb(v)}/tree/${encodePath(name)}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${api}/protection`,
  };
}

export function shortBranchJson(v: View, name: string, sha: string): Json {
  return { name, commit: { sha, url: `${repoApi(v)}/commits/${sha}` }, protected: false };
}

/** A contents API entry (a file or a directory listing item); `content` only for a single file. */
export function contentEntryJson(v: View, path: string, entry: TreeEntry, ref: string, content?: Buffer): Json {
  const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file';
  const self = `${repoApi(v)}/contents/${encodePath(path)}?ref=${segment(ref)}`;
  const git = `${repoApi(v)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${repoWeb(v)}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodePath(path)}`;
  const size = entry.type === 'blob' ? (v.repo.git.blob(entry.sha)?.content.length ?? 0) : 0;
  return {
    type,
    ...(content !== undefined ? { encoding: 'base64', content: wrappedBase64(content) } : {}),
    size,
    name: path.split('/').pop() ?? path,
    path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `${repoWeb(v)}/raw/${ref}/${encodePath(path)}` : null,
    _links: { self, git, html },
  };
}
