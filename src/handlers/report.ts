// mode: report — the incident report (counts by severity, MTTA and MTTR, breaches, open action items)
// from the learnings index on the default branch, written to the job summary. The same code as
// `firebreak report`, reading through the API instead of a checkout.
import { runReportCommand } from '../cli/report.js';
import type { RunCache, RunServices } from './run-services.js';

export async function incidentReport(
  services: RunServices,
  cache: RunCache,
  since: string,
): Promise<{ markdown: string; failure: string | null }> {
  const { config } = await cache.loadSettings();
  let out = '';
  let err = '';
  const code = await runReportCommand(['--since', since], {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    readFile: async (path) => {
      const file = await services.gateway.getFile(path);
      if (!file) throw new Error(`${path} does not exist`);
      return file.content;
    },
    now: services.clock.now(),
    config,
  });
  for (const line of err.split('\n').filter(Boolean)) services.log.warning(line);
  services.log.info(out);
  return {
    markdown: out,
    failure: code === 0 ? null : `The incident report could not be built: ${err.trim() || `exit ${code}`}`,
  };
}
