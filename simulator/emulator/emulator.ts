// startEmulator: a stateful GitHub on loopback. The Emulator is both the server (url, tokens, clock,
// faults, request counts, notification receiver) and the "GitHub UI" its scenarios act through.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Access, Principal } from './access.js';
import type { Account } from './accounts.js';
import { EmulatorClock } from './clock.js';
import { Faults } from './faults.js';
import { Router, type RouteResponse } from './http/router.js';
import { createApiServer } from './http/server.js';
import {
  botScopes,
  DEFAULT_START,
  type EmulatorOptions,
  normalizeRepository,
  type RepositoryOptions,
} from './options.js';
import { RateLimits } from './rate-limits.js';
import { type Delivery, Receiver } from './receiver.js';
import type { AdvisoryRecord, DispatchRecord } from './repo/records.js';
import { Repository } from './repo/repository.js';
import { findWorkflow, workflowFiles, type WorkflowInfo, type WorkflowState } from './repo/workflows.js';
import { RequestCounter, type RequestRecord } from './requests.js';
import { graphqlRoute } from './routes/graphql.js';
import { ROUTES } from './routes/index.js';
import { type Snapshot, snapshotRepository } from './snapshot.js';
import { GitHubUi } from './ui.js';
import { renderThreadPage } from '../pages/thread-page.js';
import type { WebhookEvent } from './world.js';
import { World } from './world.js';

/** Who an unauthenticated request is (never a registered account, so it appears nowhere). */
const ANONYMOUS: Account = { login: '', id: 0, nodeId: '', type: 'User', name: '', email: '' };

export class Emulator extends GitHubUi {
  readonly clock: EmulatorClock;
  readonly faults: Faults;
  readonly receiver: Receiver;
  /** The token the action runs with (GITHUB_TOKEN): the bot, with write access to its own repository only. */
  readonly botToken: string;
  readonly bot: Account;
  url = '';
  port = 0;
  private server: Server | null = null;
  private readonly counter = new RequestCounter();

  constructor(private readonly options: EmulatorOptions = {}) {
    const clock = new EmulatorClock(options.start ?? DEFAULT_START);
    const main = normalizeRepository(options);
    const world = new World(clock, main.fullName);
    super(world, main.fullName);
    this.clock = clock;
    this.faults = new Faults(() => clock.now());
    this.receiver = new Receiver(() => clock.now());
    world.recordWebhooks = options.recordWebhooks !== false;
    if (options.webUrl) world.urls.web = options.webUrl.replace(/\/+$/, '');
    for (const [slug, members] of Object.entries(options.teams ?? {})) world.teams.set(slug, members);
    this.bot = options.bot?.login ? world.accounts.ensure(options.bot.login, 'Bot') : world.bot;
    this.botToken = world.accounts.tokenFor(this.bot.login, 'ghs_');
    this.addRepository(options);
    for (const extra of options.repositories ?? []) this.addRepository(extra);
  }

  /** Adds a repository (its owner, collaborators and initial commit); returns "owner/name". */
  addRepository(options: RepositoryOptions): string {
    const setup = normalizeRepository(options);
    const [owner] = setup.fullName.split('/') as [string];
    const ownerIsPerson = owner in setup.users;
    this.world.accounts.ensure(owner, ownerIsPerson ? 'User' : 'Organization');
    for (const login of Object.keys(setup.users)) this.world.accounts.ensure(login);
    const author = this.world.accounts.find(
      Object.entries(setup.users).find(([, a]) => a === 'admin')?.[0] ?? owner,
    ) as Account;
    const repo = new Repository(
      {
        ...setup,
        collaborators: setup.users,
        createdAt: this.clock.now(),
        author,
        ownerType: ownerIsPerson ? 'User' : 'Organization',
      },
      this.world.ids,
    );
    this.world.repos.set(setup.fullName.toLowerCase(), repo);
    return setup.fullName;
  }

  /** Creates an account (or changes its permission) on the main repository, or another one. */
  setPermission(login: string, access: Access, repository: string = this.repository): void {
    this.world.accounts.ensure(login);
    this.repo(repository).setRole(login, access);
  }

  /** A personal token for `login` (the bot's login gives the bot token). */
  tokenFor(login: string): string {
    if (login.toLowerCase() === this.bot.login.toLowerCase()) return this.botToken;
    if (!this.world.accounts.find(login)) throw new Error(`emulator: no such user ${login}; add it to users first`);
    return this.world.accounts.tokenFor(login);
  }

  protected principal(login: string): Principal {
    if (login.toLowerCase() === this.bot.login.toLowerCase()) {
      return { account: this.bot, kind: 'integration', repository: this.repository, scopes: botScopes(this.options) };
    }
    const account = this.world.accounts.find(login);
    if (!account) throw new Error(`emulator: no such user ${login}; add it to users first`);
    return { account, kind: 'user' };
  }

  private authenticate(header: string | undefined): Principal | null {
    if (!header) return { account: ANONYMOUS, kind: 'anonymous' };
    const token = header.replace(/^(token|bearer)\s+/i, '').trim();
    if (token === this.botToken) return this.principal(this.bot.login);
    const account = this.world.accounts.byTokenValue(token);
    return account ? { account, kind: 'user' } : null;
  }

  async listen(): Promise<this> {
    const server = createApiServer({
      world: this.world,
      router: new Router([...ROUTES, graphqlRoute]),
      faults: this.faults,
      requests: this.counter,
      receiver: this.receiver,
      rateLimits: new RateLimits(() => this.clock.nowMs(), this.options.enforceRateLimits === true),
      authenticate: (header) => this.authenticate(header),
      privateRoute: (method, pathname, body) => this.privateRoute(method, pathname, body),
      ...(this.options.onResponse ? { onResponse: this.options.onResponse } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}`;
    this.world.urls.api = this.url;
    return this;
  }

  private privateRoute(method: string, pathname: string, body: unknown): RouteResponse | undefined {
    if (pathname === '/_emulator/clock' && method === 'GET') return { status: 200, body: { now: this.clock.now() } };
    if (pathname === '/_emulator/clock' && method === 'POST') {
      const { set, advance } = (body ?? {}) as { set?: string; advance?: number };
      if (set !== undefined) this.clock.set(set);
      if (advance !== undefined) this.clock.advance(advance);
      return { status: 200, body: { now: this.clock.now() } };
    }
    if (pathname === '/_emulator/snapshot' && method === 'GET') return { status: 200, body: this.snapshot() };
    if (pathname === '/_emulator/requests' && method === 'GET') return { status: 200, body: this.requests };
    // The web view: every thread as GitHub shows it (simulator/pages/thread-page.ts), for a browser.
    if (pathname === '/_emulator/view' && method === 'GET') {
      const html = renderThreadPage({ ...this.snapshot(), runs: [], faults: [] }, this.world.urls.web);
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        raw: Buffer.from(html, 'utf8'),
      };
    }
    return undefined;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** API request counts by "METHOD /openapi/path/template" since the start or the last reset. */
  get requests(): Record<string, number> {
    return this.counter.snapshot();
  }

  /** Conditional requests GitHub answered 304 Not Modified, which do not count against the rate limit. */
  get notModified(): Record<string, number> {
    return this.counter.notModifiedSnapshot();
  }

  /** Every API request with its status, login and any injected fault. */
  get requestLog(): readonly RequestRecord[] {
    return this.counter.log;
  }

  resetRequests(): void {
    this.counter.reset();
  }

  get deliveries(): readonly Delivery[] {
    return this.receiver.deliveries;
  }

  /** The URL a notification channel posts to: /hooks/<channel>, or PagerDuty's enqueue endpoint. */
  hookUrl(channel: string): string {
    return channel === 'pagerduty'
      ? `${this.url}/pagerduty/v2/enqueue`
      : `${this.url}/hooks/${encodeURIComponent(channel)}`;
  }

  get dispatches(): readonly DispatchRecord[] {
    return this.repo().dispatches;
  }

  get advisories(): readonly AdvisoryRecord[] {
    return this.repo().advisories;
  }

  /** Every webhook event GitHub would have delivered, including those caused through the API. */
  get webhooks(): readonly WebhookEvent[] {
    return this.world.webhooks;
  }

  disableWorkflow(
    workflow: string,
    reason: 'disabled_manually' | 'disabled_inactivity' = 'disabled_manually',
    repository?: string,
  ): void {
    const repo = this.repo(repository);
    repo.disabledWorkflows.set(findWorkflow(repo, this.clock.now(), workflow).path, reason);
  }

  /** The default branch's head commit and its .github/workflows files (path → text), cheaper than a snapshot. */
  defaultBranchWorkflows(repository?: string): { sha: string | null; files: Map<string, string> } {
    const repo = this.repo(repository);
    return { sha: repo.branchSha(repo.defaultBranch) ?? null, files: workflowFiles(repo, repo.defaultBranch) };
  }

  /** A workflow's state as the Actions API reports it: active, disabled_manually or disabled_inactivity. */
  workflowState(workflow: string, repository?: string): WorkflowState {
    return this.workflow(workflow, repository).state;
  }

  /** A workflow as the emulator knows it: state, triggers and `on.schedule` crons. */
  workflow(workflow: string, repository?: string): WorkflowInfo {
    return findWorkflow(this.repo(repository), this.clock.now(), workflow);
  }

  enableWorkflow(workflow: string, repository?: string): void {
    const repo = this.repo(repository);
    repo.disabledWorkflows.delete(findWorkflow(repo, this.clock.now(), workflow).path);
  }

  snapshot(repository?: string): Snapshot {
    return snapshotRepository(this.repo(repository), {
      now: this.clock.now(),
      requests: this.requests,
      deliveries: this.receiver.deliveries,
    });
  }
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return new Emulator(options).listen();
}
