// Model stage (device exports): a phone's own export (spacfg.xml and the like) holds its status page
// beside its settings, each field with `group="Info/..."`. Input: a parsed profile. Output: the profile
// without those fields, and one info naming how many there were (none for an ordinary profile).
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry, Item, ProfileFile } from './profile.js';

/** The web page's Info tab (Product_Information, System_Status, Line_1_Status, ...): readings such as
 * Current_IP, MAC_Address, Software_Version and RTP_Packets_Sent, which no profile can set. */
const STATUS_GROUP = /^info\//i;

export const isStatusField = (item: Item): item is Entry =>
  item.kind === 'entry' && STATUS_GROUP.test(item.attributes?.['group'] ?? '');

/** Checks, layering and compiled profiles leave status fields out; `spac fmt` keeps the file whole. */
export function withoutStatusFields(profile: ProfileFile): {
  profile: ProfileFile;
  diagnostics: Diagnostic[];
} {
  const status = profile.items.filter(isStatusField);
  const first = status[0];
  if (first === undefined) return { profile, diagnostics: [] };
  const items = profile.items.filter((i) => !isStatusField(i));
  const params = { count: status.length, example: first.name };
  return {
    profile: { ...profile, items },
    diagnostics: [diagnostic('SPAC3010', profile.file, first.nameRange, params)],
  };
}
