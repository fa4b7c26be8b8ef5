// The configuration stamp: kept in the schedule index (state/schedule-index.ts), it says that the
// configuration file with this blob sha passed the schema in this build. A later run that reads the same
// blob does not load the schema validator (its 160 KB chunk, and the check) again: it still parses the
// file itself, so what it runs with is always the reviewed file on the default branch, and the merge over
// the playbook defaults and the semantic checks run every time (config/read.ts).
//
// The stamp is `<blob sha>:<CONFIG_SCHEMA_DIGEST>` (the schema, ajv and yaml this build reads with), so an
// edited file, or a stamp another Firebreak build wrote, never matches, and that run validates in full.
// It is trusted as far as the state branch is, which already decides when the sweep looks at an
// incident: whoever can push there could make a file the schema refuses skip that check (one that then
// fails to read is validated in full), but could not change which configuration is used. Pure.
import { CONFIG_SCHEMA_DIGEST } from 'firebreak-generated:config-schema-digest';

/** `<blob sha>:<CONFIG_SCHEMA_DIGEST>` */
export type ConfigStamp = string;

const STAMP = /^[0-9a-f]{7,64}:[0-9a-f]{16}$/;

/** The stamp of the configuration file with this blob sha, as this build validates it; null without a sha. */
export function stampOf(blobSha: string): ConfigStamp | null {
  return /^[0-9a-f]{7,64}$/.test(blobSha) ? `${blobSha}:${CONFIG_SCHEMA_DIGEST}` : null;
}

/** Whether the stamp says this build validated the blob before. */
export function stamped(stamp: ConfigStamp | null | undefined, blobSha: string): boolean {
  const own = stampOf(blobSha);
  return own !== null && stamp === own;
}

/** A stamp as read from the index: null when it is not one. */
export function parseStamp(value: unknown): ConfigStamp | null {
  return typeof value === 'string' && STAMP.test(value) ? value : null;
}
