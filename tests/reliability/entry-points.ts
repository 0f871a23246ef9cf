// Every way into the server, found in the source rather than listed by hand: the exports of each
// 'use server' module (the actions.ts of each feature under lib/: server actions) and the HTTP methods of each route handler
// (app/**/route.ts). The authorisation matrix must have a row for each, so a new action or route
// without one fails the tests.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export const root = path.resolve(import.meta.dirname, '../..')

export type ServerActionEntry = { kind: 'action'; key: string; file: string; name: string }
export type RouteEntry = { kind: 'route'; key: string; file: string; path: string; method: string }
export type EntryPoint = ServerActionEntry | RouteEntry

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

export const actionKey = (file: string, name: string) => `${file}#${name}`
export const routeKey = (method: string, routePath: string) => `${method} ${routePath}`

/** Source files under a folder of the project, relative to its root, with / separators. */
export function sourceFiles(folder: string): string[] {
  const dir = path.join(root, folder)
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|js|jsx|mjs)$/.test(f))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')))
    .sort()
}

function parse(file: string) {
  return ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
}

/** Whether the module starts with the 'use server' directive. */
function isServerModule(source: ts.SourceFile) {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false
    if (statement.expression.text === 'use server') return true
  }
  return false
}

const hasExport = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
const isDefault = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)

/** The names a module exports (values and types alike; type-only exports are left out). */
export function exportedNames(file: string): string[] {
  const source = parse(file)
  const names: string[] = []
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) names.push('default')
    else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue
      const clause = statement.exportClause
      if (!clause) names.push('*') // `export * from` cannot be followed here: the matrix refuses it
      else if (ts.isNamedExports(clause)) names.push(...clause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text))
    } else if (hasExport(statement)) {
      if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue
      if (isDefault(statement)) names.push('default')
      else if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) names.push(d.name.getText(source))
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name.text)
    }
  }
  return names
}

/** Every export of every 'use server' module: each is callable by anyone who knows its id. */
export function serverActions(): ServerActionEntry[] {
  return ['app', 'lib']
    .flatMap(sourceFiles)
    .filter((file) => isServerModule(parse(file)))
    .flatMap((file) => exportedNames(file).map((name) => ({ kind: 'action' as const, key: actionKey(file, name), file, name })))
}

/** `app/(auth)/x/[id]/route.ts` is served at `/x/[id]`: route groups and the file name drop out. */
export function routePath(file: string): string {
  const segments = path.posix.dirname(file).split('/').slice(1)
  return `/${segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@')).join('/')}`
}

/** Every HTTP method of every route handler under app/. */
export function routeHandlers(): RouteEntry[] {
  return sourceFiles('app')
    .filter((file) => /(^|\/)route\.(ts|tsx|js|mjs)$/.test(file))
    .flatMap((file) =>
      exportedNames(file)
        .filter((name) => (HTTP_METHODS as readonly string[]).includes(name))
        .map((method) => ({ kind: 'route' as const, key: routeKey(method, routePath(file)), file, path: routePath(file), method })),
    )
}

export function entryPoints(): EntryPoint[] {
  return [...serverActions(), ...routeHandlers()]
}

/**
 * Files with a 'use server' directive that is not at the top of a module (an inline server action
 * in a component or a lib module): the discovery above would miss them, so the tests refuse them.
 */
export function inlineServerActions(): string[] {
  return ['app', 'components', 'lib']
    .flatMap(sourceFiles)
    .filter((file) => /['"]use server['"]/.test(fs.readFileSync(path.join(root, file), 'utf8')))
    .filter((file) => !isServerModule(parse(file)))
}
