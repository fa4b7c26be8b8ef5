// The action, once the entry decided the event matters: read inputs and context, build the gateway,
// dispatch by event, set outputs, report. One try/catch ends in core.setFailed.
import * as core from '@actions/core';
import { createClient } from './github/client.js';
import { OctokitGateway } from './github/octokit-gateway.js';
import { dispatch } from './handlers/dispatch.js';
import { emulatorClock, offsetClock, systemClock, wholeSeconds } from './runtime/clock.js';
import { readContext } from './runtime/context.js';
import { readInputs } from './runtime/inputs.js';
import { RunLog } from './runtime/log.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readContext(process.env);
    const start = process.env.FIREBREAK_NOW ? new Date(process.env.FIREBREAK_NOW) : null;
    const clock = wholeSeconds(
      !start
        ? systemClock()
        : process.env.FIREBREAK_CLOCK === 'emulator'
          ? emulatorClock(context.apiUrl, start)
          : offsetClock(start),
    );
    const watchUntil = process.env.FIREBREAK_WATCH_UNTIL ? new Date(process.env.FIREBREAK_WATCH_UNTIL) : null;
    const log = new RunLog({
      info: (line) => core.info(line),
      warning: (line) => core.warning(line),
      error: (line) => core.error(line),
      startGroup: (name) => core.startGroup(name),
      endGroup: () => core.endGroup(),
    });
    const clientFor = (token: string) =>
      createClient({
        token,
        baseUrl: context.apiUrl,
        pacing: process.env.FIREBREAK_PACING === 'none' ? 'none' : 'github',
        log: (line) => core.info(line),
      });
    const client = clientFor(inputs.token);
    const gateway = new OctokitGateway(client, context.repo);
    const postmortemGateway =
      inputs.postmortemToken !== inputs.token
        ? new OctokitGateway(clientFor(inputs.postmortemToken), context.repo)
        : gateway;
    const otherRepository = (fullName: string) => {
      const [owner = '', repo = ''] = fullName.split('/');
      return new OctokitGateway(client, { owner, repo });
    };
    const result = await dispatch({
      inputs,
      context,
      clock,
      log,
      gateway,
      postmortemGateway,
      otherRepository,
      secrets: process.env,
      watchUntil,
    });
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    await core.summary
      .addRaw(log.summaryMarkdown(result.title))
      .addRaw(result.summary ?? '')
      .write();
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
