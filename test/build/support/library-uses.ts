/**
 * Which built-ins of ES2015 and later a bundle's own code calls, found by TypeScript's checker in the
 * sources (test/build/old-webviews.test.ts). Syntax is checked on the built files with acorn; a library
 * call is not syntax (`Uint32Array.from(xs)` parses as ES5 and fails only when it runs in Internet
 * Explorer 11), so each property and global the sources use is traced to its declaration: one in
 * TypeScript's lib files for ES2015 and later is a built-in an older engine may lack. Typed arrays are
 * declared in lib.es5.d.ts, but IE11 has only their ES5-era part (the constructors, `set`, `subarray`,
 * `buffer`, `byteLength`, `byteOffset`, `length`, `BYTES_PER_ELEMENT`): their other members
 * (`Uint32Array.from`, `.sort`, `.fill`, `.slice` …) count as ES2015
 * (Microsoft, "JavaScript version information": typed arrays in IE11; MDN's compatibility tables).
 */
import * as path from 'path';
import * as ts from 'typescript';

/** One built-in as the engine names it ("Array.prototype.includes", "Uint32Array.from", "Map"), and a place that uses it. */
export interface LibraryUse {
  feature: string;
  /** The ES edition whose lib declares it: "es2015.core", "es2017.object", or "es2015 (typed arrays)". */
  lib: string;
  at: string;
}

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
];
/** What Internet Explorer 11's typed arrays have (the Khronos typed-array spec, before ES2015). */
const TYPED_ARRAY_IN_IE11 = new Set([
  'set',
  'subarray',
  'buffer',
  'byteLength',
  'byteOffset',
  'length',
  'BYTES_PER_ELEMENT',
]);
/** Namespaces and objects whose members are their own properties, not a prototype's. */
const NAMESPACES = new Set(['Math', 'JSON', 'Reflect', 'Atomics', 'Intl']);
const READONLY: Record<string, string> = { ReadonlyArray: 'Array', ReadonlyMap: 'Map', ReadonlySet: 'Set' };

/** "lib.es2017.object.d.ts" → "es2017.object"; null for a file that is not one of TypeScript's ECMAScript libs. */
function libOf(file: string): string | null {
  const m = /[\\/]typescript[\\/]lib[\\/]lib\.(es\d{4}[\w.]*|es5|esnext[\w.]*)\.d\.ts$/.exec(file);
  return m ? m[1] : null;
}

/** The built-in a lib declaration stands for: "Array.prototype.includes", "Object.entries", "Math.trunc". */
function featureOf(decl: ts.Declaration, name: string): string | null {
  const owner = decl.parent;
  const ownerName =
    owner && (ts.isInterfaceDeclaration(owner) || ts.isModuleBlock(owner))
      ? ts.isModuleBlock(owner)
        ? (owner.parent.name as ts.Identifier).text
        : owner.name.text
      : null;
  if (!ownerName) return null;
  if (ownerName.endsWith('Constructor')) return `${ownerName.slice(0, -'Constructor'.length)}.${name}`;
  if (NAMESPACES.has(ownerName)) return `${ownerName}.${name}`;
  return `${READONLY[ownerName] ?? ownerName}.prototype.${name}`;
}

/** Whether a declaration of `name` in `lib` is newer than what Internet Explorer 11 has: the lib's edition, for a report. */
function newerThanIE11(lib: string, feature: string): string | null {
  if (lib !== 'es5') return lib;
  const [owner, second, third] = feature.split('.');
  const member = third ?? second;
  if (member !== undefined && TYPED_ARRAYS.includes(owner) && !TYPED_ARRAY_IN_IE11.has(member))
    return 'es2015 (typed arrays)';
  return null;
}

/**
 * The ES2015+ built-ins used by the code reachable from `entries` (our own files: not node_modules, not
 * declaration files), each with every place that uses it. `plant` adds files (path → text) that exist
 * only for the call, for a test that plants a use.
 */
export function libraryUses(entries: string[], plant: Record<string, string> = {}): Map<string, LibraryUse[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES5,
    module: ts.ModuleKind.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.esnext.d.ts', 'lib.dom.d.ts'],
    strict: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    types: [],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options, true);
  const planted = new Map(Object.entries(plant).map(([f, text]) => [path.resolve(f), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    const text = planted.get(path.resolve(file));
    return text !== undefined
      ? ts.createSourceFile(file, text, language, true)
      : getSourceFile(file, language, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => planted.has(path.resolve(file)) || fileExists(file);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => planted.get(path.resolve(file)) ?? readFile(file);

  const program = ts.createProgram([...entries, ...planted.keys()], options, host);
  const checker = program.getTypeChecker();
  const uses = new Map<string, LibraryUse[]>();
  const note = (node: ts.Node, symbol: ts.Symbol | undefined, name: string, global = false) => {
    // Every declaration of it must be newer than ES5: `Object.keys` and `String.prototype.replace` are
    // ES5 with ES2015 overloads.
    let found: { feature: string; edition: string } | null = null;
    for (const decl of symbol?.declarations ?? []) {
      // A global (`Map`, `Promise`) is its `declare var`; its interface of the same name is a type.
      if (global && !ts.isVariableDeclaration(decl)) continue;
      const lib = libOf(decl.getSourceFile().fileName);
      if (!lib) return;
      const feature = ts.isVariableDeclaration(decl) ? name : featureOf(decl, name);
      if (!feature) return;
      const edition = newerThanIE11(lib, feature);
      if (!edition) return;
      found ??= { feature, edition };
    }
    if (!found) return;
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    const at = `${path.relative(process.cwd(), sf.fileName)}:${line + 1}`;
    const list = uses.get(found.feature) ?? [];
    if (!list.some((u) => u.at === at)) list.push({ feature: found.feature, lib: found.edition, at });
    uses.set(found.feature, list);
  };
  const inType = (node: ts.Node): boolean => {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isTypeNode(n)) return true;
    return false;
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || /[\\/]node_modules[\\/]/.test(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        note(node.name, checker.getSymbolAtLocation(node.name), node.name.text);
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        note(
          node.argumentExpression,
          checker.getSymbolAtLocation(node.argumentExpression),
          node.argumentExpression.text,
        );
      } else if (
        ts.isIdentifier(node) &&
        !inType(node) &&
        !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
      ) {
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol?.declarations?.some(ts.isVariableDeclaration)) note(node, symbol, node.text, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}
