// Builds the ajv validator for schemas/config.schema.json and its precompiled (standalone) source. Only the
// build (scripts/generated/modules.ts) and tests import this file: at run time Firebreak uses the module
// firebreak-generated:config-validator compiled at build time, because compiling the schema costs about
// 70 ms — more than Node's own start.
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import schema from '../../schemas/config.schema.json' with { type: 'json' };

// Both are CommonJS: under NodeNext their default import is module.exports, which is the function itself.
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

function configAjv(): Ajv {
  // verbose: errors carry their schema and data, which the error mapper needs for its messages.
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    code: { source: true, esm: true, lines: true },
    inlineRefs: false,
  });
  // `errorMessage` is an annotation read by our error mapper (the keyword VS Code shows for schema errors too).
  ajv.addVocabulary(['errorMessage']);
  addFormats(ajv, ['date', 'date-time']);
  return ajv;
}

export function compileConfigSchema(): ValidateFunction {
  return configAjv().compile(schema);
}

/**
 * The standalone validator as an ES module. ajv writes `require("…")` for its small runtime helpers; those
 * become imports so the file runs as ESM under Node and bundles with esbuild.
 */
export function configValidatorSource(): string {
  const ajv = configAjv();
  const code = standaloneCode(ajv, ajv.compile(schema));
  const imports = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)/g, (_, specifier: string) => {
    const name = imports.get(specifier) ?? `runtime${imports.size}`;
    imports.set(specifier, name);
    return name;
  });
  const header = [
    '/* eslint-disable */',
    '// Generated at build time by src/config/schema-compiler.ts from schemas/config.schema.json.',
    ...[...imports].map(([specifier, name]) => `import * as ${name}Module from ${JSON.stringify(`${specifier}.js`)};`),
    // Node and esbuild import CommonJS with module.exports as `default`; vitest may hand over the module's own
    // `default` export instead. Either way, find the object that holds the helpers.
    'const commonJs = (namespace) => (namespace.default && typeof namespace.default === "object" ? namespace.default : namespace);',
    ...[...imports.values()].map((name) => `const ${name} = commonJs(${name}Module);`),
  ];
  return `${header.join('\n')}\n${body.replace(/^"use strict";/, '')}\n`;
}
