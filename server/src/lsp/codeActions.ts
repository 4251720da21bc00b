// Quick fixes and fix-all. Every fix is applied to the text and the text checked again before it is
// offered (core/fixes/verify.ts); a request runs a bounded number of such checks, for a bounded time.
import { CodeAction, CodeActionKind, CodeActionTriggerKind, type CodeActionParams, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions, CheckResult } from '../core/check';
import { leftToTheOtherTeam } from '../core/org/giveWay';
import { FIX_ALL_CHECKS_MS, fixAllEdits, MAX_FIX_ALL_CHECKS } from '../core/features/fixAll';
import { FixVerifier, MAX_QUICK_FIX_CHECKS, QUICK_FIX_CHECKS_MS, type CheckBudget } from '../core/fixes/verify';
import { suppressionFix } from '../core/suppressionFix';
import type { DocumentAnalyses } from './analyses';
import { sameRange } from '../core/text';
import { FIX_ALL_KIND, quickFixes, SOURCE, suppressionAction } from './convert';
import type { Lifecycle } from './lifecycle';
import type { WorkspaceIndex } from './workspaceIndex';

export function registerCodeActions(
  connection: Connection,
  analyses: DocumentAnalyses,
  index: WorkspaceIndex,
  lifecycle: Lifecycle,
  checkCharter: (text: string, options: CheckOptions) => CheckResult,
): void {
  /**
   * The verifier of the document version code actions were last asked about: its verdicts are
   * remembered while the cursor moves, and dropped on the next edit.
   */
  let verifying: { verifier: FixVerifier; uri: string; version: number } | undefined;
  const verifierFor = (document: TextDocument, result: CheckResult): FixVerifier => {
    if (!verifying || verifying.verifier.before !== result || verifying.uri !== document.uri || verifying.version !== document.version) {
      const verifier = new FixVerifier(document.getText(), analyses.checkOptionsFor(document.uri), result, checkCharter);
      verifying = { verifier, uri: document.uri, version: document.version };
    }
    return verifying.verifier;
  };

  connection.onCodeAction(
    lifecycle.guard('Code actions', null, async (params: CodeActionParams, token) => {
      const analysis = await analyses.analysisAt(params.textDocument.uri, token);
      if (!analysis) return null;
      const { uri, version } = analysis.document;
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
      const actions: CodeAction[] = [];
      const verifier = verifierFor(analysis.document, analysis.result);
      const budget: CheckBudget = { remaining: MAX_QUICK_FIX_CHECKS, deadline: performance.now() + QUICK_FIX_CHECKS_MS };
      const suppressBudget: CheckBudget = { remaining: 4, deadline: performance.now() + QUICK_FIX_CHECKS_MS };
      if (wants(CodeActionKind.QuickFix)) {
        // The published findings: the charter's own and the cross-charter ones.
        const current = index.findingsOf(uri, analysis.document.getText(), analysis.result);
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== SOURCE) continue;
          actions.push(
            ...quickFixes(diagnostic, uri, version, current, (finding, fixes) =>
              verifier.isOwn(finding) ? verifier.offered(finding, fixes, budget) : verifier.offeredOutside(fixes, budget, (added) => leftToTheOtherTeam(finding, added)),
            ),
          );
          // Last, never preferred: a comment that silences this finding (core/suppressions.ts), if it works.
          const finding = current.find((f) => f.rule === diagnostic.code && f.message === diagnostic.message && sameRange(f.range, diagnostic.range));
          const suppress = finding && suppressionFix(analysis.document.getText(), analysis.result.charter.format, finding);
          const works = finding && suppress && (verifier.isOwn(finding) ? verifier.offered(finding, [suppress], suppressBudget) : verifier.offeredOutside([suppress], suppressBudget));
          if (works && works.length > 0) actions.push(suppressionAction(diagnostic, uri, version, suppress!));
        }
      }
      // Asked automatically for no kind in particular (VS Code's light bulb, which shows no source
      // actions), fix-all is not computed: verifying it would cost checks on every cursor move.
      const automatic = !only && params.context.triggerKind === CodeActionTriggerKind.Automatic;
      if (wants(FIX_ALL_KIND) && !automatic) {
        const edits = fixAllEdits(verifier, { remaining: MAX_FIX_ALL_CHECKS, deadline: performance.now() + FIX_ALL_CHECKS_MS });
        if (edits.length > 0) {
          const fixAll = CodeAction.create('Fix all safely fixable Team Charter problems', FIX_ALL_KIND);
          fixAll.edit = { documentChanges: [{ textDocument: { uri, version }, edits }] };
          actions.push(fixAll);
        }
      }
      return actions;
    }),
  );
}
