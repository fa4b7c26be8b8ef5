// The action's entry. It decides "ignore" from the event alone, before importing Octokit and friends,
// so the many events Firebreak does not care about cost almost nothing.
import { appendFileSync } from 'node:fs';
import { readPayload } from './runtime/context.js';
import { relevance } from './runtime/relevance.js';

const verdict = relevance(process.env.GITHUB_EVENT_NAME ?? '', readPayload(process.env.GITHUB_EVENT_PATH));
if (verdict.run) {
  const { run } = await import('./main.js');
  await run();
} else {
  process.stdout.write(`Firebreak: nothing to do: ${verdict.reason}.\n`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, 'result=ignored\n');
}
