// `firebreak preview <template> [--incident FILE] [--templates DIR]`: renders one message template as
// Firebreak would post it, from a JSON or YAML view (or the built-in sample), with the repository's
// overrides applied, so a team can check an override before the next incident uses it.
import { readdir, readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { OVERRIDES_DIRECTORY, TemplateRegistry } from '../render/registry.js';
import { renderTemplate } from '../render/render.js';
import { sampleViews } from '../render/samples.js';
import { isTemplateName } from '../domain/views.js';
import { didYouMean } from '../config/closest-key.js';
import { EXIT, helpText, runCommand, stringOption } from './command.js';
import { PREVIEW } from './specs.js';

export interface PreviewIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<string>;
  /** The *.md files of a directory by file name, or null when the directory does not exist. */
  readTemplates(directory: string): Promise<Record<string, string> | null>;
}

export const PREVIEW_USAGE = helpText(PREVIEW);

class ViewError extends Error {}

/** Runs `firebreak preview`; `argv` is what follows the command name. Exit codes: 0 rendered or listed, 1 unknown template or unreadable view, 2 usage. */
export async function runPreviewCommand(argv: readonly string[], io: PreviewIo): Promise<number> {
  const out = { stdout: (t: string) => void io.stdout.write(t), stderr: (t: string) => void io.stderr.write(t) };
  try {
    return await runCommand(PREVIEW, argv, out, ({ values, positionals }) =>
      preview(positionals[0], stringOption(values, 'incident'), stringOption(values, 'templates'), io),
    );
  } catch (error) {
    if (!(error instanceof ViewError)) throw error;
    io.stderr.write(`firebreak preview: ${error.message}\n`);
    return EXIT.problems;
  }
}

async function preview(
  name: string | undefined,
  incident: string | undefined,
  templatesDir: string | undefined,
  io: PreviewIo,
): Promise<number> {
  const directory = templatesDir ?? OVERRIDES_DIRECTORY;
  const overrides = await io.readTemplates(directory);
  if (overrides === null && templatesDir !== undefined) throw new ViewError(`no directory ${directory}`);
  const registry = TemplateRegistry.defaults().withOverrides(overrides ?? {}, directory);
  for (const warning of registry.warnings) io.stderr.write(`warning: ${warning}\n`);

  if (name === undefined) {
    io.stdout.write(listing(registry));
    return EXIT.ok;
  }
  if (!registry.has(name) || !isTemplateName(name)) {
    throw new ViewError(
      `unknown template "${name}"${didYouMean(name, registry.names())}. Known templates: ${registry.names().join(', ')}.`,
    );
  }
  const template = registry.get(name);

  let view: Record<string, unknown> = sampleViews[name] as unknown as Record<string, unknown>;
  if (incident !== undefined) {
    view = await readView(incident, io);
    const missing = template.variables.filter((key) => !(key in view));
    const unknown = Object.keys(view).filter((key) => !template.variables.includes(key));
    if (missing.length > 0) io.stderr.write(`warning: ${incident} has no ${missing.join(', ')} (rendered empty)\n`);
    if (unknown.length > 0) io.stderr.write(`warning: the ${name} template does not use ${unknown.join(', ')}\n`);
  }
  const out = renderTemplate(template, view, { onWarning: (w) => io.stderr.write(`warning: ${w}\n`) });
  io.stdout.write(out);
  return EXIT.ok;
}

/** The templates, where each comes from, and when Firebreak posts it. */
function listing(registry: TemplateRegistry): string {
  const names = registry.names();
  const width = Math.max(...names.map((n) => n.length));
  const rows = names.map((n) => {
    const t = registry.get(n);
    return `  ${n.padEnd(width)}  ${t.source}\n  ${' '.repeat(width)}  ${t.when || t.description}`;
  });
  return `Templates (firebreak preview <name> renders one with a sample incident):\n${rows.join('\n')}\n`;
}

async function readView(path: string, io: PreviewIo): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new ViewError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    // YAML 1.2 reads JSON too; JSON.parse gives the clearer message for .json files.
    data = /\.json$/i.test(path) ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new ViewError(
      `${path} is not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ViewError(`${path} must hold an object with the template's view keys`);
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
      for (const file of files.filter((f) => f.endsWith('.md')))
        out[file] = await readFile(`${directory}/${file}`, 'utf8');
      return out;
    },
  };
}
