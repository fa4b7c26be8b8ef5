// Templates by name: the defaults bundled with Firebreak (templates/*.md, parsed at build time into the
// module firebreak-generated:templates) and a repository's overrides of the same name. A broken override never stops a
// message from going out: the default is used and the problem is reported as a warning.

import { defaultTemplates } from 'firebreak-generated:templates';
import { renderTemplate, type RenderOptions } from './render.js';
import { checkDefaultTemplate, parseTemplate, TemplateError, topLevelNames, type LoadedTemplate } from './template.js';
import type { Templates } from '../domain/templates.js';
import type { TemplateName, TemplateViews } from '../domain/views.js';

export const OVERRIDES_DIRECTORY = '.github/firebreak/templates';

export class UnknownTemplateError extends Error {
  constructor(
    readonly template: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown template "${template}". Known templates: ${known.join(', ')}.`);
    this.name = 'UnknownTemplateError';
  }
}

export class TemplateRegistry implements Templates {
  private constructor(
    private readonly templates: ReadonlyMap<string, LoadedTemplate>,
    /** Problems with overrides and templates, for the job log and the summary comment. */
    readonly warnings: readonly string[],
  ) {}

  /** The bundled defaults, parsed and checked at build time (scripts/generated/modules.ts). */
  static defaults(templates: readonly LoadedTemplate[] = defaultTemplates): TemplateRegistry {
    return new TemplateRegistry(
      new Map(templates.map((t) => [t.name, t])),
      templates.flatMap((t) => t.warnings),
    );
  }

  /** Defaults from template sources by name, parsed and checked now (a broken one throws). */
  static fromSources(sources: Readonly<Record<string, string>>): TemplateRegistry {
    return TemplateRegistry.defaults(
      Object.entries(sources).map(([name, text]) => {
        const template = parseTemplate(text, `templates/${name}.md`);
        checkDefaultTemplate(template, name);
        return template;
      }),
    );
  }

  /**
   * A registry where each override (keyed by template name or file name, e.g. "summary" or "summary.md")
   * replaces the default of the same name. Unknown names and broken overrides become warnings.
   */
  withOverrides(
    overrides: Readonly<Record<string, string>>,
    directory: string = OVERRIDES_DIRECTORY,
  ): TemplateRegistry {
    const templates = new Map(this.templates);
    const warnings = [...this.warnings];
    for (const [key, text] of Object.entries(overrides)) {
      const name = (key.split('/').pop() ?? key).replace(/\.md$/i, '');
      const source = `${directory}/${name}.md`;
      const base = this.templates.get(name);
      if (!base) {
        warnings.push(
          `${source}: no template is named "${name}", so this file is ignored. Known templates: ${this.names().join(', ')}.`,
        );
        continue;
      }
      try {
        const template = parseTemplate(text, source);
        if (template.name !== name) {
          throw new TemplateError(
            `front matter name "${template.name}" does not match the file name "${name}.md"`,
            source,
          );
        }
        const unknown = topLevelNames(template.body).filter((v) => !base.variables.includes(v));
        for (const variable of unknown) {
          warnings.push(
            `${source}: {{${variable}}} is not part of the ${name} view (it renders empty). Available: ${base.variables.join(', ')}.`,
          );
        }
        warnings.push(...template.warnings);
        templates.set(name, {
          ...template,
          when: template.when || base.when,
          variables: template.variables.length > 0 ? template.variables : base.variables,
          fallback: base,
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        warnings.push(`${message} — using the default ${name} template instead.`);
      }
    }
    return new TemplateRegistry(templates, warnings);
  }

  names(): string[] {
    return [...this.templates.keys()].sort();
  }

  has(name: string): boolean {
    return this.templates.has(name);
  }

  get(name: string): LoadedTemplate {
    const template = this.templates.get(name);
    if (!template) throw new UnknownTemplateError(name, this.names());
    return template;
  }

  /** Typed rendering: the view must match the template's view model. */
  render<N extends TemplateName>(name: N, view: TemplateViews[N], options: RenderOptions = {}): string {
    return renderTemplate(this.get(name), view, options);
  }
}
