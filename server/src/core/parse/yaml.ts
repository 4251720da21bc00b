// STUB: replaced by the YAML parser.
import type { Charter } from '../model';
import { emptyCharter } from './empty';

export function parseYamlCharter(text: string): Charter {
  return emptyCharter('yaml', text);
}
