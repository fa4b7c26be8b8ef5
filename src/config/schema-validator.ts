// Validates parsed YAML against schemas/config.schema.json with the precompiled validator (see
// schema-compiler.ts for why it is precompiled and how to regenerate it).
import type { ErrorObject } from 'ajv';
import validate from './config-validator.generated.js';

/** The schema's raw errors for a parsed YAML value; empty when it conforms. */
export function schemaErrors(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
