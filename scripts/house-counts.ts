/**
 * The counts issue 12 asks for in its closing note, measured on a tree (default: this checkout), so
 * that the before and after can be taken the same way:
 *   npx tsx scripts/house-counts.ts [tree]
 * e.g. before issue 12: git worktree add /tmp/before 0d17048 && npx tsx scripts/house-counts.ts /tmp/before
 *
 * - homes of the tolerance default: code lines in src/ that set a tolerance to the literal 5
 *   (`DEFAULT_TOLERANCE_PCT = 5`, `tolerancePct: 5`, `tolerance: '5'`, `?? 5`); and of its range:
 *   code lines comparing with 100 (every one of them, before and after, is a tolerance's range);
 * - copies of the count columns: array or object literals in src/ that name three or more of a count
 *   table's target columns (onTarget, withinTolerance …) or direction columns (dotImproving …), outside
 *   the count table's declaration (core/model.ts) and the counting itself (core/score/summaries.ts);
 * - exports unused outside their folder: names src/core/index.ts and src/xlsx/index.ts export that
 *   no file outside that folder (src/, test/, scripts/, examples/) imports through them.
 * - sheet names compared ignoring case (`a.toLowerCase() === b.toLowerCase()`), and quoted for a
 *   reference (`replace(/'/g, "''")`), written by hand rather than through sameSheetName / quoteSheetName.
 * Reads files as text (the TypeScript parser, no type check); writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const tree = path.resolve(process.argv[2] ?? '.');

function files(dir: string): string[] {
  const full = path.join(tree, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

function parse(rel: string): ts.SourceFile {
  const text = fs.readFileSync(path.join(tree, rel), 'utf8');
  return ts.createSourceFile(
    rel,
    text,
    ts.ScriptTarget.Latest,
    true,
    rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

const source = files('src');

/** The code lines (not comments) of src/ that match `pattern`, as file:line. */
function codeLines(pattern: RegExp): string[] {
  return source.flatMap((rel) =>
    fs
      .readFileSync(path.join(tree, rel), 'utf8')
      .split('\n')
      .flatMap((line, i) => (!/^\s*(\*|\/\/|\/\*)/.test(line) && pattern.test(line) ? [`${rel}:${i + 1}`] : [])),
  );
}

// 1. Homes of the tolerance default, and of its range (a comparison with 100).
const toleranceHomes = codeLines(/toleran\w*\s*(?::|=|\?\?)\s*(['"`]?)5\1\s*[,;})\]]/i);
const rangeHomes = codeLines(/(<=|>=|<|>)\s*100\b/);

// Sheet names compared ignoring case, and quoted for a reference, by hand rather than by sameSheetName / quoteSheetName.
const sheetCompares = codeLines(/toLowerCase\(\)\s*===\s*[\w.]+\.toLowerCase\(\)/).filter((at) => {
  // A sheet-name comparison: the line, or the declaration just above it (`function sameName(a, b) {`), speaks of sheets or names.
  const [rel, line] = at.split(':');
  const lines = fs.readFileSync(path.join(tree, rel), 'utf8').split('\n');
  return /sheet|name|same/i.test(lines.slice(Math.max(0, Number(line) - 2), Number(line)).join('\n'));
});
const sheetQuotes = codeLines(/replace\(\/'\/g, "''"\)/);

// 2. Copies of the count columns.
const TARGET_KEYS = new Set(['onTarget', 'withinTolerance', 'within5', 'offTarget', 'dataGaps', 'noTarget']);
const DIRECTION_KEYS = new Set([
  'dotImproving',
  'dotWorsening',
  'dotSame',
  'dotTotal',
  'trendImproving',
  'trendWorsening',
  'trendSame',
  'trendTotal',
]);
const NOT_COPIES = new Set([path.join('src', 'core', 'model.ts'), path.join('src', 'core', 'score', 'summaries.ts')]);

function namesIn(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) names.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

const countCopies: { target: string[]; direction: string[] } = { target: [], direction: [] };
for (const rel of source.filter((f) => !NOT_COPIES.has(f))) {
  const file = parse(rel);
  const visit = (node: ts.Node, inside: { target: boolean; direction: boolean }) => {
    let now = inside;
    if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
      const names = namesIn(node);
      const hits = (keys: Set<string>) => [...keys].filter((k) => names.has(k)).length >= 3;
      const at = `${rel}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      now = { target: inside.target || hits(TARGET_KEYS), direction: inside.direction || hits(DIRECTION_KEYS) };
      if (now.target && !inside.target) countCopies.target.push(at);
      if (now.direction && !inside.direction) countCopies.direction.push(at);
    }
    ts.forEachChild(node, (child) => visit(child, now));
  };
  visit(file, { target: false, direction: false });
}

// 3. Exports of the folders' index.ts unused outside the folder.
function resolve(fromRel: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.join(path.dirname(fromRel), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(path.join(tree, candidate)) && fs.statSync(path.join(tree, candidate)).isFile())
      return path.normalize(candidate);
  }
  return null;
}

/** The names a file exports; `wildcard` collects those it exports through `export * from`. */
function exportedNames(rel: string, wildcard?: Set<string>): string[] {
  const file = parse(rel);
  const names: string[] = [];
  for (const st of file.statements) {
    if (ts.isExportDeclaration(st)) {
      if (st.exportClause && ts.isNamedExports(st.exportClause))
        names.push(...st.exportClause.elements.map((e) => e.name.text));
      else if (!st.exportClause && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        const target = resolve(rel, st.moduleSpecifier.text);
        const all = target ? exportedNames(target) : [];
        all.forEach((n) => wildcard?.add(n));
        names.push(...all);
      }
    } else if (ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(st)) names.push(...st.declarationList.declarations.map((d) => d.name.getText(file)));
      else if ('name' in st && st.name && ts.isIdentifier(st.name as ts.Node))
        names.push((st.name as ts.Identifier).text);
    }
  }
  return [...new Set(names)];
}

const everyFile = ['src', 'test', 'scripts', 'examples'].flatMap(files);

function unusedOutside(folder: string): { exported: number; unused: string[]; wildcard: Set<string> } {
  const facade = path.join(folder, 'index.ts');
  const wildcard = new Set<string>();
  if (!fs.existsSync(path.join(tree, facade))) return { exported: 0, unused: [], wildcard };
  const exported = exportedNames(facade, wildcard);
  const used = new Set<string>();
  for (const rel of everyFile.filter((f) => !f.startsWith(folder + path.sep))) {
    const file = parse(rel);
    for (const st of file.statements) {
      if (!ts.isImportDeclaration(st) && !ts.isExportDeclaration(st)) continue;
      const spec = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
      if (spec === null || resolve(rel, spec) !== facade) continue;
      if (ts.isImportDeclaration(st)) {
        const bindings = st.importClause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) exported.forEach((n) => used.add(n));
        else if (bindings) bindings.elements.forEach((e) => used.add((e.propertyName ?? e.name).text));
      } else if (st.exportClause && ts.isNamedExports(st.exportClause)) {
        st.exportClause.elements.forEach((e) => used.add((e.propertyName ?? e.name).text));
      } else exported.forEach((n) => used.add(n));
    }
  }
  return { exported: exported.length, unused: exported.filter((n) => !used.has(n)), wildcard };
}

const core = unusedOutside(path.join('src', 'core'));
const xlsx = unusedOutside(path.join('src', 'xlsx'));

console.log(`tree: ${tree}`);
console.log(`homes of the tolerance default: ${toleranceHomes.length}  ${toleranceHomes.join(', ')}`);
console.log(`code lines comparing with 100 (the tolerance's range): ${rangeHomes.length}  ${rangeHomes.join(', ')}`);
console.log(`sheet names compared ignoring case by hand: ${sheetCompares.length}  ${sheetCompares.join(', ')}`);
console.log(`sheet names quoted by hand (apostrophes doubled): ${sheetQuotes.length}  ${sheetQuotes.join(', ')}`);
console.log(`copies of the target count columns: ${countCopies.target.length}  ${countCopies.target.join(', ')}`);
console.log(
  `copies of the DOT / Trend count columns: ${countCopies.direction.length}  ${countCopies.direction.join(', ')}`,
);
for (const [folder, counts] of [
  ['src/core', core],
  ['src/xlsx', xlsx],
] as const) {
  const named = counts.unused.filter((n) => !counts.wildcard.has(n));
  const wild = counts.unused.filter((n) => counts.wildcard.has(n));
  console.log(
    `${folder}/index.ts exports ${counts.exported} names (${counts.wildcard.size} of them by export *), ` +
      `${counts.unused.length} unused outside ${folder}: ${named.length} named [${named.join(', ')}]` +
      (wild.length ? ` and ${wild.length} by export * [${wild.join(', ')}]` : ''),
  );
}
