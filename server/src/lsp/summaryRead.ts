// A charter read for the organisation (workspaceIndex.ts): no rule runs, `extends` is followed as for an
// open document, and the check runs in slices as an open document's does (a large charter would hold
// the server for seconds).
import { checkText } from '../core/check';
import type { Charter } from '../core/model';
import { NO_RULES, summarizeCharter } from '../core/org/build';
import type { OrgCharter } from '../core/org/model';
import { ChunkCache } from '../core/parse/markdown';
import { CHECK_SLICE_MS } from './analyses';
import type { ServerConfiguration } from './configuration';
import { checkInSlices } from './slicedCheck';

/**
 * The summary of the charter at `file` whose text is `text` (undefined: the file is not there).
 * `extendedReads`: the charters it extends, read once for a whole scan.
 */
export async function readCharterSummary(
  configuration: ServerConfiguration,
  given: { file: string; uri: string; text: string | undefined; extendedReads?: Map<string, Charter> },
  abandoned: () => boolean,
): Promise<OrgCharter | undefined> {
  const { file, uri, text, extendedReads } = given;
  if (text === undefined) return undefined;
  // A chunk cache of its own, for the slices of this one read.
  const options = { ...configuration.checkOptionsFor(uri), severities: NO_RULES, markdown: { chunkCache: new ChunkCache() }, extendedReads };
  const checked = await checkInSlices(text, options, checkText, CHECK_SLICE_MS, abandoned);
  return checked && summarizeCharter(file, checked.result, configuration.charterSettingsFor(uri)?.teams);
}
