// Diagnostics stage: the catalog of every diagnostic code spac can report.
// Input: nothing. Output: code -> default severity, stage band and one-line title.
// Bands: 1000 text syntax, 1100 XML syntax, 1200 imports, 2000 model, 3000 schema, 4000 rules and macros,
// 5000 codegen, 9000 CLI/I-O.

export type Severity = 'error' | 'warning' | 'info';

export interface CatalogEntry {
  readonly severity: Severity;
  readonly title: string;
}

export const catalog = {
  SPAC1001: { severity: 'error', title: 'unexpected character in a text profile' },
  SPAC1002: { severity: 'error', title: 'unterminated string' },
  SPAC1003: { severity: 'error', title: "missing ';' at the end of a parameter" },
  SPAC1004: { severity: 'error', title: 'expected a parameter name' },
  SPAC1005: { severity: 'error', title: 'malformed parameter index' },
  SPAC1006: { severity: 'error', title: 'malformed import line' },
  SPAC1007: { severity: 'error', title: 'value is not double-quoted' },
  SPAC1008: { severity: 'error', title: 'unsupported access marker' },
  SPAC1009: { severity: 'error', title: 'unexpected token after a value' },
  SPAC1101: { severity: 'error', title: 'malformed XML' },
  SPAC1102: { severity: 'error', title: 'document type or entity declaration' },
  SPAC1103: { severity: 'error', title: 'unknown or invalid entity reference' },
  SPAC1104: { severity: 'error', title: "unescaped '&' or '<' in XML text" },
  SPAC1105: { severity: 'error', title: 'closing tag without a matching opening tag' },
  SPAC1106: { severity: 'error', title: 'element is not closed' },
  SPAC1107: { severity: 'error', title: 'no <flat-profile> element' },
  SPAC1108: { severity: 'warning', title: "invalid 'ua' attribute value" },
  SPAC1109: { severity: 'error', title: 'duplicate attribute' },
  SPAC1110: { severity: 'error', title: 'unterminated comment, CDATA section or processing instruction' },
  SPAC1111: { severity: 'error', title: 'text outside the root element' },
  SPAC1112: { severity: 'warning', title: 'element mixes text and child elements' },
  SPAC1113: { severity: 'error', title: 'more than one root element' },
  SPAC1201: { severity: 'error', title: 'imported file cannot be read' },
  SPAC1202: { severity: 'error', title: 'import cycle' },
  SPAC2001: { severity: 'warning', title: 'parameter set more than once in one file' },
  SPAC3001: { severity: 'warning', title: 'unknown parameter' },
  SPAC3002: { severity: 'error', title: 'value does not fit the parameter type' },
  SPAC3003: { severity: 'warning', title: 'parameter is not on the target model' },
  SPAC3004: { severity: 'warning', title: 'line index out of range for the model' },
  SPAC3005: { severity: 'warning', title: 'secret in a profile that is not encrypted' },
  SPAC3006: { severity: 'error', title: 'unknown target model' },
  SPAC3007: { severity: 'error', title: 'invalid schema file' },
  SPAC3008: { severity: 'warning', title: 'option list in a sample profile needs review' },
  SPAC4001: { severity: 'error', title: 'rule syntax error' },
  SPAC4002: { severity: 'error', title: 'option not known in this rule language' },
  SPAC4003: { severity: 'error', title: 'option argument missing or invalid' },
  SPAC4004: { severity: 'error', title: 'unusable URL in a rule' },
  SPAC4005: { severity: 'error', title: 'comparison of mismatched types' },
  SPAC4006: { severity: 'error', title: 'alternative without a condition before the last' },
  SPAC4007: { severity: 'error', title: 'rule part not allowed in this rule language' },
  SPAC4008: { severity: 'warning', title: 'assignment to an unknown parameter' },
  SPAC4010: { severity: 'warning', title: 'unknown macro' },
  SPAC4011: { severity: 'warning', title: 'secret macro outside --key, --uid or --pwd' },
  SPAC4012: { severity: 'warning', title: 'macro not expanded by provisioning on this phone' },
  SPAC4013: { severity: 'info', title: 'macro has a better spelling' },
  SPAC4014: { severity: 'warning', title: 'malformed macro' },
  SPAC4015: { severity: 'warning', title: 'text macro compared without quotes' },
  SPAC4016: { severity: 'warning', title: 'option given more than once' },
  SPAC4020: { severity: 'warning', title: 'key register is empty or not set' },
  SPAC4021: { severity: 'warning', title: 'secrets fetched in clear by a rule without --key' },
  SPAC5001: { severity: 'error', title: 'value cannot be written in the output format' },
  SPAC5002: { severity: 'warning', title: 'names kept in XML spelling in text output' },
  SPAC5003: { severity: 'warning', title: 'value has white space that XML strips' },
  SPAC5004: { severity: 'warning', title: 'factory-default access cannot be written in text' },
  SPAC5005: { severity: 'error', title: 'name cannot be written in the target format' },
  SPAC5006: { severity: 'error', title: 'nested XML group cannot be written in text' },
  SPAC9001: { severity: 'error', title: 'input file cannot be read' },
  SPAC9002: { severity: 'error', title: 'output file cannot be written' },
  SPAC9003: { severity: 'error', title: 'input is not a text profile' },
} as const satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof catalog;

export const isDiagnosticCode = (code: string): code is DiagnosticCode => Object.hasOwn(catalog, code);
