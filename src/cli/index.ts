#!/usr/bin/env node
// The `firebreak` command's entry: the real terminal (colour and symbols as it can show them, JSON left
// alone), then src/cli/main.ts.
import { main } from './main.js';
import type { NodeCli } from './node-cli.js';
import { decorate, detectTerminal } from './terminal.js';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const out = json ? (t: string) => t : decorate(detectTerminal(process.stdout, process.env));
const err = decorate(detectTerminal(process.stderr, process.env));
const cli: NodeCli = {
  stdout: (text) => void process.stdout.write(out(text)),
  stderr: (text) => void process.stderr.write(err(text)),
};
main(argv, cli).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`firebreak: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.FIREBREAK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 1;
  },
);
