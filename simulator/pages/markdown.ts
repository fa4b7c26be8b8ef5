// GitHub-flavoured Markdown to safe HTML for the pages the simulator writes (thread.html, report.html):
// markdown-it (tables, strikethrough, autolinks, fenced code) with task lists, @mentions and #references
// as GitHub shows them, then sanitize-html with an allowlist close to GitHub's. Firebreak's hidden
// `<!-- firebreak:… -->` records are removed before rendering and every other HTML comment by the
// sanitiser, so no marker reaches the page.
import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: true });

type Core = (state: StateCore) => void;

/** `- [ ] item` / `- [x] item`: a disabled checkbox at the start of the list item, as GitHub renders it. */
const taskLists: Core = (state) => {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i += 1) {
    const inline = tokens[i];
    if (
      inline?.type !== 'inline' ||
      tokens[i - 1]?.type !== 'paragraph_open' ||
      tokens[i - 2]?.type !== 'list_item_open'
    )
      continue;
    const first = inline.children?.[0];
    const match = first?.type === 'text' ? /^\[([ xX])\] /.exec(first.content) : null;
    if (!first || !match) continue;
    first.content = first.content.slice(4);
    const box = new state.Token('html_inline', '', 0);
    box.content = `<input type="checkbox" class="task" disabled${match[1] === ' ' ? '' : ' checked'}> `;
    inline.children?.unshift(box);
    tokens[i - 2]?.attrJoin('class', 'task-item');
  }
};

/** @login and #123 in plain text (not in code or links) become links, as on GitHub. */
function referenceLinks(web: string, repository: string): Core {
  return (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const out: Token[] = [];
      let inLink = 0;
      for (const token of block.children) {
        if (token.type === 'link_open') inLink += 1;
        if (token.type === 'link_close') inLink -= 1;
        if (token.type !== 'text' || inLink > 0) {
          out.push(token);
          continue;
        }
        const re = /(^|[^\w/@#])(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?|#\d+)\b/g;
        let last = 0;
        for (let m = re.exec(token.content); m; m = re.exec(token.content)) {
          const start = m.index + (m[1]?.length ?? 0);
          const ref = m[2] ?? '';
          const text = new state.Token('text', '', 0);
          text.content = token.content.slice(last, start);
          const open = new state.Token('link_open', 'a', 1);
          const href = ref.startsWith('#') ? `${web}/${repository}/issues/${ref.slice(1)}` : `${web}/${ref.slice(1)}`;
          open.attrs = [
            ['href', href],
            ['class', ref.startsWith('#') ? 'issue-link' : 'user-mention'],
          ];
          const label = new state.Token('text', '', 0);
          label.content = ref;
          out.push(text, open, label, new state.Token('link_close', 'a', -1));
          last = start + ref.length;
        }
        const rest = new state.Token('text', '', 0);
        rest.content = token.content.slice(last);
        out.push(rest);
      }
      block.children = out;
    }
  };
}

md.core.ruler.push('task_lists', taskLists);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'details',
    'summary',
    'input',
    'del',
    's',
    'ins',
    'kbd',
    'sup',
    'sub',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'class', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    input: ['type', 'checked', 'disabled', 'class'],
    li: ['class'],
    code: ['class'],
    th: ['align', 'style'],
    td: ['align', 'style'],
    details: ['open'],
    '*': [],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Only a disabled checkbox survives as an input.
  exclusiveFilter: (frame) =>
    frame.tag === 'input' && (frame.attribs.type !== 'checkbox' || !('disabled' in frame.attribs)),
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener' } }),
  },
};

/**
 * Firebreak's hidden records, whatever their kind, on lines of their own (where the action writes them):
 * they never reach a page. A marker quoted in inline code stays visible, as GitHub shows it.
 */
export function stripMarkers(text: string): string {
  return text.replace(/^[ \t]*<!--\s*\/?firebreak:[^\n]*?-->[ \t]*$/gm, '');
}

export interface MarkdownContext {
  /** The web origin links to users and issues point at (https://github.com). */
  web: string;
  /** "owner/name", for #123 links. */
  repository: string;
}

/** GitHub-flavoured Markdown as sanitised HTML: what GitHub shows for a comment or issue body. */
export function renderMarkdown(text: string, context: MarkdownContext): string {
  const env = {};
  const tokens = md.parse(stripMarkers(text), env);
  const state = new md.core.State('', md, env);
  state.tokens = tokens;
  referenceLinks(context.web, context.repository)(state);
  return sanitizeHtml(md.renderer.render(state.tokens, md.options, env), SANITIZE);
}
