// Codegen stage (XML): profile items -> a canonical `<flat-profile>` document, one parameter per line.
// Input: items (imports already spliced). Output: XML text and diagnostics for values XML cannot hold.
import { escapeXmlAscii } from '../text/xml-escape.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { XML_NAME, xmlNameOf } from '../model/names.js';
import type { Entry, SplicedItem } from '../model/profile.js';

export interface EmitResult {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

const INDENT = '  ';

/** `<X/>` keeps "leave unchanged" and `<X></X>` keeps "set empty"; non-ASCII is written as character
 * references because the SPA firmware is documented as ASCII-only. */
export function emitXml(items: readonly SplicedItem[]): EmitResult {
  const lines: string[] = ['<flat-profile>'];
  const diagnostics: Diagnostic[] = [];
  let open: readonly string[] = [];
  let pendingBlank = false;
  for (const item of items) {
    if (item.kind === 'blank') {
      pendingBlank = lines.length > 1;
      continue;
    }
    open = moveTo(lines, open, item.path);
    if (pendingBlank) lines.push('');
    pendingBlank = false;
    const pad = INDENT.repeat(open.length + 1);
    if (item.kind === 'comment') lines.push(`${pad}${xmlComment(item.text)}`);
    else lines.push(pad + entryLine(item, diagnostics));
  }
  moveTo(lines, open, []);
  lines.push('</flat-profile>', '');
  return { text: lines.join('\n'), diagnostics };
}

/** Closes and opens group elements so that `lines` continues inside `path`. */
function moveTo(lines: string[], open: readonly string[], path: readonly string[]): readonly string[] {
  let common = 0;
  while (common < open.length && common < path.length && open[common] === path[common]) common++;
  for (let depth = open.length - 1; depth >= common; depth--)
    lines.push(`${INDENT.repeat(depth + 1)}</${open[depth] ?? ''}>`);
  for (let depth = common; depth < path.length; depth++)
    lines.push(`${INDENT.repeat(depth + 1)}<${path[depth] ?? ''}>`);
  return path;
}

function entryLine(entry: Entry, diagnostics: Diagnostic[]): string {
  const name = xmlNameOf(entry);
  if (!XML_NAME.test(name)) {
    diagnostics.push(
      diagnostic('SPAC5005', entry.file, entry.nameRange, { name: entry.name }, { message: 'xml' }),
    );
  }
  const ua = entry.access === undefined ? '' : ` ua="${entry.access}"`;
  const comment = entry.comment === undefined ? '' : ` ${xmlComment(entry.comment)}`;
  if (entry.value === undefined) return `<${name}${ua}/>${comment}`;
  checkValue(entry, entry.value, diagnostics);
  return `<${name}${ua}>${escapeXmlAscii(entry.value)}</${name}>${comment}`;
}

function checkValue(entry: Entry, value: string, diagnostics: Diagnostic[]): void {
  const at = entry.valueRange ?? entry.nameRange;
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value)) {
    diagnostics.push(diagnostic('SPAC5001', entry.file, at, { name: entry.name }, { message: 'control' }));
  } else if (value !== value.trim() || /[\r\n]/.test(value)) {
    diagnostics.push(diagnostic('SPAC5003', entry.file, at, { name: entry.name }));
  }
}

/** XML comments may not contain `--` or end in `-`. */
const xmlComment = (text: string): string => `<!-- ${text.replace(/--/g, '- -').replace(/-$/, '- ')} -->`;
