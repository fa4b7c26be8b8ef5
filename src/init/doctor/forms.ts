// The issue forms people file incidents with, and the labels Firebreak and the forms apply. GitHub reads
// both from the default branch; a form's `labels:` are applied only when the label exists.
import type { Config } from '../../config/types.js';
import { SECURITY_TYPE_FIELD, SEVERITY_FIELD } from '../../domain/classification/index.js';
import {
  checkFormTemplate,
  checkTemplateChooserConfig,
  parseFormTemplate,
  type FormTemplate,
} from '../../forms/index.js';
import type { GitHubGateway, LabelInfo, RepoRef } from '../../github/gateway.js';
import { firebreakLabels, missingLabels } from '../labels.js';
import { type CheckItem, fail, ok, warn } from './checklist.js';

const DIRECTORY = '.github/ISSUE_TEMPLATE';

interface FirebreakForm {
  file: string;
  /** The field Firebreak reads first from it. */
  field: string;
  /** Without it Firebreak's intake is broken (✗); otherwise one way in is missing (!). */
  essential: boolean;
  missing: string;
}

const FORMS: readonly FirebreakForm[] = [
  {
    file: 'incident.yml',
    field: SEVERITY_FIELD,
    essential: true,
    missing: 'people cannot file an incident from the "New issue" page',
  },
  {
    file: 'security-incident.yml',
    field: SECURITY_TYPE_FIELD,
    essential: false,
    missing: 'security incidents have no form of their own (restricted handling, breach deadlines)',
  },
];

export interface FormsReading {
  items: CheckItem[];
  /** The labels the forms that parse apply to new issues. */
  formLabels: string[];
}

export async function formItems(gateway: GitHubGateway, repo: RepoRef): Promise<FormsReading> {
  const items: CheckItem[] = [];
  const formLabels: string[] = [];
  for (const form of FORMS) {
    const path = `${DIRECTORY}/${form.file}`;
    const text = await read(gateway, path);
    if (text instanceof Error) {
      items.push(warn(`${path}: could not read it`, text.message));
      continue;
    }
    if (text === null) {
      items.push(
        (form.essential ? fail : warn)(
          `${path} is missing`,
          `Without it ${form.missing}. Add it with \`firebreak init\`.`,
        ),
      );
      continue;
    }
    const errors = checkFormTemplate(text).filter((p) => p.severity === 'error');
    let template: FormTemplate | null = null;
    try {
      template = parseFormTemplate(text);
    } catch (error) {
      errors.push({ severity: 'error', path: '', line: null, message: (error as Error).message });
    }
    if (errors.length > 0 || template === null) {
      items.push(
        fail(
          `${path} is not a valid issue form: GitHub does not offer it`,
          ...errors.map(
            (p) => `${p.line === null ? '' : `line ${p.line}: `}${p.path ? `${p.path}: ` : ''}${p.message}`,
          ),
        ),
      );
      continue;
    }
    formLabels.push(...template.labels);
    if (!template.fields.some((f) => f.id === form.field)) {
      items.push(
        warn(
          `${path} has no \`${form.field}\` field`,
          `Firebreak reads the answer with id \`${form.field}\`; without it the answer is not used.`,
        ),
      );
      continue;
    }
    items.push(ok(`${path} is a valid issue form (${template.fields.length} fields)`));
  }
  items.push(await chooserItem(gateway, repo));
  return { items, formLabels };
}

/** config.yml: the "New issue" chooser, whose link sends security reports to private reporting. */
async function chooserItem(gateway: GitHubGateway, repo: RepoRef): Promise<CheckItem> {
  const path = `${DIRECTORY}/config.yml`;
  const text = await read(gateway, path);
  if (text instanceof Error) return warn(`${path}: could not read it`, text.message);
  if (text === null)
    return warn(
      `${path} is missing`,
      'The "New issue" page has no link to report a vulnerability privately. Add it with `firebreak init`.',
    );
  const errors = checkTemplateChooserConfig(text).filter((p) => p.severity === 'error');
  if (errors.length > 0)
    return fail(
      `${path} is not valid: GitHub ignores it`,
      ...errors.map((p) => `${p.line === null ? '' : `line ${p.line}: `}${p.path}: ${p.message}`),
    );
  if (/\/OWNER\/REPO\//.test(text)) {
    return warn(
      `${path} still links to OWNER/REPO`,
      `Replace it with ${repo.owner}/${repo.repo}, or run \`firebreak init --force --repo ${repo.owner}/${repo.repo}\` to write it again.`,
    );
  }
  return ok(`${path} is valid`);
}

async function read(gateway: GitHubGateway, path: string): Promise<string | null | Error> {
  try {
    return (await gateway.getFile(path))?.content ?? null;
  } catch (error) {
    return error as Error;
  }
}

/** Labels the configuration names, and those the forms apply (which must exist before anyone files). */
export async function labelsItem(
  gateway: GitHubGateway,
  config: Config,
  formLabels: readonly string[],
): Promise<CheckItem> {
  let existing: LabelInfo[];
  try {
    existing = await gateway.listLabels();
  } catch (error) {
    return warn('could not list the labels', (error as Error).message);
  }
  const wanted = firebreakLabels(config);
  const missing = missingLabels(wanted, existing).map((l) => l.name);
  const formMissing = missingLabels(
    [...new Set(formLabels)].map((name) => ({ name, color: '', description: '' })),
    existing,
  ).map((l) => l.name);
  const others = missing.filter((name) => !formMissing.some((f) => f.toLowerCase() === name.toLowerCase()));
  const create = 'Create them with `firebreak init` (it keeps the files that exist unless given --force).';
  if (formMissing.length > 0) {
    return fail(
      `the forms apply labels that do not exist: ${formMissing.join(', ')}`,
      'GitHub skips a form label that does not exist, so incidents filed from the form are not recognised as incidents.',
      ...(others.length > 0 ? [`Also missing: ${others.join(', ')}.`] : []),
      create,
    );
  }
  if (missing.length > 0) {
    return warn(
      `${missing.length} of Firebreak's ${wanted.length} labels are missing: ${missing.join(', ')}`,
      'The action creates a label the first time it needs it, with the colour from the configuration.',
      create,
    );
  }
  return ok(`all ${wanted.length} labels exist`);
}
