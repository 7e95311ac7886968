// The fuzzer's real inputs: the samples written into each parser's tests (string literals of test/parse/<name>.test.ts) and
// the recorded files under test/fixtures (command outputs, X logs, EDIDs, DHCP packets, lease files).
import {lstatSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** FUZZ_ROOT is the checkout's top folder (this file sits in test/fuzz, and the bundled runner in dist/fuzz). */
export const FUZZ_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const TEST_CALLS = /^(?:it|test|describe)(?:\.\w+)*$/

/** isTestTitle tells whether a literal is a test's or a group's title, or a module path, rather than a sample. */
function isTestTitle(node: ts.Node): boolean {
  const parent = node.parent
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true
  if (!ts.isCallExpression(parent) || parent.arguments[0] !== node) return false
  const callee = ts.isCallExpression(parent.expression) ? parent.expression.expression : parent.expression
  return TEST_CALLS.test(callee.getText())
}

/** literalsOf lists the string and template literals of a TypeScript file (a template's text parts joined), titles left out. */
export function literalsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isTestTitle(node)) found.push(node.text)
    else if (ts.isTemplateExpression(node)) found.push(node.head.text + node.templateSpans.map(span => span.literal.text).join(''))
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...new Set(found)]
}

/** testSamples returns the literals of test/parse/<module>.test.ts, the samples its parser is tested on (none without a test). */
export function testSamples(module: string): string[] {
  try {
    return literalsOf(join(FUZZ_ROOT, 'test', 'parse', `${module}.test.ts`))
  } catch {
    return []
  }
}

let fixtureList: string[] | undefined

/** walk lists the regular files under a directory; symbolic links (sysfs trees are full of them, some in loops) are not followed. */
function walk(directory: string): string[] {
  return readdirSync(directory).flatMap(entry => {
    const path = join(directory, entry)
    const stat = lstatSync(path)
    return stat.isDirectory() ? walk(path) : stat.isFile() ? [path] : []
  })
}

/** fixtureFiles returns the recorded files under test/fixtures whose path (relative to it, with /) matches `pattern`. */
export function fixtureFiles(pattern: RegExp): string[] {
  const base = join(FUZZ_ROOT, 'test', 'fixtures')
  fixtureList ??= walk(base)
    .map(path => relative(base, path).split('\\').join('/'))
    .sort()
  return fixtureList.filter(path => pattern.test(path)).map(path => join(base, path))
}

/** fixtureTexts reads the matching fixture files as text. */
export function fixtureTexts(pattern: RegExp): string[] {
  return fixtureFiles(pattern).map(path => readFileSync(path, 'utf8'))
}

/** fixtureBytes reads the matching fixture files as bytes. */
export function fixtureBytes(pattern: RegExp): Uint8Array[] {
  return fixtureFiles(pattern).map(path => new Uint8Array(readFileSync(path)))
}
