// The emulator speaks GitHub's published API: every route it serves exists in GitHub's OpenAPI
// description with the same method and path, and every response of the routes we use validates
// against that description's schema. The negative tests prove these checks would catch a drift.
import { beforeAll, describe, expect, it } from 'vitest';
import { type ResponseRecord, ROUTES } from '../../../simulator/emulator/index.js';
import { emulator } from '../support.js';
import { OpenApiChecker } from './openapi-checker.js';
import { runWorkload, WORKFLOW } from './workload.js';

let checker: OpenApiChecker;

beforeAll(() => {
  checker = new OpenApiChecker();
});

describe('routes', () => {
  it('every route the emulator serves exists in GitHub’s OpenAPI description', () => {
    expect(checker.unknownRoutes(ROUTES)).toEqual([]);
    expect(ROUTES.length).toBeGreaterThan(60);
  });

  it('a route table with a bogus path or a wrong method fails the check', () => {
    const bogus = [
      ...ROUTES,
      { method: 'GET' as const, path: '/repos/{owner}/{repo}/incidents', handler: () => ({ status: 200 }) },
      { method: 'PUT' as const, path: '/repos/{owner}/{repo}/issues', handler: () => ({ status: 200 }) },
      { method: 'GET' as const, path: '/repos/{owner}/{repo}/issues/{number}', handler: () => ({ status: 200 }) },
    ];
    expect(checker.unknownRoutes(bogus)).toEqual([
      'GET /repos/{owner}/{repo}/incidents',
      'PUT /repos/{owner}/{repo}/issues',
      'GET /repos/{owner}/{repo}/issues/{number}',
    ]);
  });

  it('every route is unique', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('responses', () => {
  it('every response of a workload that calls every route validates against GitHub’s schemas', async () => {
    const responses: ResponseRecord[] = [];
    const e = await emulator({
      files: { '.github/workflows/escalation.yml': WORKFLOW, 'README.md': '# shop\n' },
      onResponse: (r) => responses.push(r),
    });
    await runWorkload(e);

    const problems = responses
      .map((r) => ({
        route: `${r.method} ${r.route} → ${r.status}`,
        errors: checker.check(r.method, r.route, r.status, r.body),
      }))
      .filter((p) => p.errors.length > 0);
    expect(problems).toEqual([]);

    const succeeded = new Set(responses.filter((r) => r.status < 300).map((r) => `${r.method} ${r.route}`));
    const untested = ROUTES.map((r) => `${r.method} ${r.path}`).filter((key) => !succeeded.has(key));
    expect(untested).toEqual([]);
    // The workload also meets GitHub's refusals, and those bodies are checked too.
    expect(new Set(responses.filter((r) => r.status >= 400).map((r) => r.status))).toEqual(
      new Set([403, 404, 409, 422, 405]),
    );
  });

  it('a comment without `user`, or an issue whose number is a string, fails the check', async () => {
    const responses: ResponseRecord[] = [];
    const e = await emulator({ onResponse: (r) => responses.push(r) });
    const { client, repo } = await import('../support.js');
    const gh = client(e);
    await gh.rest.issues.create({ ...repo, title: 'Checkout fails' });
    await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hello' });
    const comment = responses.find((r) => r.route.endsWith('/comments') && r.method === 'POST');
    const issue = responses.find((r) => r.route === '/repos/{owner}/{repo}/issues' && r.method === 'POST');
    if (!comment || !issue) throw new Error('workload did not run');
    expect(checker.check('POST', comment.route, 201, comment.body)).toEqual([]);

    const { user: _dropped, ...withoutUser } = comment.body as Record<string, unknown>;
    expect(checker.check('POST', comment.route, 201, withoutUser).join('\n')).toMatch(
      /must have required property 'user'/,
    );
    const stringly = { ...(issue.body as Record<string, unknown>), number: '1' };
    expect(checker.check('POST', issue.route, 201, stringly).join('\n')).toMatch(/\/number must be integer/);
    expect(checker.check('POST', issue.route, 200, issue.body)).toEqual([
      expect.stringMatching(/status 200 is not documented/),
    ]);
  });
});
