// Golden files for postmortem output. After an intended change:
// UPDATE_GOLDEN=1 npx vitest run test/postmortem, then review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export function golden(file: string, actual: string): void {
  const path = fileURLToPath(new URL(`./golden/${file}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

export function fixture(file: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)), 'utf8');
}
