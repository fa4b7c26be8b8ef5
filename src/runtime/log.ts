// Structured job log: a `[#123]` prefix on every line about an incident, a group per incident, and a
// tally of what was done, left, failed and not delivered, written at the end to the log and the job
// summary. Failures (writes, deliveries, incidents that could not be reconciled) make the job red.

export interface LogSink {
  info(line: string): void;
  warning(line: string): void;
  error(line: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface Outcome {
  incident: number | null;
  done: string[];
  skipped: string[];
  left: string[];
  failed: string[];
  /** Notifications a channel did not accept; the next run retries them. */
  undelivered: string[];
}

export interface Totals {
  done: number;
  skipped: number;
  left: number;
  failed: number;
  undelivered: number;
  /** Incidents the run could not reconcile at all (an error outside any one write). */
  errors: number;
}

export class RunLog {
  readonly outcomes: Outcome[] = [];
  /** Run-level failures: one line each, for the job's failure message. */
  readonly errors: string[] = [];

  constructor(private readonly sink: LogSink) {}

  info(line: string): void {
    this.sink.info(line);
  }

  warning(line: string): void {
    this.sink.warning(line);
  }

  error(line: string): void {
    this.sink.error(line);
  }

  /** An error that leaves work undone (the job ends red; the next run retries). */
  fail(line: string): void {
    this.errors.push(line);
    this.sink.error(line);
  }

  /** Runs `work` inside a log group for one incident, with every line prefixed. */
  async incident<T>(number: number, work: (log: IncidentLog) => Promise<T>): Promise<T> {
    const outcome: Outcome = { incident: number, done: [], skipped: [], left: [], failed: [], undelivered: [] };
    this.outcomes.push(outcome);
    this.sink.startGroup(`Incident #${number}`);
    try {
      return await work(new IncidentLog(this.sink, number, outcome));
    } finally {
      this.sink.endGroup();
    }
  }

  totals(): Totals {
    const sum = (pick: (o: Outcome) => string[]) => this.outcomes.reduce((n, o) => n + pick(o).length, 0);
    return {
      done: sum((o) => o.done),
      skipped: sum((o) => o.skipped),
      left: sum((o) => o.left),
      failed: sum((o) => o.failed),
      undelivered: sum((o) => o.undelivered),
      errors: this.errors.length,
    };
  }

  /** Why the job must end red, or null: failed writes, undelivered notifications, unreconciled incidents. */
  failure(): string | null {
    const t = this.totals();
    const parts = [
      t.failed > 0 ? `${t.failed} write(s) failed` : '',
      t.undelivered > 0 ? `${t.undelivered} notification(s) were not delivered` : '',
      t.errors > 0
        ? `${t.errors} incident(s) could not be brought up to date (${this.errors.map((e) => e.slice(0, 200)).join('; ')})`
        : '',
    ].filter(Boolean);
    return parts.length > 0 ? `${parts.join(', ')}; see the log. The next run retries them.` : null;
  }

  /** Markdown for the job summary. */
  summaryMarkdown(title: string): string {
    const rows = this.outcomes.map(
      (o) =>
        `| #${o.incident} | ${o.done.length} | ${o.skipped.length} | ${o.left.length} | ${o.failed.length} | ${cell([...o.failed, ...o.undelivered, ...o.left].join('; '))} |`,
    );
    const t = this.totals();
    return [
      `### ${title}`,
      '',
      `${t.done} done, ${t.skipped} already done, ${t.left} left for the next run, ${t.failed} failed${t.undelivered > 0 ? `, ${t.undelivered} notification(s) not delivered` : ''}.`,
      ...(this.errors.length > 0 ? ['', ...this.errors.map((e) => `- ${cell(e)}`)] : []),
      '',
      ...(rows.length > 0
        ? ['| incident | done | already done | left | failed | notes |', '|---|---|---|---|---|---|', ...rows]
        : []),
      '',
    ].join('\n');
  }
}

export class IncidentLog {
  constructor(
    private readonly sink: LogSink,
    readonly number: number,
    readonly outcome: Outcome,
  ) {}

  info(line: string): void {
    this.sink.info(`[#${this.number}] ${line}`);
  }

  warning(line: string): void {
    this.sink.warning(`[#${this.number}] ${line}`);
  }

  done(what: string): void {
    this.outcome.done.push(what);
    this.info(`done: ${what}`);
  }

  skipped(what: string): void {
    this.outcome.skipped.push(what);
    this.info(`already done: ${what}`);
  }

  left(what: string): void {
    this.outcome.left.push(what);
    this.info(`left for the next run: ${what}`);
  }

  failed(what: string, why: string): void {
    this.outcome.failed.push(`${what}: ${why}`);
    this.sink.error(`[#${this.number}] failed: ${what}: ${why}`);
  }

  /** A notification the channel did not accept; the next run retries it. */
  undelivered(what: string, why: string): void {
    this.outcome.undelivered.push(`${what}: ${why}`);
    this.sink.warning(`[#${this.number}] ${what} failed: ${why}; the next run retries it`);
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 300);
}
