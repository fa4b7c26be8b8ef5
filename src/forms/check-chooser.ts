// Judges .github/ISSUE_TEMPLATE/config.yml, the template chooser's configuration.
import type { TemplateProblem } from './problems.js';
import { readTemplateYaml } from './problems.js';
import { isMapping } from './template.js';

export function checkTemplateChooserConfig(yamlText: string): TemplateProblem[] {
  const { data, list } = readTemplateYaml(yamlText);
  if (data === null) return list.problems;
  if (!isMapping(data)) {
    list.error([], 'config.yml is a YAML mapping (`blank_issues_enabled`, `contact_links`)');
    return list.problems;
  }
  for (const key of Object.keys(data)) {
    if (key !== 'blank_issues_enabled' && key !== 'contact_links')
      list.error([key], `\`${key}\` is not a permitted key`);
  }
  if (data.blank_issues_enabled !== undefined && typeof data.blank_issues_enabled !== 'boolean') {
    list.error(['blank_issues_enabled'], 'must be true or false');
  }
  const links = data.contact_links;
  if (links === undefined) return list.problems;
  if (!Array.isArray(links) || links.length === 0) {
    list.error(['contact_links'], 'must be a non-empty list of {name, url, about}');
    return list.problems;
  }
  links.forEach((link: unknown, i) => {
    if (!isMapping(link)) {
      list.error(['contact_links', i], 'a contact link is a mapping with `name`, `url` and `about`');
      return;
    }
    for (const key of Object.keys(link)) {
      if (!['name', 'url', 'about'].includes(key))
        list.error(['contact_links', i, key], `\`${key}\` is not a permitted key`);
    }
    for (const key of ['name', 'url', 'about']) {
      const value = link[key];
      if (typeof value !== 'string' || value.trim() === '')
        list.error(['contact_links', i, key], `\`${key}\` must be a non-empty string`);
      else if (key === 'url' && !/^https?:\/\//.test(value))
        list.error(['contact_links', i, key], 'must be an http(s) URL');
    }
  });
  return list.problems;
}
