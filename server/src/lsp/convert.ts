// Core results -> LSP types. The one place findings become diagnostics.
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentSymbol,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { Fix, Finding, Severity } from '../core/model';
import { ruleDocsUrl } from '../core/config/settings';
import { sameRange } from '../core/text';
import { SUPPRESSIONS_DOCS_URL, UNUSED_DIRECTIVE_RULE } from '../core/suppressions';
import type { CharterSymbol } from '../core/features/symbols';
import type { CompletionEntry } from '../core/features/completion';
import { URI } from 'vscode-uri';

export const SOURCE = 'team-charter';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.teamCharter`;

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, uri: string, version: number): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.rule,
    codeDescription: { href: finding.rule === UNUSED_DIRECTIVE_RULE ? SUPPRESSIONS_DOCS_URL : ruleDocsUrl(finding.rule) },
    message: finding.message,
    data: { fixes: finding.fixes, version } satisfies DiagnosticData,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      // A cross-charter finding points into other charters (RelatedLocation.path).
      location: { uri: related.path ? URI.file(related.path).toString() : uri, range: related.range },
      message: related.message,
    }));
  }
  return diagnostic;
}

export interface DiagnosticData {
  fixes: Fix[];
  /** The document version the fixes' edits were computed for. */
  version: number;
}

/**
 * The fixes a diagnostic carries, if its data has the shape toDiagnostic gives it. Fixes computed for
 * an older version of the document would edit the wrong text: for those, the finding is looked up in
 * the current findings (same rule, message and range) and its fixes are used, or none.
 */
export function fixesOf(diagnostic: Diagnostic, version: number, current: readonly Finding[]): Fix[] {
  if (diagnostic.source !== SOURCE) return [];
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || !Array.isArray(data.fixes)) return [];
  if (data.version !== version) {
    const same = current.find(
      (finding) =>
        finding.rule === diagnostic.code && finding.message === diagnostic.message && sameRange(finding.range, diagnostic.range),
    );
    return same ? same.fixes : [];
  }
  return data.fixes.filter(
    (fix): fix is Fix => typeof fix?.title === 'string' && Array.isArray(fix.edits) && fix.edits.every(isTextEdit),
  );
}


function isTextEdit(edit: unknown): edit is TextEdit {
  const candidate = edit as TextEdit | undefined;
  return typeof candidate?.newText === 'string' && typeof candidate.range?.start?.line === 'number';
}

/**
 * The quick fixes of a diagnostic as code actions. `offered` keeps the fixes worth offering (the server
 * verifies each against the current text, core/fixes/verify.ts).
 */
export function quickFixes(
  diagnostic: Diagnostic,
  uri: string,
  version: number,
  current: readonly Finding[],
  offered: (finding: Finding, fixes: Fix[]) => Fix[] = (_finding, fixes) => fixes,
): CodeAction[] {
  const finding: Finding = {
    rule: String(diagnostic.code),
    severity: 'error',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    range: diagnostic.range,
    fixes: [],
  };
  const fixes = offered(finding, fixesOf(diagnostic, version, current));
  return fixes.map((fix) => {
    const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.isPreferred ?? fixes.length === 1;
    action.edit = { documentChanges: [{ textDocument: { uri, version }, edits: fix.edits }] };
    return action;
  });
}

/** The quick fix that adds a `team-charter-disable…` comment for a diagnostic (never preferred). */
export function suppressionAction(diagnostic: Diagnostic, uri: string, version: number, fix: Fix): CodeAction {
  const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = false;
  action.edit = { documentChanges: [{ textDocument: { uri, version }, edits: fix.edits }] };
  return action;
}

const SYMBOL_KINDS: Record<CharterSymbol['kind'], SymbolKind> = {
  namespace: SymbolKind.Namespace,
  group: SymbolKind.Package,
  role: SymbolKind.Class,
  responsibility: SymbolKind.Field,
};

export function toDocumentSymbol(symbol: CharterSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}

const COMPLETION_KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  role: CompletionItemKind.Class,
  'library-role': CompletionItemKind.Reference,
  letter: CompletionItemKind.EnumMember,
  key: CompletionItemKind.Property,
};

export function toCompletionItem(entry: CompletionEntry): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: 'markdown', value: entry.documentation } : undefined,
    textEdit: { range: entry.range, newText: entry.insertText },
    filterText: entry.filterText,
    sortText: entry.sortText,
    additionalTextEdits: entry.additionalEdits,
  };
}
