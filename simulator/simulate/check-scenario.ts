// Checks a parsed scenario against the files its repository starts with, before any step runs: forms
// and their answers (check-answers.ts), who acts, which issue and pull request numbers can exist by
// each step, redeliveries, labels, dispatched workflows and the order of times. Every problem points at
// its line and column in the scenario's YAML.
import { parse as parseYaml } from 'yaml';
import { closest, didYouMean } from '../../src/config/closest-key.js';
import type { PathSegment } from '../../src/config/problems.js';
import { locatorFor, type Anchor } from '../../src/config/yaml-locator.js';
import { GITHUB_ACTIONS_BOT } from '../emulator/accounts.js';
import { FormTemplateError, parseFormTemplate } from '../../src/forms/index.js';
import { globMatch } from '../harness/workflows.js';
import { checkAnswers } from './check-answers.js';
import type { Scenario, Step, StepAction } from './scenario.js';

export interface ScenarioProblem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
}

const FORMS = '.github/ISSUE_TEMPLATE/';
const WORKFLOWS = '.github/workflows/';
/** Steps whose events can start no run. */
// Steps that deliver no event, so start no run (GitHub's deployment and release events start none of Firebreak's workflows).
const QUIET = new Set(['wait', 'fault', 'deploy', 'release']);

/** `file:line:col: message` (warnings marked), in file order. */
export function formatScenarioProblems(problems: readonly ScenarioProblem[], file: string): string {
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((p) => `${file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`)
    .join('\n');
}

/**
 * Every problem, not just the first. `files` is the default branch before the first step (the installed
 * forms and workflows plus the scenario's `files:`); `push` steps to it are followed.
 */
export function checkScenario(
  scenario: Scenario,
  text: string,
  files: Readonly<Record<string, string>>,
): ScenarioProblem[] {
  const locate = locatorFor(text);
  const raw = rawSteps(text);
  const problems: ScenarioProblem[] = [];
  const report = (
    path: PathSegment[],
    anchor: Anchor,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ): void => {
    const { line, column } = locate(path, anchor);
    problems.push({ severity, line, column, message });
  };
  const branch = { ...files };
  const people = [
    ...Object.keys(scenario.users),
    ...Object.values(scenario.repositories).flatMap((r) => Object.keys(r.users)),
  ];
  const numbers = new IssueNumbers();
  // A step may come before `start` (it happens at the start: a fault set up before the filing).
  let previous: { at: Date; what: string } | null = null;

  for (const step of scenario.steps) {
    const stepPath: PathSegment[] = ['steps', step.index - 1];
    const where = `step ${step.index}`;
    if (previous && step.at < previous.at)
      report(
        [...stepPath, 'at'],
        'value',
        `${where}: at ${step.at.toISOString()} is before ${previous.what}: the clock cannot go back (for a later day, use an ISO time or +DURATION)`,
      );
    previous = { at: step.at, what: `step ${step.index} (${step.at.toISOString()})` };

    step.actions.forEach((action, j) => {
      const path = actionPath(raw[step.index - 1], step, j, action);
      const value = valueAt(raw[step.index - 1], path.slice(2)) as Record<string, unknown> | undefined;
      if (
        'as' in action &&
        !people.some((p) => p.toLowerCase() === action.as.toLowerCase()) &&
        action.as.toLowerCase() !== GITHUB_ACTIONS_BOT.login
      ) {
        report(
          [...path, 'as'],
          'value',
          `${where}: ${action.as} is not in users${didYouMean(action.as, people)}; add them to users: with a permission (read, triage, write, maintain or admin)`,
        );
      }
      const bound = (key: 'issue' | 'pull', n: number): void => {
        const problem = key === 'pull' ? numbers.pullProblem(n) : numbers.issueProblem(n);
        if (problem) report([...path, key], 'value', `${where}: ${problem}`);
      };
      switch (action.kind) {
        case 'file-incident':
          checkFiling(action, branch, scenario.visibility, path, where, report);
          numbers.opened(step.index);
          break;
        case 'open-issue':
          numbers.opened(step.index);
          break;
        case 'comment':
        case 'edit-comment':
        case 'edit-issue':
        case 'reopen':
          bound('issue', action.issue);
          break;
        case 'close':
          bound('issue', action.issue);
          numbers.closed();
          break;
        case 'assign':
          bound('issue', action.issue);
          break;
        case 'delete-issue':
          bound('issue', action.issue);
          if (scenario.users[action.as] !== 'admin')
            report(
              [...path, 'as'],
              'value',
              `${where}: only admins may delete issues on GitHub, and ${action.as} is ${scenario.users[action.as] ?? 'not a collaborator'}`,
            );
          break;
        case 'transfer-issue':
          bound('issue', action.issue);
          if (!(action.to in scenario.repositories))
            report(
              [...path, 'to'],
              'value',
              `${where}: ${action.to} is not one of the scenario's repositories${didYouMean(action.to, Object.keys(scenario.repositories))}; add it under repositories:`,
            );
          break;
        case 'label':
          bound('issue', action.issue);
          for (const key of ['add', 'remove'] as const) {
            const label = value?.[key];
            if (label === undefined) continue;
            if (typeof label !== 'string')
              report([...path, key], 'value', `${where}: label.${key} takes one label name as text`);
            else if (label.trim() === '')
              report([...path, key], 'value', `${where}: label.${key} is empty: name a label`);
          }
          break;
        case 'merge':
          bound('pull', action.pull);
          break;
        case 'open-pull':
          numbers.openedPull();
          break;
        case 'redeliver':
          if (action.step >= step.index)
            report(
              [...path, 'step'],
              'value',
              `${where}: redeliver can only repeat an earlier step's events, not step ${action.step}${action.step > scenario.steps.length ? ` (the scenario has ${scenario.steps.length})` : ''}`,
            );
          break;
        case 'dispatch':
          checkWorkflow(action.workflow, branch, [...path, 'workflow'], where, report);
          break;
        case 'push':
          if (action.branch === 'main') applyPush(branch, action);
          break;
        default:
          break;
      }
    });
    if (step.actions.some((a) => !QUIET.has(a.kind))) numbers.ran(step.actions.some((a) => a.kind === 'merge'));
  }
  return problems;
}

/**
 * Which numbers can exist. Issues and pull requests share one sequence. People open issues in the
 * scenario's steps; Firebreak opens at most one postmortem pull request per incident (another only after
 * someone closes one), and files action items as issues when a postmortem merges — after a merge anything
 * goes. So a number is flagged only when it certainly cannot exist yet.
 */
class IssueNumbers {
  private people = 0;
  private closes = 0;
  /** Numbers Firebreak may have taken so far (Infinity after a merge). */
  private firebreak = 0;
  /** Numbers taken while Firebreak could have taken none: certainly people's issues, and the step that opened each. */
  private readonly issues = new Map<number, number>();
  /** Numbers certainly of people's pull requests. */
  private readonly pulls = new Set<number>();

  opened(step: number): void {
    this.people++;
    if (this.firebreak === 0) this.issues.set(this.people, step);
  }

  closed(): void {
    this.closes++;
  }

  /** A person opened a pull request: it takes the next number. */
  openedPull(): void {
    this.people++;
    if (this.firebreak === 0) this.pulls.add(this.people);
  }

  /** The step's runs happened: each incident may have its postmortem pull request now. */
  ran(merged: boolean): void {
    this.firebreak =
      merged || this.firebreak === Infinity ? Infinity : Math.max(this.firebreak, this.people * (1 + this.closes));
  }

  private get most(): number {
    return this.people + this.firebreak;
  }

  issueProblem(n: number): string | null {
    if (n <= this.most) return null;
    return this.most === 0
      ? `#${n} cannot exist yet: no issue has been opened before this step`
      : `#${n} cannot exist yet: by this step at most ${this.most} issues and pull requests can exist (${this.counts()})`;
  }

  pullProblem(n: number): string | null {
    const filed = this.issues.get(n);
    if (filed !== undefined) return `#${n} is the issue opened at step ${filed}, not a pull request`;
    if (this.pulls.has(n)) return null;
    if (this.firebreak === 0)
      return `no pull request can exist yet: Firebreak opens postmortem pull requests only in runs after an incident is filed`;
    return this.issueProblem(n);
  }

  private counts(): string {
    return `${this.people} opened by the scenario, at most ${this.firebreak} by Firebreak`;
  }
}

type Report = (path: PathSegment[], anchor: Anchor, message: string, severity?: 'error' | 'warning') => void;

function checkFiling(
  action: Extract<StepAction, { kind: 'file-incident' }>,
  branch: Record<string, string>,
  visibility: 'public' | 'private',
  path: PathSegment[],
  where: string,
  report: Report,
): void {
  const text = branch[`${FORMS}${action.form}`];
  if (text === undefined) {
    const forms = Object.keys(branch)
      .filter((p) => p.startsWith(FORMS) && /\.ya?ml$/.test(p) && !/\/config\.ya?ml$/.test(p))
      .map((p) => p.slice(FORMS.length));
    report(
      [...path, 'form'],
      'value',
      `${where}: there is no issue form ${FORMS}${action.form}${didYouMean(action.form, forms)}; the forms: ${forms.join(', ') || 'none (install: false, and files: adds none)'}`,
    );
    return;
  }
  let template;
  try {
    template = parseFormTemplate(text);
  } catch (error) {
    if (!(error instanceof FormTemplateError)) throw error;
    report(
      [...path, 'form'],
      'value',
      `${where}: ${FORMS}${action.form} is not a form GitHub can show: ${error.problems.join('; ')}`,
    );
    return;
  }
  for (const problem of checkAnswers(template, action.form, action.fields, visibility)) {
    const at = problem.field === null ? [...path, 'fields'] : [...path, 'fields', problem.field];
    report(at, problem.anchor, `${where}: ${problem.message}`, problem.severity);
  }
}

function checkWorkflow(
  workflow: string,
  branch: Record<string, string>,
  path: PathSegment[],
  where: string,
  report: Report,
): void {
  if (/^\d+$/.test(workflow) || `${WORKFLOWS}${workflow}` in branch || workflow in branch) return;
  const names = Object.keys(branch)
    .filter((p) => p.startsWith(WORKFLOWS))
    .map((p) => p.slice(WORKFLOWS.length));
  const guess = closest(workflow, names);
  report(
    path,
    'value',
    `${where}: there is no workflow ${WORKFLOWS}${workflow}${guess ? ` (did you mean \`${guess}\`?)` : ''}; the workflows: ${names.join(', ') || 'none'}`,
  );
}

/** A push to the default branch: later filings use the forms it writes. */
function applyPush(branch: Record<string, string>, action: Extract<StepAction, { kind: 'push' }>): void {
  for (const [pattern, replacements] of Object.entries(action.replace)) {
    for (const path of Object.keys(branch).filter((p) => globMatch(pattern, p))) {
      let text = branch[path] ?? '';
      for (const [from, to] of Object.entries(replacements)) text = text.split(from).join(to);
      branch[path] = text;
    }
  }
  for (const [path, content] of Object.entries(action.files)) {
    if (content === null) delete branch[path];
    else branch[path] = content;
  }
}

function rawSteps(text: string): unknown[] {
  try {
    const doc = parseYaml(text) as { steps?: unknown } | null;
    return Array.isArray(doc?.steps) ? doc.steps : [];
  } catch {
    return [];
  }
}

/** Where an action is written: steps[i].kind, steps[i].burst[j].kind, steps[i].concurrent[j].kind or steps[i].concurrent.steps[j].kind. */
function actionPath(raw: unknown, step: Step, j: number, action: StepAction): PathSegment[] {
  const base: PathSegment[] = ['steps', step.index - 1];
  if (step.burst) return [...base, 'burst', j, action.kind];
  if (step.concurrent) {
    const concurrent = (raw as { concurrent?: unknown } | undefined)?.concurrent;
    return Array.isArray(concurrent)
      ? [...base, 'concurrent', j, action.kind]
      : [...base, 'concurrent', 'steps', j, action.kind];
  }
  return [...base, action.kind];
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let node = raw;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
