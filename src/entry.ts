// Starts the action in a given world. It decides "ignore" from the event alone, before importing
// Octokit and friends, so the many events Firebreak does not care about cost almost nothing.
import { appendFileSync } from 'node:fs';
import { readPayload } from './runtime/context.js';
import { relevance } from './runtime/relevance.js';
import type { World } from './runtime/world.js';

export async function start(world: () => World | Promise<World>): Promise<void> {
  try {
    const verdict = relevance(process.env.GITHUB_EVENT_NAME ?? '', readPayload(process.env.GITHUB_EVENT_PATH));
    if (verdict.run) {
      const { run } = await import('./main.js');
      await run(await world());
    } else {
      process.stdout.write(`Firebreak: nothing to do: ${verdict.reason}.\n`);
      if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, 'result=ignored\n');
    }
  } catch (error) {
    // main.run() reports its own failures; this catches an unreadable event payload or a broken bundle.
    process.stdout.write(
      `::error::Firebreak: ${(error instanceof Error ? error.message : String(error)).replace(/\r?\n/g, ' ')}\n`,
    );
    process.exitCode = 1;
  }
}
