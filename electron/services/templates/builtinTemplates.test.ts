import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../../app/paths';
import { TemplateSchema, instantiateTemplate } from '../../../shared/templates/template';
import { STANDARD_FIELDS } from '../../../shared/structure/standardFields';

const dir = join(resourcesDir(), 'templates');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('built-in templates', () => {
  it('cover 集体 and 个人 proposals, 个人 and 联名 suggestions, 协办意见 and one more', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(`${file} parses, instantiates and uses every field it defines`, () => {
      const template = TemplateSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(`${template.id}.json`).toBe(file);
      const document = instantiateTemplate(template);
      const used = new Set(document.blocks.flatMap((block) => block.inlines.flatMap((run) => (run.t === 'field' ? [run.name] : []))));
      expect([...used].sort()).toEqual(template.fields.map((field) => field.name).sort());
      expect(document.blocks.some((block) => block.role === 'title')).toBe(true);
      expect(document.blocks.some((block) => block.inlines.some((run) => run.t === 'text' && /〔[^〕]+〕/.test(run.text)))).toBe(true);
    });
  }

  it('name the same fact the same way everywhere, as imported letters do', () => {
    for (const file of files) {
      const template = TemplateSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      for (const field of template.fields) {
        const standard = Object.hasOwn(STANDARD_FIELDS, field.name) ? STANDARD_FIELDS[field.name as keyof typeof STANDARD_FIELDS] : undefined;
        if (standard) expect({ file, ...field }).toEqual({ file, ...standard });
        else if (!field.follows) expect(field.name).toBe('expectedReplyOn');
      }
    }
  });
});
