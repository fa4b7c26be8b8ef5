#!/usr/bin/env node
// Prints the notes of one version from CHANGELOG.md (Keep a Changelog format): the body of its
// `## [X.Y.Z]` section (a ` - YYYY-MM-DD` date after the heading is allowed), without the heading and
// without the link definitions at the end of the file. The release workflow passes it to
// `gh release create --notes-file`.
//   node scripts/release-notes.mjs 1.2.0 [--file CHANGELOG.md]      (a leading "v" is accepted)
// Exit 0 with the notes on stdout; 1 when the version has no section or an empty one; 2 on bad usage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: node scripts/release-notes.mjs <version> [--file CHANGELOG.md]';

/**
 * The notes of `version` in `changelog`, or null when it has no section. `## [1.2.0]`, `## [1.2.0] - 2026-12-01`
 * and `## 1.2.0` all head the section of 1.2.0; the section ends at the next `## ` heading.
 */
export function releaseNotes(changelog, version) {
  const wanted = version.replace(/^v/, '');
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => headingVersion(line) === wanted);
  if (start < 0) return null;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end);
  // Link reference definitions (`[1.2.0]: https://…`) belong to the file, not to the section.
  while (body.length > 0 && (/^\s*$/.test(body.at(-1)) || /^\[[^\]]+\]:\s*\S/.test(body.at(-1)))) body.pop();
  while (body.length > 0 && /^\s*$/.test(body[0])) body.shift();
  return body.join('\n');
}

/** The version a `## ` heading names, or null. */
function headingVersion(line) {
  const match = /^##\s+\[?v?([^\]\s]+)\]?(?:\s+-\s+.*)?\s*$/.exec(line);
  return match ? match[1] : null;
}

function main(argv) {
  const args = [...argv];
  let file = 'CHANGELOG.md';
  const fileIndex = args.indexOf('--file');
  if (fileIndex >= 0) {
    if (args[fileIndex + 1] === undefined) return usage();
    file = args[fileIndex + 1];
    args.splice(fileIndex, 2);
  }
  if (args.length !== 1 || !/^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(args[0])) return usage();
  const version = args[0].replace(/^v/, '');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`release-notes: cannot read ${file}: ${error.message}\n`);
    return 1;
  }
  const notes = releaseNotes(text, version);
  if (notes === null) {
    process.stderr.write(
      `release-notes: ${file} has no section for ${version} (a "## [${version}] - YYYY-MM-DD" heading). Add it before tagging.\n`,
    );
    return 1;
  }
  if (notes.trim() === '') {
    process.stderr.write(`release-notes: the section for ${version} in ${file} is empty.\n`);
    return 1;
  }
  process.stdout.write(`${notes}\n`);
  return 0;
}

function usage() {
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
