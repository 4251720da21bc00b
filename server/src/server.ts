// STUB: replaced by the language server entry point.
console.error('team-charter-language-server: not built yet');
process.exit(1);
