/**
 * The scan of tests/i18n/interface-strings.test.ts for the browser scripts of the pages built in every
 * language (the search page's and the header's search, src/client/search*.ts) and the modules of
 * src/lib/ they import that write what a reader reads: a string or template with English words there
 * is interface text outside the dictionaries. What is not read is skipped: an error's message (for the
 * developer), a comparison's operand (a key name, an event type), an import's path, a dictionary key,
 * an element's class, and a data table's description (typed `Table`: a download's columns are described
 * in English, as every data file of the archive is, src/lib/site/tables.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A finding: the file and what was found. */
export interface ScriptFinding {
  readonly file: string;
  readonly what: string;
}

/** Whether a literal is a comparison's operand, an error's message or an import path: not read by a reader. */
function notRead(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isIdentifier(parent.name) && parent.name.text === 'class')
    return true;
  for (let n: ts.Node | undefined = parent; n !== undefined; n = n.parent) {
    if (ts.isVariableDeclaration(n) && n.type !== undefined && ts.isTypeReferenceNode(n.type) && n.type.typeName.getText() === 'Table')
      return true;
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'Error') return true;
    if (ts.isCaseClause(n) || ts.isLiteralTypeNode(n)) return true;
  }
  return false;
}

/** The strings and templates of a script that look like English (`looksEnglish`), and its relative imports. */
export function scanScript(
  file: string,
  looksEnglish: (text: string) => boolean,
  source = readFileSync(file, 'utf8'),
): { findings: ScriptFinding[]; imports: string[] } {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings: ScriptFinding[] = [];
  const imports: string[] = [];
  const where = relative(resolve('.'), file);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !node.importClause?.isTypeOnly) {
      const from = node.moduleSpecifier.text;
      if (from.startsWith('.')) imports.push(resolve(dirname(file), from));
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !notRead(node) && looksEnglish(node.text))
      findings.push({ file: where, what: `string ${JSON.stringify(node.text)}` });
    if (ts.isTemplateExpression(node) && !notRead(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' {x} ');
      if (looksEnglish(text)) findings.push({ file: where, what: `template ${JSON.stringify(text)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { findings, imports };
}
