#!/usr/bin/env node
// Writes the framework typings from custom-elements.json: types/react.d.ts (React 19 JSX), types/vue.d.ts (Vue
// GlobalComponents) and types/svelte.d.ts (svelteHTML.IntrinsicElements). Names come from the manifest; types come
// from the package's own classes (`PwRiskRegister['readonly']`), so they cannot drift from the sources.
//
//   node scripts/gen-framework-types.js           write the files
//   node scripts/gen-framework-types.js --check   write nothing; exit 1 naming the first stale or missing file
//
// Plain Node, no dependencies: runs after `cem analyze` in `npm run build`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'partnership-worksheets';
const ROOT_MODULE = 'src/index.ts';

/** Event types the DOM already has; any other event type must be exported by the package root. */
const DOM_EVENT_TYPES = new Set(['Event', 'CustomEvent', 'UIEvent', 'InputEvent', 'KeyboardEvent', 'FocusEvent']);
/** Events React 19 delegates to its own handlers (`onChange`…); every other event is `on` + its exact name. */
const REACT_SYNTHETIC = new Set(['change', 'input', 'invalid', 'select', 'submit', 'reset', 'toggle', 'load', 'error', 'scroll']);
/** Events fired on the element itself (the playbook stops its sections' ones), so `event.target` is the element. */
const OWN_TARGET_EVENTS = new Set(['change', 'input']);
/** Setters that accept more than their getter returns (TypeScript's `El['value']` is the getter's type). */
const WRITE_TYPES = { value: (el) => `${el}['value'] | string` };

const HEADER = (what) =>
  `// Generated from custom-elements.json by scripts/gen-framework-types.js: do not edit by hand (npm run build).\n` +
  `// ${what}\n`;

// ── reading the manifest ──────────────────────────────────────────────

/** The custom elements the package root exports, with their settable properties, attributes and events. */
export function elementsOf(manifest) {
  const modules = manifest.modules ?? [];
  const rootExports = new Set((modules.find((m) => m.path === ROOT_MODULE)?.exports ?? []).map((e) => e.name));
  const elements = [];
  for (const mod of modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      if (!rootExports.has(decl.name)) throw new Error(`${decl.tagName}: class ${decl.name} is not exported by ${ROOT_MODULE}`);
      const publicField = (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public';
      const fields = (decl.members ?? []).filter(publicField).map((m) => ({ name: m.name, description: m.description }));
      const attributes = (decl.attributes ?? [])
        .filter((a) => a.fieldName && a.name !== a.fieldName && fields.some((f) => f.name === a.fieldName))
        .map((a) => ({ name: a.name, fieldName: a.fieldName }));
      const events = (decl.events ?? []).map((e) => {
        const type = e.type?.text ?? 'Event';
        if (!DOM_EVENT_TYPES.has(type) && !rootExports.has(type)) {
          throw new Error(`${decl.tagName}: event ${e.name} has type ${type}, which ${ROOT_MODULE} does not export`);
        }
        return { name: e.name, type, description: e.description };
      });
      elements.push({ tag: decl.tagName, className: decl.name, summary: decl.summary ?? decl.description, fields, attributes, events });
    }
  }
  if (!elements.length) throw new Error('custom-elements.json declares no custom element');
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

// ── writing TypeScript ────────────────────────────────────────────────

/** A one-line JSDoc comment (the manifest's descriptions may span lines). */
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

function imports(elements, extra = []) {
  const names = new Set(elements.map((e) => e.className));
  for (const e of elements) for (const ev of e.events) if (!DOM_EVENT_TYPES.has(ev.type)) names.add(ev.type);
  const sorted = [...names, ...extra].sort();
  return `import type { ${sorted.join(', ')} } from '${PACKAGE}';\n`;
}

/** Properties (and attribute spellings) shared by every framework: the element's own types. */
function propertyLines(el, { attributes }) {
  let out = '';
  for (const f of el.fields) {
    const type = WRITE_TYPES[f.name]?.(el.className) ?? `${el.className}['${f.name}']`;
    out += doc(f.description) + `  ${key(f.name)}?: ${type};\n`;
    if (!attributes) continue;
    for (const a of el.attributes.filter((x) => x.fieldName === f.name)) {
      out += doc(`The \`${a.name}\` attribute: the same as \`${f.name}\`.`) + `  ${key(a.name)}?: ${type};\n`;
    }
  }
  return out;
}

function eventType(el, ev) {
  const own = OWN_TARGET_EVENTS.has(ev.name) ? `; target: ${el.className}` : '';
  return `${ev.type} & { currentTarget: ${el.className}${own} }`;
}

export function renderReact(elements) {
  let out = HEADER("React 19 JSX typings. React sets a custom element's known properties as properties and listens for");
  out += `// \`on<exact event name>\` props (\`onpw-invalid\`); \`change\` and \`input\` go through React's own onChange/onInput.\n`;
  out += `// Use: \`import type {} from '${PACKAGE}/react';\` once in the app.\n`;
  out += `import type { DetailedHTMLProps, HTMLAttributes, SyntheticEvent } from 'react';\n`;
  out += imports(elements) + '\n';
  out += `/** A React event from the worksheet element itself. */\n`;
  out += `type WorksheetSyntheticEvent<T> = SyntheticEvent<T> & { target: T };\n`;
  out += `type HTMLProps<T extends HTMLElement, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof Own>;\n`;
  for (const el of elements) {
    out += `\n/** The properties and events of \`<${el.tag}>\`. */\nexport interface ${el.className}Attributes {\n`;
    out += propertyLines(el, { attributes: true });
    for (const ev of el.events) {
      const synthetic = REACT_SYNTHETIC.has(ev.name);
      const prop = synthetic ? `on${pascal(ev.name)}` : `on${ev.name}`;
      const type = synthetic ? `WorksheetSyntheticEvent<${el.className}>` : eventType(el, ev);
      out += doc(`\`${ev.name}\`: ${ev.description ?? ''}`) + `  ${key(prop)}?: (event: ${type}) => void;\n`;
    }
    out += `}\n${doc(el.summary, '')}export type ${el.className}Props = HTMLProps<${el.className}, ${el.className}Attributes>;\n`;
  }
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of elements) out += `      '${el.tag}': ${el.className}Props;\n`;
  return out + `    }\n  }\n}\n`;
}

export function renderVue(elements) {
  let out = HEADER('Vue 3 typings: the elements in GlobalComponents, for type-checked templates (vue-tsc) and h().');
  out += `// Vue binds \`@pw-invalid\` to the \`onPwInvalid\` prop. Bind the document as \`:value.prop\` (a plain\n`;
  out += `// \`:value\` is set again on every render; the element ignores the same unchanged object). Tell the compiler the tags are custom\n`;
  out += `// elements (isCustomElement: (tag) => tag.startsWith('pw-')). Use: \`import type {} from '${PACKAGE}/vue';\`\n`;
  out += `import type { DefineComponent } from 'vue';\n`;
  out += imports(elements) + '\n';
  for (const el of elements) {
    out += `/** The properties and events of \`<${el.tag}>\` (in templates, \`storage-key\` is \`storageKey\`). */\n`;
    out += `export interface ${el.className}Props {\n`;
    out += propertyLines(el, { attributes: false });
    for (const ev of el.events) {
      const prop = `on${pascal(ev.name)}`;
      out += doc(`\`@${ev.name}\`: ${ev.description ?? ''}`) + `  ${key(prop)}?: (event: ${eventType(el, ev)}) => void;\n`;
    }
    out += `}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) out += `${doc(el.summary, '    ')}    '${el.tag}': DefineComponent<${el.className}Props>;\n`;
  return out + `  }\n}\n`;
}

export function renderSvelte(elements) {
  let out = HEADER('Svelte typings: the elements in svelteHTML.IntrinsicElements (svelte-check and editors).');
  out += `// Svelte 5 event attributes (\`onpw-invalid\`) and Svelte 4 directives (\`on:pw-invalid\`) are both typed.\n`;
  out += `// Use: \`import type {} from '${PACKAGE}/svelte';\` once in a TypeScript file of the app.\n`;
  out += `import type { HTMLAttributes } from 'svelte/elements';\n`;
  out += imports(elements) + '\n';
  out += `type HTMLProps<T extends HTMLElement, Own> = Own & Omit<HTMLAttributes<T>, keyof Own>;\n`;
  for (const el of elements) {
    // A type alias, not an interface: IntrinsicElements has an index signature that interfaces do not satisfy.
    out += `\n/** The properties and events of \`<${el.tag}>\`. */\nexport type ${el.className}Attributes = {\n`;
    out += propertyLines(el, { attributes: true });
    for (const ev of el.events) {
      const handler = `(event: ${eventType(el, ev)}) => void`;
      out += doc(`\`${ev.name}\`: ${ev.description ?? ''}`) + `  ${key(`on${ev.name}`)}?: ${handler};\n`;
      out += `  ${key(`on:${ev.name}`)}?: ${handler};\n`;
    }
    out += `};\n${doc(el.summary, '')}export type ${el.className}Props = HTMLProps<${el.className}, ${el.className}Attributes>;\n`;
  }
  out += `\ndeclare global {\n  namespace svelteHTML {\n    interface IntrinsicElements {\n`;
  for (const el of elements) out += `      '${el.tag}': ${el.className}Props;\n`;
  return out + `    }\n  }\n}\n`;
}

/** Every file this script writes, by path relative to the repository. */
export function renderAll(manifest) {
  const elements = elementsOf(manifest);
  return { 'types/react.d.ts': renderReact(elements), 'types/vue.d.ts': renderVue(elements), 'types/svelte.d.ts': renderSvelte(elements) };
}

// ── command line ──────────────────────────────────────────────────────

function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`gen-framework-types: unknown argument ${unknown[0]} (the only option is --check)`);
    process.exit(2);
  }
  const check = args.includes('--check');
  const files = renderAll(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      console.error(`gen-framework-types: ${relative(process.cwd(), file) || path} is ${current === undefined ? 'missing' : 'stale'}: run npm run build`);
      process.exit(1);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`gen-framework-types: wrote ${path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
