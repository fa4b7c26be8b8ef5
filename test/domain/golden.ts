// Golden files for the domain's plans (test/domain/golden/). After an intended change:
// UPDATE_GOLDEN=1 npx vitest run test/domain, then read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

export function goldenPath(file: string): string {
  return fileURLToPath(new URL(`./golden/${file}`, import.meta.url));
}

/** Compares `actual` with test/domain/golden/`file`; with `update`, rewrites the file first. */
export function golden(file: string, actual: string, update = UPDATE): void {
  const path = goldenPath(file);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual, `${file} differs: if the change is intended, run with UPDATE_GOLDEN=1 and read the diff`).toBe(
    readFileSync(path, 'utf8'),
  );
}
