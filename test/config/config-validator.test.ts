// The precompiled validator (src/config/config-validator.generated.js) must be what ajv compiles from
// schemas/config.schema.json today. After changing the schema, regenerate it with:
//   npx vitest run test/config/config-validator.test.ts -u
import { describe, expect, it } from 'vitest';
import validate from '../../src/config/config-validator.generated.js';
import { compileConfigSchema, configValidatorSource } from '../../src/config/schema-compiler.js';

describe('the precompiled config validator', () => {
  it('is generated from the current schema', async () => {
    await expect(configValidatorSource()).toMatchFileSnapshot('../../src/config/config-validator.generated.js');
  });

  it('reports exactly what ajv compiled at run time reports', () => {
    const compiled = compileConfigSchema();
    const samples: unknown[] = [
      {},
      { severities: { P1: { 'respnse-target': '1h' } } },
      { rotations: { web: { layers: [{ name: 'primary', shift: { hour: 12 }, handoff: '25:00' }] } } },
      {
        policies: {
          default: {
            steps: [{ id: 'a', after: 5, targets: [{}, { user: 'a', team: 'b/c' }] }],
            'stop-on': { P0: 'x' },
          },
        },
      },
      { channels: { ops: { type: 'slack' } }, labels: { incident: { color: 5319e7 } } },
      ['not', 'a', 'mapping'],
    ];
    for (const sample of samples) {
      const strip = (errors: typeof validate.errors) =>
        (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({
          instancePath,
          schemaPath,
          keyword,
          params,
        }));
      expect(validate(sample), JSON.stringify(sample)).toBe(compiled(sample));
      expect(strip(validate.errors)).toEqual(strip(compiled.errors));
    }
  });
});
