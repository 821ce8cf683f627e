/**
 * The popup's and options page's words live in the catalogue only (lib/i18n/ledger, translated):
 * no English text inline in their JSX, their accessible names or their messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FILES = [
  'entrypoints/options/main.tsx',
  'entrypoints/popup/main.tsx',
  'components/OptionsSettings.tsx',
  'components/OptionsData.tsx',
  'components/AboutData.tsx',
  'components/AllShops.tsx',
  'components/SiteAccess.tsx',
  'components/LedgerView.tsx',
  'components/PurchaseRow.tsx',
  'components/MonthChart.tsx',
];
const WORDS = /[A-Za-z]{2,}\s+[A-Za-z]{2,}|^[A-Z][a-z]+$/;
const TEXT_ATTRS = new Set(['aria-label', 'title', 'alt', 'placeholder']);

function inlineText(file: string): string[] {
  const src = ts.createSourceFile(
    file,
    readFileSync(resolve(__dirname, '..', file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && WORDS.test(n.text.trim())) found.push(n.text.trim());
    if (
      ts.isJsxAttribute(n) &&
      TEXT_ATTRS.has(n.name.getText(src)) &&
      n.initializer &&
      ts.isStringLiteral(n.initializer) &&
      WORDS.test(n.initializer.text)
    )
      found.push(n.initializer.text);
    // Strings handed to the page's message setters.
    if (ts.isCallExpression(n) && /^set\w*Message$/.test(n.expression.getText(src))) {
      const literal = (c: ts.Node): void => {
        if ((ts.isStringLiteral(c) || ts.isNoSubstitutionTemplateLiteral(c)) && WORDS.test(c.text)) found.push(c.text);
        else if (ts.isTemplateExpression(c)) found.push(c.getText(src));
        else c.forEachChild(literal);
      };
      n.arguments.forEach(literal);
    }
    n.forEachChild(visit);
  };
  visit(src);
  return found;
}

describe('popup and options strings', () => {
  it.each(FILES)('%s has no inline English', (file) => {
    expect(inlineText(file)).toEqual([]);
  });
});
