/**
 * Reads a zod schema as the fields an editor fills in: each field's name, kind, help text
 * (`.describe()`), whether it is required, and the fields inside a group or a list of groups.
 * The CMS configuration is made from this (see config.ts), and its test compares the two.
 */
import type { z } from 'astro/zod';

/** What a field holds, as far as a form needs to know. */
export type FieldKind =
  'string' | 'number' | 'boolean' | 'strings' | 'group' | 'groups' | 'name or names';

/** One field of a schema, as a form shows it. */
export interface SchemaField {
  name: string;
  kind: FieldKind;
  /** The help text given with `.describe()`; empty when there is none. */
  help: string;
  /** Whether a file without it is refused. */
  required: boolean;
  /** The fields of a group, or of each group in a list. */
  fields: SchemaField[];
}

/** The zod definition of a schema (zod v4 keeps it on `_zod.def`). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema under wrappers that do not change what is stored (optional, preprocess, defaults). */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'pipe') {
      // A preprocess is a pipe from a transform to the schema that checks the value.
      const next = defOf(def.out!).type === 'transform' ? def.in! : def.out!;
      current = next;
    } else if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) {
      current = def.innerType!;
    } else {
      return current;
    }
  }
}

/** The kind of value a schema takes. */
function kindOf(schema: z.ZodType): FieldKind {
  const def = defOf(unwrapSchema(schema));
  switch (def.type) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'group';
    case 'union':
      return 'name or names';
    case 'array': {
      const element = defOf(unwrapSchema(def.element!));
      if (element.type === 'object') return 'groups';
      if (element.type === 'string') return 'strings';
      throw new Error(
        `a list of ${element.type} has no form field (add one in src/cms/schemaFields.ts)`,
      );
    }
    default:
      throw new Error(`a ${def.type} has no form field (add one in src/cms/schemaFields.ts)`);
  }
}

/** The fields of an object schema, in order. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const def = defOf(unwrapSchema(schema));
  if (def.type !== 'object') throw new Error(`expected an object schema, got ${def.type}`);
  return Object.entries(def.shape!).map(([name, field]) => {
    const kind = kindOf(field);
    const inner = defOf(unwrapSchema(field));
    const groupOf =
      kind === 'group'
        ? unwrapSchema(field)
        : kind === 'groups'
          ? unwrapSchema(inner.element!)
          : undefined;
    return {
      name,
      kind,
      help: field.description ?? '',
      // Required: a file that leaves it out is refused.
      required: !field.safeParse(undefined).success,
      fields: groupOf ? schemaFields(groupOf) : [],
    };
  });
}
