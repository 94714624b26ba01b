// Config for `cem analyze` (@custom-elements-manifest/analyzer 0.11): plain `npm run analyze` writes
// ./custom-elements.json from the TypeScript sources. Storybook's docs tables and IDEs read it.
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';

/** Owner (`<module path>#<class name>`) → names of members that are not public API. */
const hidden = new Map();

const hide = (owner, name) => {
  if (!hidden.has(owner)) hidden.set(owner, new Set());
  hidden.get(owner).add(name);
};
const isHidden = (owner, name) => hidden.get(owner)?.has(name) ?? false;

/**
 * Keeps the manifest to the public API:
 * - drops members marked `@internal` / `@ignore` and private, protected and `#private` members. The analyzer
 *   already skips most of them, but a field that is also assigned in the constructor (`this.doc = …`)
 *   comes back without its JSDoc or modifiers, and inherited members are copied before any filtering;
 * - drops attributes that reflect such a field, and events with no name (a `dispatchEvent(new X())` the
 *   analyzer could not name; the class JSDoc's `@fires` documents them);
 * - drops the `default` text of variables that hold a css`…`, svg`…` or html`…` template (stylesheets, icons).
 */
function publicApiOnly() {
  return {
    name: 'pw-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const owner = `${moduleDoc.path}#${node.name.text}`;
      for (const member of node.members) {
        if (ts.isConstructorDeclaration(member)) {
          // Parameter properties: constructor(private readonly x: X)
          for (const p of member.parameters) {
            if (ts.isIdentifier(p.name) && notPublic(ts, p)) hide(owner, p.name.text);
          }
          continue;
        }
        if (!member.name) continue;
        const name = ts.isPrivateIdentifier(member.name) ? member.name.text : member.name.getText?.();
        if (!name) continue;
        if (ts.isPrivateIdentifier(member.name) || notPublic(ts, member)) hide(owner, name);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          // A stylesheet or an SVG/HTML template is not API; its full text would only make the manifest churn.
          if (decl.kind === 'variable' && typeof decl.default === 'string' && /\b(css|svg|html)`/.test(decl.default)) delete decl.default;
          if (decl.kind !== 'class' && decl.kind !== 'mixin') continue;
          const ownerOf = (item) => (item.inheritedFrom ? `${item.inheritedFrom.module}#${item.inheritedFrom.name}` : `${mod.path}#${decl.name}`);
          if (decl.members) {
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !isHidden(ownerOf(m), m.name),
            );
          }
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !a.fieldName || !isHidden(ownerOf(a), a.fieldName));
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
          for (const key of ['members', 'attributes', 'events']) if (decl[key]?.length === 0) delete decl[key];
        }
      }
    },
  };
}

function notPublic(ts, node) {
  const mods = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  if (mods.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) return true;
  return ts.getJSDocTags(node).some((t) => t.tagName.text === 'internal' || t.tagName.text === 'ignore');
}

/**
 * Resolves the base class's type parameters in inherited members: `WorksheetElement<D>` declares
 * `value: D`, and `class PwRiskRegister extends WorksheetElement<RiskRegisterDocument>` should document
 * `value: RiskRegisterDocument`.
 */
function inheritedTypeArguments() {
  /** `<module>#<class>` → its type parameter names; and → `{ base name, type argument texts }`. */
  const typeParams = new Map();
  const heritage = new Map();
  return {
    name: 'pw-inherited-type-arguments',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const key = `${moduleDoc.path}#${node.name.text}`;
      if (node.typeParameters?.length) typeParams.set(key, node.typeParameters.map((t) => t.name.text));
      const ext = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (ext?.typeArguments?.length) heritage.set(key, { base: ext.expression.getText(), args: ext.typeArguments.map((a) => a.getText()) });
    },
    packageLinkPhase({ customElementsManifest }) {
      const substitute = (text, map) =>
        typeof text === 'string' ? text.replace(/\b[A-Za-z_$][\w$]*\b/g, (word) => (map.has(word) ? map.get(word) : word)) : text;
      const visit = (value, map) => {
        if (Array.isArray(value)) return value.forEach((v) => visit(v, map));
        if (!value || typeof value !== 'object') return;
        if (value.type && typeof value.type.text === 'string') value.type.text = substitute(value.type.text, map);
        for (const [k, v] of Object.entries(value)) if (k !== 'type' && k !== 'inheritedFrom') visit(v, map);
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const ext = heritage.get(`${mod.path}#${decl.name}`);
          if (!ext) continue;
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
            const from = item.inheritedFrom;
            if (!from || from.name !== ext.base) continue;
            const params = typeParams.get(`${from.module}#${from.name}`);
            if (!params) continue;
            visit(item, new Map(params.map((p, i) => [p, ext.args[i] ?? p])));
          }
        }
      }
    },
  };
}

/**
 * Points every reference at a module of this manifest. The analyzer writes a class imported from another file
 * as its import specifier (`/src/elements/risk-register/risk-register.js`, `./core/events.js`); this rewrites
 * those to the module's own path (`src/elements/risk-register/risk-register.ts`) when that module is here.
 */
function canonicalModulePaths() {
  return {
    name: 'pw-canonical-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      const paths = new Set(customElementsManifest.modules.map((m) => m.path));
      const canonical = (from, specifier) => {
        if (typeof specifier !== 'string' || paths.has(specifier)) return specifier;
        if (!specifier.startsWith('/') && !specifier.startsWith('.')) return specifier;
        const joined = specifier.startsWith('/') ? specifier.slice(1) : posix.join(posix.dirname(from), specifier);
        const normal = posix.normalize(joined);
        for (const candidate of [normal, normal.replace(/\.js$/, '.ts'), normal.replace(/\.js$/, '.tsx'), `${normal}.ts`]) {
          if (paths.has(candidate)) return candidate;
        }
        return specifier;
      };
      const visit = (from, value) => {
        if (Array.isArray(value)) return value.forEach((v) => visit(from, v));
        if (!value || typeof value !== 'object') return;
        if (typeof value.module === 'string' && typeof value.name === 'string') value.module = canonical(from, value.module);
        for (const v of Object.values(value)) visit(from, v);
      };
      for (const mod of customElementsManifest.modules) visit(mod.path, mod);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts', 'test/**', 'stories/**', 'src/cli/**', 'src/scorm/**', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" already points at custom-elements.json; never rewrite it (e.g. when the
  // manifest test runs the analyzer with --outdir <tmp>).
  packagejson: false,
  // The glob walk follows the file system's directory order, which differs between machines; analyse the
  // files sorted by path so that the committed manifest is byte-for-byte reproducible anywhere.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((file) => ts.createSourceFile(file, readFileSync(resolve(file), 'utf8'), ts.ScriptTarget.ES2015, true)),
  plugins: [publicApiOnly(), inheritedTypeArguments(), canonicalModulePaths()],
};
