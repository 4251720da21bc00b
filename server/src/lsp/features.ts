// The read-only features and rename, each a core/features function answered from a document's analysis.
import { ErrorCodes, ResponseError, SymbolKind, type Connection, type Location, type SymbolInformation, type WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { completionsAt } from '../core/features/completion';
import { hoverAt } from '../core/features/hover';
import { coversHoverAt } from '../core/features/ownershipHover';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, type CharterLocation } from '../core/features/navigation';
import { documentSymbols } from '../core/features/symbols';
import type { DocumentAnalyses } from './analyses';
import { toCompletionItem, toDocumentSymbol } from './convert';
import type { Lifecycle } from './lifecycle';
import type { WorkspaceIndex } from './workspaceIndex';

const toLocation = (uri: string, location: CharterLocation): Location => ({
  uri: location.path ? URI.file(location.path).toString() : uri,
  range: location.range,
});

export function registerFeatures(connection: Connection, analyses: DocumentAnalyses, index: WorkspaceIndex, lifecycle: Lifecycle): void {
  connection.onHover(
    lifecycle.guard('Hover', null, async (params, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token, params.position);
      // On a covered path or component: its code owner, or its owner in the catalog (workspaceIndex.ts).
      const hover = analysis && (coversHoverAt(analysis.result.charter, params.position, index.repositoryOf(params.textDocument.uri)) ?? hoverAt(analysis.result, params.position));
      return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: hover.range } : null;
    }),
  );

  connection.onCompletion(
    lifecycle.guard('Completion', null, async (params, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token, params.position);
      if (!analysis) return null;
      return completionsAt(analysis.result, params.position).map(toCompletionItem);
    }),
  );

  connection.onDefinition(
    lifecycle.guard('Definition', null, async (params, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token, params.position);
      const location = analysis && definitionAt(analysis.result, params.position);
      return location ? toLocation(params.textDocument.uri, location) : null;
    }),
  );

  connection.onReferences(
    lifecycle.guard('References', null, async (params, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token, params.position);
      const locations = analysis && referencesAt(analysis.result, params.position, params.context.includeDeclaration);
      return locations ? locations.map((location) => toLocation(params.textDocument.uri, location)) : null;
    }),
  );

  connection.onPrepareRename(
    lifecycle.guard('Prepare rename', null, async (params, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token, params.position);
      if (!analysis) return null;
      const prepared = prepareRenameAt(analysis.result, params.position);
      if ('error' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.error);
      return prepared;
    }),
  );

  connection.onRenameRequest(
    lifecycle.guard('Rename', null, async (params, token): Promise<WorkspaceEdit | null> => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token, params.position);
      if (!analysis) return null;
      const renamed = renameAt(analysis.result, params.position, params.newName);
      if ('error' in renamed) throw new ResponseError(ErrorCodes.InvalidRequest, renamed.error);
      return { documentChanges: [{ textDocument: { uri: analysis.document.uri, version: analysis.document.version }, edits: renamed.edits }] };
    }),
  );

  connection.onDocumentSymbol(
    lifecycle.guard('Document symbols', null, async (params, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token);
      return analysis ? documentSymbols(analysis.result).map(toDocumentSymbol) : null;
    }),
  );

  // Who owns what: responsibilities and roles of every charter in the workspace (workspaceIndex.ts).
  connection.onWorkspaceSymbol(
    lifecycle.guard('Workspace symbols', null, async (params): Promise<SymbolInformation[]> =>
      (await index.symbols(typeof params.query === 'string' ? params.query : '')).map((symbol) => ({
        name: symbol.name,
        kind: symbol.kind === 'role' ? SymbolKind.Class : SymbolKind.Field,
        location: { uri: URI.file(symbol.path).toString(), range: symbol.range },
        containerName: symbol.container,
      })),
    ),
  );
}
