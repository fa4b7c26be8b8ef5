// Types for the generated standalone validator (see schema-compiler.ts).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
