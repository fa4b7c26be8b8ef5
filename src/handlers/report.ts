// mode: report — the incident report (counts by severity, MTTA and MTTR, breaches, open action items)
// from the learnings index on the default branch, written to the job summary. The same report as
// `firebreak report`, reading through the API instead of a checkout.
import { parseDuration } from '../config/duration.js';
import { readReportEntries } from '../domain/postmortem/report-entries.js';
import { buildReport, renderReport } from '../domain/postmortem/report.js';
import { postmortemDirectory } from '../domain/postmortem/slug.js';
import type { RunCache, RunServices } from './run-services.js';

export async function incidentReport(
  services: RunServices,
  cache: RunCache,
  since: string,
): Promise<{ markdown: string; failure: string | null }> {
  const { config } = await cache.loadSettings();
  const span = parseDuration(since);
  if (span === undefined || span === 0) {
    return { markdown: '', failure: `The incident report takes a duration such as 30d or 90d, not "${since}"` };
  }
  const read = await readReportEntries(postmortemDirectory(config.postmortem.directory), {
    readFile: async (path) => {
      const file = await services.gateway.getFile(path);
      if (!file) throw new Error(`${path} does not exist`);
      return file.content;
    },
    warn: (line) => services.log.warning(line),
  });
  if ('error' in read) return { markdown: '', failure: `The incident report could not be built: ${read.error}` };
  const markdown = renderReport(buildReport(read.entries, { now: services.clock.now(), since: span }));
  services.log.info(markdown);
  return { markdown, failure: null };
}
