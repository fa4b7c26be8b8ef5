// The render step between a decision and the executor: the plan's comments are messages (a template,
// its view, the hidden record); here they become Markdown with the repository's templates. A composed
// comment is its messages set off by rules; optional sections go in while they fit and become comments
// of their own when they do not; a reply is cut to GitHub's limit; the live summary is left out when it
// would say what GitHub already shows. Every other write passes through as planned.
import { encodeRecord } from '../domain/incident/marker.js';
import type { Message } from '../domain/message.js';
import type { Plan, PlannedWrite, RenderedPlan, RenderedWrite, ThreadWrite } from '../domain/plan.js';
import type { RenderOptions, Templates } from '../domain/templates.js';
import type { TemplateName } from '../domain/views.js';
import { fitComment } from '../text/fit.js';

/** Between one message of a comment and the next. */
const RULE = '\n\n---\n\n';

export function renderPlan(plan: Plan, templates: Templates): RenderedPlan {
  return {
    incident: plan.incident,
    writes: plan.writes.flatMap((write) => renderWrite(write, templates)),
    notes: plan.notes,
  };
}

function renderWrite(write: PlannedWrite, templates: Templates): RenderedWrite[] {
  switch (write.kind) {
    case 'comment':
      return renderComment(write, templates);
    case 'summary': {
      const { unchangedFrom, message } = write;
      if (unchangedFrom) {
        const then = { ...message, view: { ...message.view, updatedAt: unchangedFrom.updatedAt } };
        if (say(templates, then) === unchangedFrom.body) return [];
      }
      return [{ kind: 'summary', body: say(templates, message), describe: write.describe }];
    }
    default:
      return [write];
  }
}

/** One message as text: its template with its view, the record sealed into the hidden marker. */
export function say(templates: Templates, message: Message): string {
  const options: RenderOptions = {
    ...(message.record ? { marker: encodeRecord(message.record) } : {}),
    ...(message.allowMentions ? { allowMentions: message.allowMentions } : {}),
  };
  // The union of messages pairs each template with its own view; render takes them as that pair.
  const render = templates.render as (name: TemplateName, view: unknown, options?: RenderOptions) => string;
  return render.call(templates, message.template, message.view, options);
}

function renderComment(write: Extract<ThreadWrite, { kind: 'comment' }>, templates: Templates): RenderedWrite[] {
  const { text } = write;
  const body = text.messages.map((m) => say(templates, m)).join(RULE);
  if (!text.optional) {
    const fitted = text.cutPointingTo ? fitComment(body, undefined, text.cutPointingTo) : body;
    return [{ kind: 'comment', key: write.key, body: fitted, describe: write.describe }];
  }
  const inside: string[] = [];
  const apart: RenderedWrite[] = [];
  for (const section of text.optional.sections) {
    const words = say(templates, section.message);
    if (withSections(body, [...inside, words]).length <= text.optional.room) inside.push(words);
    else
      apart.push({
        kind: 'comment',
        key: section.apart.key,
        body: say(templates, section.apart.message),
        describe: section.apart.describe,
      });
  }
  const describe =
    inside.length > 0 ? `${write.describe}, with ${inside.length} ${text.optional.noun}(s)` : write.describe;
  return [{ kind: 'comment', key: write.key, body: withSections(body, inside), describe }, ...apart];
}

/** A comment's body with sections below it, each set off by a rule (as a reply holds `/runbook`'s). */
function withSections(body: string, sections: readonly string[]): string {
  return [body.trimEnd(), ...sections].join(RULE);
}
