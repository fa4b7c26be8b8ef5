// The validator precompiled at build time (firebreak-generated:config-validator) must judge every
// configuration as ajv compiling schemas/config.schema.json at run time does.
import { describe, expect, it } from 'vitest';
import validate from 'firebreak-generated:config-validator';
import { compileConfigSchema } from '../../src/config/schema-compiler.js';

describe('the precompiled config validator', () => {
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
