// N team charters that all list one shared responsibility of the catalog they extend, each accountable
// for it (or none of them): the organisation of the "many claimants" attack, for the CLI and server tests.
export const MANY_CATALOG = `team: Engineering
shared:
  - Payments API
roles:
  lead:
    title: Team Lead
  dev:
    title: Software Engineer
`;

export function manyClaimsFiles(teams: number, accountable: boolean): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n', 'catalog.charter.yaml': MANY_CATALOG };
  for (let index = 0; index < teams; index++) {
    const name = `team-${String(index).padStart(4, '0')}`;
    const roles = accountable ? '    accountable: lead\n    responsible: [dev]\n' : '    responsible: [dev]\n';
    files[`teams/${name}.charter.yaml`] = `team: Team ${String(index).padStart(4, '0')}\nextends: ../catalog.charter.yaml\nresponsibilities:\n  - name: Payments API\n${roles}`;
  }
  return files;
}
