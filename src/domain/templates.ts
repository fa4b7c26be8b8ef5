// The port through which decisions word their comments: a template by name, its typed view, and how it
// may be rendered (mentions allowed, the hidden record, the length limit). src/render/ implements it
// (TemplateRegistry: the bundled templates and a repository's overrides); domain/ knows only this shape,
// so the decision layer imports nothing from the renderer.
import type { TemplateName, TemplateViews } from './views.js';

export interface RenderOptions {
  /** Logins or org/team slugs that user text may notify (a command that names its target). */
  allowMentions?: readonly string[];
  /** The hidden marker the comment carries: `{ kind, data }`, or one marker already written. */
  marker?: { kind: string; data: unknown } | string;
  /** Maximum length of the result; GitHub's comment limit by default. */
  limit?: number;
  /** Told when an override fails and the default is rendered instead. */
  onWarning?: (message: string) => void;
}

export interface Templates {
  /** The template's text for the view, made safe for a GitHub comment. */
  render<N extends TemplateName>(name: N, view: TemplateViews[N], options?: RenderOptions): string;
}

/**
 * The one document a decision words itself: the postmortem file, whose text it compares with the file
 * on the branch to decide what to write. Comments are messages (domain/message.ts), worded after the plan.
 */
export interface PostmortemTemplates {
  render(name: 'postmortem', view: TemplateViews['postmortem'], options?: RenderOptions): string;
}
