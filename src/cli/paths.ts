// Paths as a user types them on the command line: files, folders (every file below them) and globs
// ("docs/postmortems/**/*.md"), quoted or expanded by the shell. The file system is injected.
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { globBase, globToRegExp, isGlob } from '../text/glob.js';

export interface PathsIo {
  /** 'file', 'directory', or null when nothing is there. */
  kind(path: string): Promise<'file' | 'directory' | null>;
  /** The names in a directory. */
  list(directory: string): Promise<string[]>;
}

export interface Expanded {
  /** Files, in the order given, each once; a folder's and a glob's in name order. */
  files: string[];
  /** Arguments that matched nothing, with why. */
  unmatched: Array<{ argument: string; why: string }>;
}

/** Expands the arguments; `keep` picks the files a folder or glob contributes (a file named outright is kept). */
export async function expandPaths(
  args: readonly string[],
  io: PathsIo,
  keep: (path: string) => boolean,
): Promise<Expanded> {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: Expanded['unmatched'] = [];
  const add = (path: string): void => {
    if (!seen.has(path)) {
      seen.add(path);
      files.push(path);
    }
  };
  for (const argument of args) {
    const kind = await io.kind(argument);
    if (kind === 'file') add(argument);
    else if (kind === 'directory') {
      const found = (await walk(argument.replace(/\/+$/, '') || '.', io)).filter(keep);
      if (found.length === 0) unmatched.push({ argument, why: 'the folder has no files to check' });
      found.forEach(add);
    } else if (isGlob(argument)) {
      const pattern = globToRegExp(argument.replace(/^\.\//, ''));
      const base = globBase(argument);
      const found =
        (await io.kind(base)) === 'directory'
          ? (await walk(base, io)).filter((p) => pattern.test(p.replace(/^\.\//, '')) && keep(p))
          : [];
      if (found.length === 0) unmatched.push({ argument, why: 'no file matches the pattern' });
      found.forEach(add);
    } else unmatched.push({ argument, why: 'no such file or folder' });
  }
  return { files, unmatched };
}

/** Every file below a directory, in name order (hidden folders and node_modules skipped). */
async function walk(directory: string, io: PathsIo): Promise<string[]> {
  const out: string[] = [];
  for (const name of [...(await io.list(directory))].sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = directory === '.' ? name : `${directory}/${name}`;
    const kind = await io.kind(path);
    if (kind === 'directory') out.push(...(await walk(path, io)));
    else if (kind === 'file') out.push(path);
  }
  return out;
}

export function nodePathsIo(cwd: string = process.cwd()): PathsIo {
  return {
    async kind(path) {
      try {
        const s = await stat(resolve(cwd, path));
        return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : null;
      } catch {
        return null;
      }
    },
    list: (directory) => readdir(resolve(cwd, directory)),
  };
}
