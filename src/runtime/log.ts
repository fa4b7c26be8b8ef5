// Structured job log: a `[#123]` prefix on every line about an incident, a group per incident, and a
// tally of what was done and what was left, written at the end to the log and the job summary.

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
}

export class RunLog {
  readonly outcomes: Outcome[] = [];

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

  /** Runs `work` inside a log group for one incident, with every line prefixed. */
  async incident<T>(number: number, work: (log: IncidentLog) => Promise<T>): Promise<T> {
    const outcome: Outcome = { incident: number, done: [], skipped: [], left: [], failed: [] };
    this.outcomes.push(outcome);
    this.sink.startGroup(`Incident #${number}`);
    try {
      return await work(new IncidentLog(this.sink, number, outcome));
    } finally {
      this.sink.endGroup();
    }
  }

  totals(): { done: number; skipped: number; left: number; failed: number } {
    const sum = (pick: (o: Outcome) => string[]) => this.outcomes.reduce((n, o) => n + pick(o).length, 0);
    return { done: sum((o) => o.done), skipped: sum((o) => o.skipped), left: sum((o) => o.left), failed: sum((o) => o.failed) };
  }

  /** Markdown for the job summary. */
  summaryMarkdown(title: string): string {
    const rows = this.outcomes.map(
      (o) => `| #${o.incident} | ${o.done.length} | ${o.skipped.length} | ${o.left.length} | ${o.failed.length} | ${cell([...o.failed, ...o.left].join('; '))} |`,
    );
    const t = this.totals();
    return [
      `### ${title}`,
      '',
      `${t.done} done, ${t.skipped} already done, ${t.left} left for the next run, ${t.failed} failed.`,
      '',
      ...(rows.length > 0 ? ['| incident | done | already done | left | failed | notes |', '|---|---|---|---|---|---|', ...rows] : []),
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
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 300);
}
