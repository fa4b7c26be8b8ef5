// What a decision wants said, not the words: a template by name, its typed view, the hidden record the
// comment carries and who it may notify. Decisions put these in their plans; src/render/plan.ts turns
// them into Markdown between the plan and the executor, so domain/ never renders a comment.
import type { BotRecord } from './incident/events.js';
import type { TemplateName, TemplateViews } from './views.js';

export type Message = {
  [N in TemplateName]: {
    template: N;
    view: TemplateViews[N];
    /** The hidden record (sealed when rendered); a section below another message carries none. */
    record?: BotRecord;
    /** Logins or org/team slugs the comment may notify; every other mention in user text is defused. */
    allowMentions?: readonly string[];
  };
}[TemplateName];

export type SummaryMessage = Extract<Message, { template: 'summary' }>;

export function message<N extends TemplateName>(
  template: N,
  view: TemplateViews[N],
  options: { record?: BotRecord; allowMentions?: readonly string[] } = {},
): Message {
  return { template, view, ...options } as Message;
}

/** A section that goes below a comment's messages only while the comment stays within `room` characters. */
export interface OptionalSection {
  message: Message;
  /** Where it goes when it does not fit: a comment of its own. */
  apart: { key: string; describe: string; message: Message };
}

/** A comment's text: its messages in order, each set off from the next by a rule. */
export interface CommentText {
  messages: Message[];
  /** Sections appended while they fit (the alert's runbook checklists); `noun` names them in the log. */
  optional?: { room: number; noun: string; sections: OptionalSection[] };
  /** The whole text is cut to GitHub's limit, saying the rest is at this link (a command's reply). */
  cutPointingTo?: string;
}
