// The action, once the entry decided the event matters: read inputs and context, build the gateway on
// the world's pacing, dispatch by event with its clock, set outputs, report. One try/catch ends in core.setFailed.
import * as core from '@actions/core';
import { createClient } from './github/client.js';
import { OctokitGateway } from './github/octokit-gateway.js';
import { repoFromPayload } from './github/payload-repository.js';
import { dispatch } from './handlers/dispatch.js';
import { readContext } from './runtime/context.js';
import { readInputs } from './runtime/inputs.js';
import { RunLog } from './runtime/log.js';
import type { World } from './runtime/world.js';

export async function run(world: World): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readContext(process.env);
    const { clock, watchUntil } = world;
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
        pacing: world.pacing,
        log: (line) => core.info(line),
      });
    const client = clientFor(inputs.token);
    const known = repoFromPayload(context.payload);
    const gateway = new OctokitGateway(client, context.repo, known);
    const postmortemGateway =
      inputs.postmortemToken !== inputs.token
        ? new OctokitGateway(clientFor(inputs.postmortemToken), context.repo, known)
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
      watchPollMs: world.watchPollMs,
      pagerDutyUrl: world.pagerDutyUrl,
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
