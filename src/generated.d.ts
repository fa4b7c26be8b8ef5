// The modules produced at build time (scripts/generated/modules.ts), served to esbuild by
// scripts/build.mjs and to the tests by vitest.config.ts. Ambient module declarations cannot import
// relative paths, so the types are named with import() types.
/* eslint-disable @typescript-eslint/consistent-type-imports */

declare module 'firebreak-generated:templates' {
  /** templates/*.md, parsed and checked. */
  export const defaultTemplates: readonly import('./render/template.js').LoadedTemplate[];
}

declare module 'firebreak-generated:installed-files' {
  /** The files `firebreak init` installs. */
  export const EMBEDDED_FILES: readonly import('./init/install.js').EmbeddedFile[];
}

declare module 'firebreak-generated:installed-forms' {
  /** The issue forms among the installed files, parsed, by their text. */
  export const installedForms: ReadonlyMap<string, import('./forms/types.js').FormTemplate>;
}

declare module 'firebreak-generated:config-validator' {
  /** ajv's standalone validator for schemas/config.schema.json. */
  const validate: import('ajv').ValidateFunction;
  export default validate;
}

declare module 'firebreak-generated:config-schema-digest' {
  /** A digest of the validator and the yaml version this build reads configuration files with. */
  export const CONFIG_SCHEMA_DIGEST: string;
}
