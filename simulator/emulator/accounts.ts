// Accounts (users, the bot, the owning organization) and the tokens that authenticate as them.
import { createHash } from 'node:crypto';

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface Account {
  login: string;
  id: number;
  nodeId: string;
  type: AccountType;
  /** The name and email git commits made through the API carry. */
  name: string;
  email: string;
}

/** The identity `GITHUB_TOKEN` acts as, with GitHub's real id. */
export const GITHUB_ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  nodeId: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

const NODE_PREFIX: Record<AccountType, string> = { User: 'U_kgDO', Bot: 'BOT_kgDO', Organization: 'O_kgDO' };

export class Accounts {
  private readonly byLogin = new Map<string, Account>();
  private readonly byToken = new Map<string, Account>();
  private readonly tokenOf = new Map<string, string>();
  private nextId = 1_000_001;

  constructor(private readonly seed: string) {}

  /** The account for `login`, creating it on first mention (logins are case-insensitive on GitHub). */
  ensure(login: string, type: AccountType = 'User'): Account {
    const existing = this.find(login);
    if (existing) return existing;
    const id = this.nextId++;
    const account: Account = {
      login,
      id,
      nodeId: NODE_PREFIX[type] + Buffer.from(String(id)).toString('base64url'),
      type,
      name: login,
      email: `${id}+${login}@users.noreply.github.com`,
    };
    this.add(account);
    return account;
  }

  add(account: Account): Account {
    this.byLogin.set(account.login.toLowerCase(), account);
    return account;
  }

  find(login: string): Account | undefined {
    return this.byLogin.get(login.toLowerCase());
  }

  /** A stable token per login: the same scenario prints the same tokens every time. */
  tokenFor(login: string, prefix = 'ghp_'): string {
    const account = this.find(login);
    if (!account) throw new Error(`emulator: no such user ${login}`);
    const known = this.tokenOf.get(account.login);
    if (known) return known;
    const token = prefix + createHash('sha256').update(`${this.seed}:${account.login}`).digest('hex').slice(0, 36);
    this.tokenOf.set(account.login, token);
    this.byToken.set(token, account);
    return token;
  }

  byTokenValue(token: string): Account | undefined {
    return this.byToken.get(token);
  }

  /** The account whose noreply address (or name) a commit carries, for the `author` of a commit. */
  byEmail(email: string): Account | undefined {
    for (const account of this.byLogin.values()) if (account.email === email) return account;
    return undefined;
  }

  all(): Account[] {
    return [...this.byLogin.values()];
  }
}
