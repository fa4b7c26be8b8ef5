// Everything the emulator knows, shared by the HTTP routes and the "GitHub UI" actions: the clock,
// accounts and tokens, repositories, and the log of webhook events GitHub would have delivered.
import type { Principal } from './access.js';
import { type Account, Accounts, GITHUB_ACTIONS_BOT } from './accounts.js';
import type { EmulatorClock } from './clock.js';
import { notFound } from './errors.js';
import { Ids } from './ids.js';
import type { Repository } from './repo/repository.js';

export interface Urls {
  /** Base of every API url in responses, e.g. http://127.0.0.1:41234 */
  api: string;
  /** Base of html_url fields. */
  web: string;
}

export interface WebhookEvent {
  /** X-GitHub-Delivery. */
  id: string;
  /** X-GitHub-Event: issues, issue_comment, pull_request, workflow_dispatch, schedule, … */
  name: string;
  action?: string;
  payload: Record<string, unknown>;
  at: string;
  sender: string;
  /**
   * Whether GitHub would start workflow runs for it: events caused by GITHUB_TOKEN do not, except
   * workflow_dispatch and repository_dispatch.
   */
  triggersWorkflows: boolean;
}

export class World {
  readonly ids = new Ids();
  readonly accounts: Accounts;
  readonly repos = new Map<string, Repository>();
  readonly webhooks: WebhookEvent[] = [];
  readonly bot: Account = GITHUB_ACTIONS_BOT;
  readonly teams = new Map<string, string[]>();
  urls: Urls = { api: 'http://127.0.0.1', web: 'https://github.com' };
  /** Whether `webhooks` keeps every event (large runs may turn it off; UI actions still return theirs). */
  recordWebhooks = true;
  private listeners: ((event: WebhookEvent) => void)[] = [];

  constructor(
    readonly clock: EmulatorClock,
    seed: string,
  ) {
    this.accounts = new Accounts(seed);
    this.accounts.add(this.bot);
  }

  now(): string {
    return this.clock.now();
  }

  repository(owner: string, name: string): Repository {
    const repo = this.repos.get(`${owner}/${name}`.toLowerCase());
    if (!repo) throw notFound();
    return repo;
  }

  account(login: string): Account {
    const account = this.accounts.find(login);
    if (!account) throw notFound();
    return account;
  }

  emit(event: Omit<WebhookEvent, 'id' | 'at'>): WebhookEvent {
    const id = this.ids.take('delivery');
    const full: WebhookEvent = { id: deliveryGuid(id), at: this.now(), ...event };
    if (this.recordWebhooks) this.webhooks.push(full);
    for (const listener of this.listeners) listener(full);
    return full;
  }

  /** Collects the events `action` causes — how a UI action returns what GitHub would deliver. */
  capture<T>(action: () => T): { result: T; events: WebhookEvent[] } {
    const events: WebhookEvent[] = [];
    const listener = (e: WebhookEvent): void => {
      events.push(e);
    };
    this.listeners.push(listener);
    try {
      return { result: action(), events };
    } finally {
      this.listeners = this.listeners.filter((l) => l !== listener);
    }
  }
}

/** Whether events caused by this principal start workflow runs (GITHUB_TOKEN's do not). */
export const triggersWorkflows = (actor: Principal): boolean => actor.kind !== 'integration';

const deliveryGuid = (n: number): string => {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
};
