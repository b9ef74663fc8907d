import { join } from 'node:path';
import { resourcesDir } from '../../app/paths';
import { loadTemplates } from '../../services/templates/templates';
import type { Command } from '../common/command';
import { jsonOption, jsonOptionHelp } from './sharedOptions';

export const templatesCommand: Command = {
  name: 'templates',
  summary: '列出可用的答复函模板',
  usage: 'dafu templates [--json]',
  options: { ...jsonOption },
  optionHelp: [jsonOptionHelp],
  async run({ values }, io) {
    const templates = loadTemplates(join(resourcesDir(), 'templates'));
    if (values.json) {
      io.out(JSON.stringify(templates.map(({ id, name, kind, description, fields }) => ({ id, name, kind, description, fields }))));
    } else {
      for (const template of templates) io.out(`${template.id}\t${template.name}\t${template.description}`);
    }
    return 0;
  },
};
