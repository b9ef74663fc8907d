import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { TemplateSchema, type Template } from '../../shared/templates/template';
import type { ServiceContext } from './context';

/** Reads and validates the built-in templates; a broken template file stops start-up loudly. */
export function loadTemplates(dir: string): Template[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = TemplateSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`template ${name} is invalid: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function templateHandlers(ctx: ServiceContext): Pick<Handlers, 'templates.list'> {
  return {
    'templates.list': () =>
      ctx.templates.map(({ id, name, kind, description, fields }) => ({ id, name, kind, description, fields })),
  };
}
