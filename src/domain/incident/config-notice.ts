// Once per incident and broken configuration push: a notice saying that the configuration file on the
// default branch has errors, which version Firebreak runs with instead (the last commit of the file that
// validated, or the playbook defaults when none did) and what is wrong with the broken one. Keyed by the
// broken commit, so a later broken push is announced again and a fixed file announces nothing.
import { message } from '../message.js';
import {
  brokenKey,
  describeCommit,
  describeInUse,
  errorLines,
  shortSha,
  type BrokenConfig,
} from '../../config/last-good.js';
import { commentWrite, record, type Draft } from './draft.js';
import { incidentRef } from './present.js';

/** At most this many errors are listed; the rest are counted (the job log has them all). */
const MAX_LINES = 10;

export function noticeBrokenConfig(draft: Draft, broken: BrokenConfig | null | undefined): void {
  if (!broken) return;
  const key = brokenKey(broken);
  const errors = errorLines(broken);
  const shown = errors.slice(0, MAX_LINES).map((line) => `Error: ${line}`);
  const more = errors.length - shown.length;
  const lines = [
    `${broken.path} ${broken.commit ? `as of ${describeCommit(broken.commit)}` : 'on the default branch'} has ${errors.length} error${errors.length === 1 ? '' : 's'}, so Firebreak does not use it.`,
    ...shown,
    ...(more > 0 ? [`… and ${more} more (the job log lists them all).`] : []),
    `In use instead: ${describeInUse(broken)}. Escalations, rotations and notification channels are as that version says.`,
  ];
  const advice = broken.inUse
    ? `Fix ${broken.path} and push (firebreak validate shows the errors with their lines). Until then Firebreak keeps running with commit ${shortSha(broken.inUse.sha)}, and its jobs fail so the problem stays visible.`
    : `Fix ${broken.path} and push (firebreak validate shows the errors with their lines). Until then Firebreak runs with the playbook defaults, and its jobs fail so the problem stays visible.`;
  const said = message(
    'notice',
    {
      incident: incidentRef(draft.state, draft.config, draft.issue.htmlUrl),
      title: 'The configuration has errors',
      lines,
      advice,
    },
    { record: record('notice', key, []) },
  );
  draft.writes.push(
    commentWrite(
      key,
      `notice: ${broken.path} has errors (${broken.commit ? shortSha(broken.commit.sha) : 'uncommitted'})`,
      said,
    ),
  );
}
