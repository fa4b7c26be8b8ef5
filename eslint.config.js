import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NOT_THE_SIMULATOR = { group: ['**/simulator/**'], message: 'The product never imports the simulator.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-out/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // (Before the pure core's block: for the same rule, the later block wins.)
    // The product never imports the simulator (emulator, harness, scenarios); only the CLI's own
    // `simulate` and `emulator` commands do. test/repository/action-graph.test.ts checks the bundle too.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/simulate.ts', 'src/cli/emulator.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NOT_THE_SIMULATOR] }],
    },
  },
  {
    // The pure core: no clock, no environment, no network.
    files: [
      'src/domain/**/*.ts',
      'src/forms/**/*.ts',
      'src/commands/**/*.ts',
      'src/render/**/*.ts',
      'src/state/**/*.ts',
      'src/text/**/*.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'The domain is pure: pass values in.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Inject the clock.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject the clock.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@octokit/*', '@actions/*', 'node:fs', 'node:http', 'node:https'],
              message: 'The pure core does no I/O.',
            },
            NOT_THE_SIMULATOR,
          ],
        },
      ],
    },
  },
  {
    // The decisions (src/domain) import no layer that talks to the world: not the gateway, the executor,
    // the handlers, the runtime, the channels' senders or the CLI; nor the renderer: their plans hold
    // messages (domain/message.ts), which render/plan.ts words after the decision.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@octokit/*', '@actions/*', 'node:fs', 'node:http', 'node:https'],
              message: 'The pure core does no I/O.',
            },
            {
              group: ['**/github/**', '**/executor/**', '**/handlers/**', '**/runtime/**', '**/cli/**', '**/render/**'],
              message:
                'domain/ decides; the layers that act on GitHub (and the renderer, which words its messages) import it, never the other way round.',
            },
            NOT_THE_SIMULATOR,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // CommonJS preloads (bench/child-probe.cjs, loaded with --require).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
