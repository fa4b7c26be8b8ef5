// `firebreak preview <template> [--incident FILE] [--templates DIR]`: renders one message template as
// Firebreak would post it, from a JSON or YAML view (or the built-in sample), with the repository's
// overrides applied, so a team can check an override before the next incident uses it.
import { readdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { OVERRIDES_DIRECTORY, TemplateRegistry } from '../render/registry.js';
import { renderTemplate } from '../render/render.js';
import { sampleViews } from '../render/samples.js';
import { isTemplateName } from '../render/views.js';

export interface PreviewIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  /** The *.md files of a directory by file name, or null when the directory does not exist. */
  readTemplates(directory: string): Promise<Record<string, string> | null>;
}

export const PREVIEW_USAGE = `Usage: firebreak preview <template> [--incident FILE] [--templates DIR]

Prints a message template rendered as Firebreak would post it.
  <template>        internal-alert, summary, status-update, … (run without one to list them)
  --incident FILE   the view to render, as JSON or YAML (default: a built-in sample incident)
  --templates DIR   repository overrides (default: ${OVERRIDES_DIRECTORY} when it exists)
`;

class UsageError extends Error {}

/** Runs `firebreak preview`; `argv` is what follows the command name. Returns the exit code. */
export async function runPreviewCommand(argv: readonly string[], io: PreviewIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`firebreak preview: ${error.message}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], io: PreviewIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { incident: { type: 'string' }, templates: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${PREVIEW_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(PREVIEW_USAGE);
    return 0;
  }

  const directory = values.templates ?? OVERRIDES_DIRECTORY;
  const overrides = await io.readTemplates(directory);
  if (overrides === null && values.templates !== undefined) throw new UsageError(`no directory ${directory}`);
  const registry = TemplateRegistry.defaults().withOverrides(overrides ?? {}, directory);
  for (const warning of registry.warnings) io.stderr.write(`warning: ${warning}\n`);

  const [name, ...extra] = positionals;
  if (name === undefined) throw new UsageError(`name a template. Known templates: ${registry.names().join(', ')}.`);
  if (extra.length > 0) throw new UsageError(`one template at a time (got ${positionals.join(', ')})`);
  if (!registry.has(name) || !isTemplateName(name)) {
    throw new UsageError(`unknown template "${name}". Known templates: ${registry.names().join(', ')}.`);
  }
  const template = registry.get(name);

  let view: Record<string, unknown> = sampleViews[name] as unknown as Record<string, unknown>;
  if (values.incident !== undefined) {
    view = await readView(values.incident, io);
    const missing = template.variables.filter((key) => !(key in view));
    const unknown = Object.keys(view).filter((key) => !template.variables.includes(key));
    if (missing.length > 0) io.stderr.write(`warning: ${values.incident} has no ${missing.join(', ')} (rendered empty)\n`);
    if (unknown.length > 0) io.stderr.write(`warning: the ${name} template does not use ${unknown.join(', ')}\n`);
  }
  const out = renderTemplate(template, view, { onWarning: (w) => io.stderr.write(`warning: ${w}\n`) });
  io.stdout.write(out);
  return 0;
}

async function readView(path: string, io: PreviewIo): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    // YAML 1.2 reads JSON too; JSON.parse gives the clearer message for .json files.
    data = /\.json$/i.test(path) ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`${path} must hold an object with the template's view keys`);
  }
  return data as Record<string, unknown>;
}

/** The real file system, for src/cli/index.ts. */
export function nodePreviewIo(): PreviewIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, 'utf8'),
    async readTemplates(directory) {
      let files: string[];
      try {
        files = await readdir(directory);
      } catch {
        return null;
      }
      const out: Record<string, string> = {};
      for (const file of files.filter((f) => f.endsWith('.md'))) out[file] = await readFile(`${directory}/${file}`, 'utf8');
      return out;
    },
  };
}
