// Validates parsed YAML against schemas/config.schema.json with the validator precompiled at build time
// (schema-compiler.ts says why; scripts/generated/modules.ts builds it).
import type { ErrorObject } from 'ajv';
import validate from 'firebreak-generated:config-validator';

/** The schema's raw errors for a parsed YAML value; empty when it conforms. */
export function schemaErrors(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
