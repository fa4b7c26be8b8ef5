// The real outside world for `firebreak init` and `firebreak doctor`: the current directory, git, the
// process environment and GitHub through the one Octokit factory.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createClient } from '../github/client.js';
import { OctokitGateway } from '../github/octokit-gateway.js';
import type { CheckoutFiles, SetupIO } from './setup-io.js';

export function nodeSetupIO(cwd: string = process.cwd()): SetupIO & { files: CheckoutFiles } {
  const at = (path: string): string => resolve(cwd, path);
  return {
    env: process.env,
    stdout: (text) => void process.stdout.write(`${text}\n`),
    stderr: (text) => void process.stderr.write(`${text}\n`),
    now: () => new Date(),
    gitRemote: () =>
      new Promise((done) => {
        execFile('git', ['remote', 'get-url', 'origin'], { cwd, timeout: 10_000 }, (error, stdout) =>
          done(error ? null : stdout.trim() || null),
        );
      }),
    gateway: (repo, token, apiUrl) => {
      // GitHub's pacing for github.com and GHES; none for an emulator on loopback (`firebreak emulator`).
      const client = createClient({
        token,
        baseUrl: apiUrl,
        pacing: isLoopback(apiUrl) ? 'none' : 'github',
        userAgent: 'firebreak-cli',
      });
      // Octokit prints every failed request to stderr ("GET … - 404 with id …"). Here a 404 is an answer
      // (no such workflow, file or collaborator), and every other failure is reported in the command's
      // own words, so the raw lines would only clutter the checklist.
      client.log.error = () => {};
      return new OctokitGateway(client, repo);
    },
    files: {
      async readFile(path) {
        try {
          return await readFile(at(path), 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
          throw error;
        }
      },
      async writeFile(path, content) {
        await mkdir(dirname(at(path)), { recursive: true });
        await writeFile(at(path), content);
      },
    },
  };
}

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
  } catch {
    return false;
  }
}
