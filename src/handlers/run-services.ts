// What every handler gets: the gateway, inputs, clock, log, and the per-run caches (configuration,
// templates, labels) loaded once and only when needed.
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/index.js';
import { brokenFailure, brokenKey } from '../config/last-good.js';
import type { GitHubGateway, RepoInfo } from '../github/gateway.js';
import { TemplateRegistry } from '../render/registry.js';
import type { Clock } from '../runtime/clock.js';
import type { RunContext } from '../runtime/context.js';
import type { Inputs } from '../runtime/inputs.js';
import type { RunLog } from '../runtime/log.js';
import type { ConfigStamp } from '../state/config-stamp.js';
import { Budget, LabelCache } from '../executor/execute.js';
import { loadConfigInUse, type ConfigInUse } from './last-good-config.js';

export interface RunServices {
  inputs: Inputs;
  context: RunContext;
  clock: Clock;
  log: RunLog;
  gateway: GitHubGateway;
  /** A second gateway on the postmortem token, when it differs from repo-token. */
  postmortemGateway?: GitHubGateway;
  /** A gateway on repo-token for another repository ("owner/name"), e.g. the private security repository. */
  otherRepository?: (fullName: string) => GitHubGateway;
  /** Watch mode never runs past this instant (simulate: the next step's time). */
  watchUntil?: Date | null;
  /** How often a watching run asks whether the issue changed (ms; null or absent: never; the real world: 30 s). */
  watchPollMs?: number | null;
  /** PagerDuty's Events API v2 endpoint, when not the public one (World.pagerDutyUrl). */
  pagerDutyUrl?: string | null;
  /** The environment, for channel secrets named in the configuration. Never logged. */
  secrets: NodeJS.ProcessEnv;
}

export type LoadedSettings = ConfigInUse;

export class RunCache {
  private settings: Promise<LoadedSettings> | null = null;
  private loaded: LoadedSettings | null = null;
  private templates: Promise<TemplateRegistry> | null = null;
  private repo: Promise<RepoInfo> | null = null;
  readonly labels = new LabelCache();
  /** Unique to this run (see ExecutionContext.runToken). */
  readonly runToken = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  readonly budget: Budget;

  constructor(private readonly services: RunServices) {
    this.budget = new Budget(services.inputs.operationsBudget);
  }

  repoInfo(): Promise<RepoInfo> {
    this.repo ??= this.services.gateway.getRepo();
    return this.repo;
  }

  /** The gateway for postmortem pull requests: the postmortem token's, so the pull request's checks run. */
  postmortemGateway(): GitHubGateway {
    return this.services.postmortemGateway ?? this.services.gateway;
  }

  /**
   * The configuration in use: the file on the default branch or, when it has errors, its last version
   * that validated (last-good-config.ts). Loaded once per run.
   */
  loadSettings(): Promise<LoadedSettings> {
    this.settings ??= loadConfigInUse(
      this.services.gateway,
      this.services.inputs.configPath,
      async () => (await this.repoInfo()).defaultBranch,
      this.services.log,
    ).then((settings) => {
      this.loaded = settings;
      return settings;
    });
    return this.settings;
  }

  /** Why the job must end red because of the configuration (null when it loaded, or was never read). */
  configFailure(): string | null {
    return this.loaded?.broken ? brokenFailure(this.loaded.broken) : null;
  }

  /**
   * The configuration stamp for the schedule index's next write: set when this run validated the file in
   * full and the index holds no stamp of it (handlers/last-good-config.ts), so the next run reads it from there.
   */
  configStamp(): ConfigStamp | null {
    return this.loaded?.stamp ?? null;
  }

  /** The notice key of the broken configuration version in use (null when the configuration loaded). */
  configKey(): string | null {
    return this.loaded?.broken ? brokenKey(this.loaded.broken) : null;
  }

  /** Default templates plus the repository's overrides (one directory listing, then one read per override). */
  loadTemplates(config: Config): Promise<TemplateRegistry> {
    this.templates ??= (async () => {
      const { gateway, log } = this.services;
      const paths = (await gateway.listDirectory(config.templatesDirectory)).filter((p) => p.endsWith('.md'));
      const overrides: Record<string, string> = {};
      for (const path of paths) {
        const file = await gateway.getFile(path);
        if (file) overrides[path] = file.content;
      }
      const registry = TemplateRegistry.defaults().withOverrides(overrides, config.templatesDirectory);
      for (const warning of registry.warnings) log.warning(warning);
      return registry;
    })();
    return this.templates;
  }
}
