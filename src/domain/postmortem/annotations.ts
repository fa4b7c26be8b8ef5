// Lint problems as text: `path:line:col: error: …`, or GitHub workflow commands that show as annotations
// on the pull request's lines (the CLI's --format github and the postmortem check in the action).
import type { Problem } from './lint.js';

export function plain(path: string, p: Problem): string {
  return `${path}:${p.line}${p.column === undefined ? '' : `:${p.column}`}: ${p.severity}: ${p.message}\n`;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions — data and property values
// are percent-encoded so a message can neither end the command nor start another one.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(path: string, p: Problem): string {
  const properties = [
    `file=${escapeProperty(path)}`,
    `line=${p.line}`,
    ...(p.column === undefined ? [] : [`col=${p.column}`]),
    'title=Postmortem lint',
  ];
  return `::${p.severity} ${properties.join(',')}::${escapeData(p.message)}\n`;
}
