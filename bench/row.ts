/** One row of a bench section's table: our figure beside its reference measured in the same run. */
export interface BenchRow {
  measure: string;
  ours: string;
  reference: string;
  ratio: string;
  target: string;
  /** Whether the target is met; undefined when the row has no target. */
  ok: boolean | undefined;
}
