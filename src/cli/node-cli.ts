// What every command gets from the real process: output that the entry has already fitted to the
// terminal (see terminal.ts). Commands that read files or the network take those from node's modules.

export interface NodeCli {
  /** Writes the text as it is (the command supplies newlines). */
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Standard input, read to the end. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
