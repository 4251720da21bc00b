// The charter model: what every parser produces and every rule, fix, hover and CLI reads.
// Invariant: nothing here (or anywhere under core/) imports `vscode` or an LSP package. Positions are
// LSP-shaped plain objects (0-based line, UTF-16 code units) so the server can pass them through as is.

export * from './positions';
export * from './roles';
export * from './responsibilities';
export * from './findings';
export * from './reading';
export * from './charter';
