import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Handlers, TemplateSummary } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { TemplateSchema, type Template } from '../../../shared/templates/template';
import { templateFromLetter, templatePreview } from '../../../shared/templates/templateFromLetter';
import type { LetterDocument } from '../../../shared/model/document';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { loadDraftRow } from '../drafts/records/draftRecords';
import { readSetting, writeSetting } from '../settings/records/settings';
import { provenRows } from '../../db/rowSums/provenRows';

const HIDDEN_KEY = 'hiddenTemplates';

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

export function ownTemplates(db: Db): Template[] {
  const rows = provenRows(db, 'own_templates', db.prepare('SELECT * FROM own_templates ORDER BY created_at').all() as { body: string }[]);
  return rows.flatMap(({ body }) => {
    const parsed = TemplateSchema.safeParse(JSON.parse(body));
    return parsed.success ? [parsed.data] : [];
  });
}

function hiddenIds(db: Db): Set<string> {
  return new Set(readSetting(db, HIDDEN_KEY, z.array(z.string())) ?? []);
}

/** A built-in or one of the clerk's own templates, hidden or not: drafts made from it keep working. */
export function findTemplate(ctx: ServiceContext, id: string): Template {
  const template = ctx.templates.find((t) => t.id === id) ?? ownTemplates(ctx.db).find((t) => t.id === id);
  if (!template) throw new ApiError('not_found', `没有名为「${id}」的模板。请从模板列表中选择。`);
  return template;
}

function summarise(template: Template, origin: TemplateSummary['origin'], hidden: boolean): TemplateSummary {
  const { id, name, kind, description, fields } = template;
  return { id, name, kind, description, fields, origin, hidden, preview: templatePreview(template) };
}

function loadOwn(ctx: ServiceContext, id: string): Template {
  const own = ownTemplates(ctx.db).find((t) => t.id === id);
  if (!own) throw new ApiError('forbidden', '内置模板不能修改或删除，只能隐藏。');
  return own;
}

type TemplateHandlers = Pick<Handlers, 'templates.list' | 'templates.saveFromDraft' | 'templates.update' | 'templates.delete' | 'templates.setHidden'>;

export function templateHandlers(ctx: ServiceContext): TemplateHandlers {
  const { db } = ctx;
  const store = (template: Template, createdAt: string) =>
    db
      .prepare(
        'INSERT INTO own_templates (id, body, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
      )
      .run(template.id, JSON.stringify(template), createdAt, ctx.now().toISOString());

  return {
    'templates.list': () => {
      const hidden = hiddenIds(db);
      return [...ctx.templates.map((t) => summarise(t, 'builtin', hidden.has(t.id))), ...ownTemplates(db).map((t) => summarise(t, 'own', false))];
    },

    'templates.saveFromDraft': ({ draftId, name, description }) => {
      const row = loadDraftRow(db, draftId);
      const kind = row.template_id ? (ctx.templates.find((t) => t.id === row.template_id)?.kind ?? 'other') : 'other';
      const template = templateFromLetter(JSON.parse(row.content) as LetterDocument, JSON.parse(row.field_definitions) as FieldDefinition[], {
        id: `own-${randomUUID()}`,
        name,
        kind,
        description: description || `由《${row.name ?? row.title}》另存`,
      });
      store(template, ctx.now().toISOString());
      return summarise(template, 'own', false);
    },

    'templates.update': ({ templateId, name, description }) => {
      const own = loadOwn(ctx, templateId);
      const updated = { ...own, name, description: description || own.description };
      store(updated, ctx.now().toISOString());
      return summarise(updated, 'own', false);
    },

    'templates.delete': ({ templateId }) => {
      // One of the clerk's own that is damaged can still go: deleting it writes nothing over it.
      if (db.prepare('SELECT 1 FROM own_templates WHERE id = ?').get(templateId) === undefined) loadOwn(ctx, templateId);
      db.prepare('DELETE FROM own_templates WHERE id = ?').run(templateId);
      return {};
    },

    'templates.setHidden': ({ templateId, hidden }) => {
      if (!ctx.templates.some((t) => t.id === templateId)) throw new ApiError('not_found', '只有内置模板可以隐藏；自己的模板不用时可以删除。');
      const ids = hiddenIds(db);
      if (hidden) ids.add(templateId);
      else ids.delete(templateId);
      writeSetting(db, HIDDEN_KEY, [...ids]);
      return {};
    },
  };
}
