import type * as v from 'valibot';

/** Whether a value passes a schema: yes or no, without building an output copy or issues. */
export type SchemaTest = (value: unknown) => boolean;

type Node = v.GenericSchema<unknown, unknown> & Record<string, any>;
type Action = { kind: string; type: string; requirement?: any };

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish']);
const compiled = new WeakMap<object, SchemaTest | null>();

/**
 * A fast yes/no test with the same verdict as `v.safeParse(schema, value).success`, built from the schema's own
 * description (its `type`, `entries`, `pipe` and requirements; closures only, no code generation). Most documents
 * are valid, and valibot's full run copies the document and allocates as it goes; the full run is then kept for
 * documents that fail, to name what is wrong. Returns undefined when the schema uses anything this does not know
 * (defaults, fallbacks, unions…): callers then use valibot alone.
 */
export function schemaTest(schema: v.GenericSchema<unknown, unknown>): SchemaTest | undefined {
  if (!compiled.has(schema)) compiled.set(schema, compile(schema as Node));
  return compiled.get(schema) ?? undefined;
}

function compile(s: Node): SchemaTest | null {
  if (s.async) return null;
  if (Array.isArray(s.pipe)) return compilePipe(s.pipe as Array<Node | Action>);
  if (s.fallback !== undefined) return null;
  switch (s.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'literal': {
      const lit = s.literal;
      return (x) => x === lit || (Number.isNaN(lit) && Number.isNaN(x));
    }
    case 'picklist': {
      const options = s.options as unknown[];
      return (x) => options.includes(x);
    }
    case 'optional': {
      if (s.default !== undefined) return null;
      const inner = compile(s.wrapped);
      return inner && ((x) => x === undefined || inner(x));
    }
    case 'array': {
      const item = compile(s.item);
      return (
        item &&
        ((x) => {
          if (!Array.isArray(x)) return false;
          for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
          return true;
        })
      );
    }
    case 'loose_object':
      return compileObject(s.entries as Record<string, Node>);
    case 'record': {
      const key = compile(s.key);
      const value = compile(s.value);
      return (
        key &&
        value &&
        ((x) => {
          if (!x || typeof x !== 'object') return false;
          for (const k in x) {
            if (!Object.hasOwn(x, k) || k === '__proto__' || k === 'prototype' || k === 'constructor') continue;
            if (!key(k) || !value((x as Record<string, unknown>)[k])) return false;
          }
          return true;
        })
      );
    }
    default:
      return null;
  }
}

function compileObject(entries: Record<string, Node>): SchemaTest | null {
  const fields: SchemaTest[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    // A default or fallback would put a value where the input has none: leave that to valibot.
    if (entry.fallback !== undefined || (OPTIONAL.has(entry.type) && entry.default !== undefined)) return null;
    const test = compile(entry);
    if (!test) return null;
    const required = !OPTIONAL.has(entry.type);
    // One lookup for a present value (JSON data holds no undefined); `in` only to tell absent from undefined.
    fields.push((x) => {
      const value = (x as Record<string, unknown>)[key];
      return value !== undefined ? test(value) : key in (x as object) ? test(undefined) : !required;
    });
  }
  return (x) => {
    if (!x || typeof x !== 'object') return false;
    for (let i = 0; i < fields.length; i++) if (!fields[i]!(x)) return false;
    return true;
  };
}

/** A pipe: the schema, then validations on its value (and `trim`, which changes the value the next steps see). */
function compilePipe(items: Array<Node | Action>): SchemaTest | null {
  const [first, ...rest] = items;
  const base = first && compile(first as Node);
  if (!base) return null;
  const actions = (rest as Action[]).filter((a) => a.kind !== 'metadata');
  // The common shapes get one closure each (a rating: a whole number in a range; text with a minimum length).
  if ((first as Node).type === 'number' && actions.every((a) => ['integer', 'min_value', 'max_value'].includes(a.type))) {
    const whole = actions.some((a) => a.type === 'integer');
    const lo = Math.max(...actions.filter((a) => a.type === 'min_value').map((a) => a.requirement as number));
    const hi = Math.min(...actions.filter((a) => a.type === 'max_value').map((a) => a.requirement as number));
    return (x) => typeof x === 'number' && x >= lo && x <= hi && (!whole || Number.isInteger(x));
  }
  const TEXT_RULES = ['min_length', 'max_length', 'regex', 'iso_date', 'check'];
  if ((first as Node).type === 'string' && actions.every((a, i) => TEXT_RULES.includes(a.type) || (a.type === 'trim' && i === 0))) {
    const trim = actions[0]?.type === 'trim';
    const min = Math.max(0, ...actions.filter((a) => a.type === 'min_length').map((a) => a.requirement as number));
    const max = Math.min(...actions.filter((a) => a.type === 'max_length').map((a) => a.requirement as number));
    // Patterns and checks keep their order (a check may assume the pattern before it held).
    const rules = actions
      .filter((a) => a.type === 'regex' || a.type === 'iso_date' || a.type === 'check')
      .map((a): ((x: string) => boolean) => (a.type === 'check' ? (x) => !!a.requirement(x) : (x) => a.requirement.test(x)));
    return (x) => {
      if (typeof x !== 'string') return false;
      const t = trim ? x.trim() : x;
      if (t.length < min || t.length > max) return false;
      for (let i = 0; i < rules.length; i++) if (!rules[i]!(t)) return false;
      return true;
    };
  }
  const steps: Array<{ test?: (x: any) => boolean; map?: (x: any) => unknown }> = [];
  for (const a of rest as Action[]) {
    if (a.kind === 'metadata') continue;
    if (a.kind === 'transformation' && a.type === 'trim') {
      steps.push({ map: (x: string) => x.trim() });
      continue;
    }
    const r = a.requirement;
    const test: ((x: any) => boolean) | undefined =
      a.kind !== 'validation'
        ? undefined
        : {
            integer: (x: number) => Number.isInteger(x),
            min_value: (x: number) => x >= r,
            max_value: (x: number) => x <= r,
            min_length: (x: string) => x.length >= r,
            max_length: (x: string) => x.length <= r,
            length: (x: string) => x.length === r,
            regex: (x: string) => r.test(x),
            iso_date: (x: string) => r.test(x),
            check: (x: unknown) => !!r(x),
          }[a.type];
    if (!test) return null;
    steps.push({ test });
  }
  return (x) => {
    if (!base(x)) return false;
    let value: any = x;
    for (let i = 0; i < steps.length; i++) {
      const { test, map } = steps[i]!;
      if (map) value = map(value);
      else if (!test!(value)) return false;
    }
    return true;
  };
}
