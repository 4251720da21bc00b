// Section 11: what an edit costs against what it changed (incremental re-checking). Each row puts a
// figure of sections 1-3 of the same run beside the reference the target is stated against: a keystroke
// beside a full parse of the same text (remark-parse, `yaml` parseDocument) and beside
// yaml-language-server, the same edit at 10,000 beside 1,000, a code action beside its limit, the growth
// of a check beside the growth of the parse. Without sections 1-3 in the run, the rows say n/a.
import type { Form } from './generate';
import type { BenchRow } from './row';
import { median, ms, ratio } from './stats';

export interface IncrementalInputs {
  forms: readonly Form[];
  label: Record<Form, string>;
  /** Section 1: cold checkText and the parse floor, by `${form}-${size}`. */
  inProcess: Map<string, { ours: number; floor: number }>;
  /** Section 2: our didChange→diagnostics samples by `${form}-${size}`, yaml-ls's by size. */
  didChange: Map<string, number[]>;
  yamlLs: Map<number, number[]>;
  /** Section 3: code action samples at 1,000 by form. */
  codeActions: Map<Form, number[]>;
}

const CODE_ACTION_LIMIT_MS = 10;

export function incrementalRows(inputs: IncrementalInputs): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of [1000, 10000]) {
    for (const form of inputs.forms) {
      const samples = inputs.didChange.get(`${form}-${size}`);
      const ours = samples ? median(samples) : undefined;
      const floor = inputs.inProcess.get(`${form}-${size}`)?.floor;
      const parser = form === 'yaml' ? 'yaml parseDocument' : 'remark-parse';
      rows.push({
        measure: `didChange→diagnostics ${inputs.label[form]} ${size} (median) vs a full parse of the text`,
        ours: ms(ours),
        reference: `${ms(floor)} ${parser}`,
        ratio: ratio(ours, floor),
        target: '≤ 0.3×',
        ok: ours === undefined || floor === undefined ? undefined : ours <= 0.3 * floor,
      });
      const yamlLs = inputs.yamlLs.get(size);
      const reference = yamlLs ? median(yamlLs) : undefined;
      rows.push({
        measure: `didChange→diagnostics ${inputs.label[form]} ${size} (median) vs yaml-language-server`,
        ours: ms(ours),
        reference: `${ms(reference)} yaml-ls${form === 'yaml' ? '' : ' (same charter as YAML)'}`,
        ratio: ratio(ours, reference),
        target: '≤ 0.05× (20× faster)',
        ok: ours === undefined || reference === undefined ? undefined : ours * 20 <= reference,
      });
    }
  }
  for (const form of inputs.forms) {
    const big = inputs.didChange.get(`${form}-10000`);
    const mid = inputs.didChange.get(`${form}-1000`);
    const growth = big && mid ? median(big) / median(mid) : undefined;
    rows.push({
      measure: `an edit inside one row, ${inputs.label[form]}: at 10000 / at 1000 (medians)`,
      ours: growth === undefined ? 'n/a' : `${growth.toFixed(1)}×`,
      reference: big && mid ? `${ms(median(big))} / ${ms(median(mid))}` : 'n/a',
      ratio: '',
      target: '≤ 3×',
      ok: growth === undefined ? undefined : growth <= 3,
    });
  }
  for (const form of inputs.forms) {
    const samples = inputs.codeActions.get(form);
    const ours = samples ? median(samples) : undefined;
    const check = inputs.inProcess.get(`${form}-1000`)?.ours;
    rows.push({
      measure: `codeAction ${inputs.label[form]} 1000, every fix verified (median)`,
      ours: ms(ours),
      reference: `${ms(check)} one cold checkText of the text`,
      ratio: ratio(ours, check),
      target: `≤ ${CODE_ACTION_LIMIT_MS} ms`,
      ok: ours === undefined ? undefined : ours <= CODE_ACTION_LIMIT_MS,
    });
  }
  for (const form of inputs.forms) {
    const big = inputs.inProcess.get(`${form}-10000`);
    const mid = inputs.inProcess.get(`${form}-1000`);
    const growth = big && mid ? big.ours / mid.ours : undefined;
    const floor = big && mid ? big.floor / mid.floor : undefined;
    rows.push({
      measure: `growth 10000/1000 checkText ${inputs.label[form]}`,
      ours: growth === undefined ? 'n/a' : `${growth.toFixed(1)}×`,
      reference: floor === undefined ? 'n/a' : `${floor.toFixed(1)}× parse floor`,
      ratio: ratio(growth, floor),
      target: '≤ 10×',
      ok: growth === undefined ? undefined : growth <= 10,
    });
  }
  return rows;
}
