// STUB: replaced by the CLI.
console.error('team-charter: not built yet');
process.exit(2);
