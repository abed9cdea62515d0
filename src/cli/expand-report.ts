// CLI shell (expand): a rules preview as JSON for scripts or as aligned text for people. Keys and secret
// registers are hidden unless asked for. Input: a Preview and the sources. Output: the report text.
import { lineIndex } from '../text/line-index.js';
import type { Fetch, Outcome } from '../rules/evaluate.js';
import { macroInfo } from '../rules/macros.js';
import { hideSecretArguments } from '../rules/print.js';
import type { Preview, RulePreview } from '../rules/preview.js';
import { append } from '../text/append.js';

export interface ReportOptions {
  readonly showSecrets: boolean;
  readonly sources: ReadonlyMap<string, string>;
}

const HIDDEN = '(hidden)';

const isSecret = (macro: string) => macroInfo(macro)?.scope === 'secret';

function where(rule: RulePreview, sources: ReadonlyMap<string, string>) {
  const entry = rule.entry;
  if (!entry) return undefined;
  const at = lineIndex(sources.get(entry.file) ?? '').position(entry.valueRange?.start ?? entry.range.start);
  return { file: entry.file, line: at.line, column: at.column };
}

export function previewJson(
  preview: Preview,
  device: { mac: string; model?: string },
  options: ReportOptions,
) {
  const macros = Object.fromEntries(
    [...preview.values].map(([k, v]) => [k, isSecret(k) && !options.showSecrets ? HIDDEN : v]),
  );
  return {
    device: { ...device, macros },
    rules: preview.rules.map((r) => ({
      name: r.name,
      value: options.showSecrets ? r.value : hideSecretArguments(r.value, HIDDEN),
      from: r.from,
      ...(r.entry ? { source: where(r, options.sources) } : {}),
      ...outcomeJson(r.outcome, options.showSecrets),
    })),
  };
}

function outcomeJson(o: Outcome, showSecrets: boolean) {
  return {
    status: o.status,
    ...(o.alternative === undefined ? {} : { alternative: o.alternative }),
    tried: o.tried,
    ...(o.missing.length > 0 ? { missing: o.missing } : {}),
    ...(o.fetch ? fetchJson(o.fetch, showSecrets) : {}),
  };
}

function fetchJson(f: Fetch, showSecrets: boolean) {
  return {
    ...(f.url === '' ? {} : { url: f.url }),
    ...(f.parts
      ? {
          scheme: f.parts.scheme,
          host: f.parts.host,
          hostFromDhcp: f.parts.host === '',
          port: f.parts.port,
          path: f.parts.path,
        }
      : {}),
    ...(f.key ? { key: { source: f.key.source, ...(showSecrets ? { value: f.key.value } : {}) } } : {}),
    ...(f.post ? { post: f.post } : {}),
    ...(f.alias ? { alias: f.alias } : {}),
    assignments: f.assignments,
  };
}

type Row = readonly [string, string];

export function previewText(
  preview: Preview,
  device: { mac: string; model?: string },
  options: ReportOptions,
): string {
  const json = previewJson(preview, device, options);
  const facts = Object.entries(json.device.macros)
    .filter(([k]) => !['MA', 'MAU', 'MAC', 'PN', 'PSN'].includes(k))
    .map(([k, v]) => `$${k}=${v}`);
  const head = [
    `device  ${json.device.macros['MAC'] ?? device.mac}` +
      (device.model
        ? `  ${device.model} ($PN ${device.model}, $PSN ${json.device.macros['PSN'] ?? ''})`
        : '  (no --target: $PN and $PSN stay as written)'),
    ...(facts.length > 0 ? [`        ${facts.join('  ')}`] : []),
  ];
  const blocks = preview.rules.map((r, i) => ruleBlock(r, json.rules[i]?.value ?? '', options));
  return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}

function ruleBlock(rule: RulePreview, shownValue: string, options: ReportOptions): string {
  const at = where(rule, options.sources);
  const origin = at
    ? `${at.file}:${at.line}:${at.column}`
    : rule.from === 'default'
      ? 'factory default'
      : 'not set';
  const rows: Row[] = [['rule', shownValue === '' ? '(empty)' : shownValue]];
  for (const t of rule.outcome.tried)
    rows.push([`alternative ${t.alternative}`, t.steps.length === 0 ? 'no condition' : t.steps.join(', ')]);
  append(rows, outcomeRows(rule.outcome, options.showSecrets, rule.name !== 'Upgrade_Rule'));
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`${rule.name}  (${origin})`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

function outcomeRows(o: Outcome, showSecrets: boolean, profile: boolean): Row[] {
  switch (o.status) {
    case 'disabled':
      return [['result', "disabled: the value starts with '#'"]];
    case 'empty':
      return [['result', 'nothing to fetch']];
    case 'invalid':
      return [['result', 'not run: the rule has errors (reported above)']];
    case 'no-match':
      return [['result', 'no alternative matches: the phone skips this rule']];
    case 'undecided':
      return [['result', `cannot tell: give ${o.missing.map((m) => `--set ${m}=...`).join(' ')}`]];
    default:
      return [
        ['result', `alternative ${o.alternative ?? 0} matches`],
        ...(o.fetch ? fetchRows(o, o.fetch, showSecrets, profile) : []),
      ];
  }
}

function fetchRows(o: Outcome, f: Fetch, showSecrets: boolean, profile: boolean): Row[] {
  const rows: Row[] = [];
  if (o.status === 'assign-only') rows.push(['fetches', 'nothing (no URL): only the assignments run']);
  else if (!f.parts) rows.push(['fetches', `${f.url}: not a URL the phone can use`]);
  else {
    const p = f.parts;
    rows.push(['fetches', f.url]);
    rows.push(['scheme', `${p.scheme}${p.schemeWritten ? '' : ' (none written: tftp)'}`]);
    rows.push(['host', p.host === '' ? '(none: the TFTP server from DHCP option 66)' : p.host]);
    rows.push(['port', String(p.port)]);
    rows.push(['path', p.path]);
  }
  if (f.key)
    rows.push([
      'key',
      f.key.source === 'rule'
        ? `written in the rule${showSecrets ? `: ${f.key.value}` : ` ${HIDDEN}`}`
        : `from ${f.key.source}${showSecrets ? `: ${f.key.value}` : ` ${HIDDEN}`}`,
    ]);
  else if (o.status === 'fetch' && profile) rows.push(['key', 'none: the profile must be plain text']);
  if (f.post) rows.push(['post', `body from ${f.post}`]);
  if (f.alias) rows.push(['alias', `name map in ${f.alias}`]);
  for (const a of f.assignments) rows.push(['sets', `${a.name} = "${a.value}"`]);
  return rows;
}
