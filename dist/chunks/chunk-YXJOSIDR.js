import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// src/diagnostics/catalog.ts
var catalog = {
  SPAC1001: {
    severity: "error",
    title: "unexpected character in a text profile",
    messages: { default: "unexpected {what} {text}" }
  },
  SPAC1002: {
    severity: "error",
    title: "unterminated string",
    messages: { default: `unterminated string: add the closing '"'` }
  },
  SPAC1003: {
    severity: "error",
    title: "missing ';' at the end of a parameter",
    messages: { default: "missing ';' after '{name}'" }
  },
  SPAC1004: {
    severity: "error",
    title: "expected a parameter name",
    messages: { default: "expected a parameter name, found {found}" }
  },
  SPAC1005: {
    severity: "error",
    title: "malformed parameter index",
    messages: { default: "index of '{name}' must be a number in brackets, like '{name}[1]'" }
  },
  SPAC1006: {
    severity: "error",
    title: "malformed import line",
    messages: {
      default: "'import' must start a line",
      "no-file": "'import' needs a file name",
      spaces: "quote a file name that contains spaces"
    }
  },
  SPAC1007: {
    severity: "error",
    title: "value is not double-quoted",
    messages: { default: "value of '{name}' must be in double quotes" }
  },
  SPAC1008: {
    severity: "error",
    title: "unsupported access marker",
    messages: {
      default: "access marker '{marker}' on '{name}' is not supported: use '!' (read-write), '?' (read-only) or none"
    }
  },
  SPAC1009: {
    severity: "error",
    title: "unexpected token after a value",
    messages: { default: "unexpected {token} after '{name}'" }
  },
  SPAC1010: {
    severity: "error",
    title: "file is not UTF-8",
    messages: {
      default: "byte {byte} here is not UTF-8 and is read as U+FFFD (the file is probably Latin-1): save the file as UTF-8"
    }
  },
  SPAC1101: {
    severity: "error",
    title: "malformed XML",
    messages: {
      default: "unexpected {token}",
      tag: "malformed tag: unexpected {token}",
      "closing-tag": "malformed closing tag {token}"
    }
  },
  SPAC1102: {
    severity: "error",
    title: "document type or entity declaration",
    messages: { default: "'<!DOCTYPE' and entity declarations are not allowed; entities are never expanded" }
  },
  SPAC1103: {
    severity: "error",
    title: "unknown or invalid entity reference",
    messages: { default: "unknown entity {reference}", character: "{reference} is not a valid character" }
  },
  SPAC1104: {
    severity: "error",
    title: "unescaped '&' or '<' in XML text",
    messages: {
      default: "'&' must be written as '&amp;'",
      "lt-value": "'<' must be written as '&lt;' in a value",
      "lt-attribute": "'<' must be written as '&lt;' in an attribute"
    }
  },
  SPAC1105: {
    severity: "error",
    title: "closing tag without a matching opening tag",
    messages: { default: "closing tag {tag} has no matching opening tag" }
  },
  SPAC1106: {
    severity: "error",
    title: "element is not closed",
    messages: { default: "element {element} is not closed" }
  },
  SPAC1107: {
    severity: "error",
    title: "no <flat-profile> element",
    messages: { default: "no <{root}> element found: the phone would apply nothing" }
  },
  SPAC1108: {
    severity: "warning",
    title: "invalid 'ua' attribute value",
    messages: {
      default: "'ua' of '{name}' must be 'na', 'ro' or 'rw', not {value}; factory default access applies"
    }
  },
  SPAC1109: {
    severity: "error",
    title: "duplicate attribute",
    messages: { default: "attribute '{name}' is given twice" }
  },
  SPAC1110: {
    severity: "error",
    title: "unterminated comment, CDATA section or processing instruction",
    messages: { default: "{what} is not terminated" }
  },
  SPAC1111: {
    severity: "error",
    title: "text outside the root element",
    messages: { default: "text outside the root element" }
  },
  SPAC1112: {
    severity: "warning",
    title: "element mixes text and child elements",
    messages: {
      default: "'{name}' holds both text and child elements; the text is ignored",
      group: "text directly inside a group is ignored; put it in a parameter element"
    }
  },
  SPAC1113: {
    severity: "error",
    title: "more than one root element",
    messages: { default: "more than one root element: {element} follows {first}" }
  },
  SPAC1114: {
    severity: "error",
    title: "elements nested too deeply",
    messages: {
      default: "{element} is nested more than {limit} elements deep: it and everything inside it are skipped"
    }
  },
  SPAC1115: {
    severity: "error",
    title: "not well-formed XML",
    messages: {
      default: "not well-formed XML",
      comment: "'--' inside a comment, or '-' just before its '-->': XML does not allow it",
      "cdata-end": "']]>' in text must be written ']]&gt;'",
      declaration: "the XML declaration must be the very first thing in the file, before any white space"
    }
  },
  SPAC1201: {
    severity: "error",
    title: "imported file cannot be read",
    messages: { default: "cannot read imported file '{file}': {reason}" }
  },
  SPAC1202: { severity: "error", title: "import cycle", messages: { default: "import cycle: {cycle}" } },
  SPAC2001: {
    severity: "warning",
    title: "parameter set more than once in one file",
    messages: { default: "'{name}' is set more than once in this file; the last setting wins" }
  },
  SPAC3001: {
    severity: "warning",
    title: "unknown parameter",
    messages: {
      default: "unknown parameter '{name}'",
      suggestion: "unknown parameter '{name}'; did you mean '{suggestion}'?"
    }
  },
  SPAC3002: {
    severity: "error",
    title: "value does not fit the parameter type",
    messages: {
      default: "invalid value {value} for '{name}': {expected}",
      hidden: "invalid value for '{name}': {expected}"
    }
  },
  SPAC3003: {
    severity: "warning",
    title: "parameter is not on the target model",
    messages: { default: "'{name}' is not a parameter of {model}; the phone ignores it" }
  },
  SPAC3004: {
    severity: "warning",
    title: "line index out of range for the model",
    messages: {
      default: "'{name}' is for line {line}, but {model} has {lines}; the phone ignores it",
      "no-target": "'{name}' is for line {line}, but no {family} model has more than {lines}; the phone ignores it",
      "from-one": "'{name}' names line {line}, but lines count from 1"
    }
  },
  SPAC3005: {
    severity: "warning",
    title: "secret in a profile that is not encrypted",
    messages: {
      default: "'{name}' is a secret, and this profile is not encrypted: anyone who can fetch it can read it"
    }
  },
  SPAC3006: {
    severity: "error",
    title: "unknown target model",
    messages: {
      default: "unknown target model '{target}'; known models: {models}",
      firmware: "target '{target}' names firmware '{firmware}', which is not a version such as 7.5.5"
    }
  },
  SPAC3007: {
    severity: "error",
    title: "invalid schema file",
    messages: { default: "{problem}", at: "'{path}': {problem}", schema: "schema: {problem}" }
  },
  SPAC3008: {
    severity: "warning",
    title: "option list in a sample profile needs review",
    messages: {
      default: "options of '{name}' do not include its default '{value}'; imported as a plain string, list its options by hand",
      grouped: "options of '{name}' are ambiguous because the default '{value}' holds '/': read as {read}; check them",
      ambiguous: "options of '{name}' are ambiguous because the default '{value}' holds '/'; imported as a plain string, list its options by hand"
    }
  },
  SPAC3009: {
    severity: "info",
    title: "yes/no value not in its canonical spelling",
    messages: {
      default: "'{value}' means '{canonical}' for '{name}'; '{canonical}' is how the phone and spac write it"
    }
  },
  SPAC3010: {
    severity: "info",
    title: "status fields of a device export",
    messages: {
      default: "a device export: {count} status fields (group 'Info/...', such as '{example}') are the phone's readings, not settings; checks and compiled profiles leave them out"
    }
  },
  SPAC3011: {
    severity: "info",
    title: "empty Yes/No or choice",
    messages: {
      default: "'{name}' is empty: Cisco's guides say an empty value resets it to its default, '{default}'; write the value to be sure",
      factory: "'{name}' is empty: Cisco's guides say an empty value resets it to its factory default; write the value to be sure"
    }
  },
  SPAC3012: {
    severity: "warning",
    title: "not in the target firmware",
    messages: {
      default: "'{name}' is a parameter of firmware {range}, not of {target}; the phone ignores it",
      option: "'{value}' for '{name}' is an option of firmware {range}, not of {target}"
    }
  },
  SPAC3013: {
    severity: "info",
    title: "nested router settings not checked",
    messages: {
      default: "'{name}' and the other settings nested in '{group}' are router settings, which spac does not check"
    }
  },
  SPAC3014: {
    severity: "warning",
    title: "value in a form no document describes",
    messages: { default: "'{name}': {problem}" }
  },
  SPAC4001: {
    severity: "error",
    title: "rule syntax error",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4002: {
    severity: "error",
    title: "option not known in this rule language",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4003: {
    severity: "error",
    title: "option argument missing or invalid",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4004: {
    severity: "error",
    title: "unusable URL in a rule",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4005: {
    severity: "error",
    title: "comparison of mismatched types",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4006: {
    severity: "error",
    title: "alternative without a condition before the last",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4007: {
    severity: "error",
    title: "rule part not allowed in this rule language",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4008: {
    severity: "warning",
    title: "assignment to an unknown parameter",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4010: {
    severity: "warning",
    title: "unknown macro",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4011: {
    severity: "warning",
    title: "secret macro outside --key, --uid or --pwd",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4012: {
    severity: "warning",
    title: "macro not expanded by provisioning on this phone",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4013: {
    severity: "info",
    title: "macro has a better spelling",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4014: {
    severity: "warning",
    title: "malformed macro",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4015: {
    severity: "warning",
    title: "text macro compared without quotes",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4016: {
    severity: "warning",
    title: "option given more than once",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4020: {
    severity: "warning",
    title: "key register is empty or not set",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC4021: {
    severity: "warning",
    title: "secrets fetched in clear by a rule without --key",
    messages: { default: "'{parameter}': {finding}" }
  },
  SPAC5001: {
    severity: "error",
    title: "value cannot be written in the output format",
    messages: {
      default: `value of '{name}' contains a '"' or a line break, which the text format cannot hold; emit XML instead`,
      control: "value of '{name}' has a control character, which XML cannot hold",
      surrogate: "value of '{name}' has half of a UTF-16 surrogate pair, a character no file can hold"
    }
  },
  SPAC5002: {
    severity: "warning",
    title: "names kept in XML spelling in text output",
    messages: {
      default: "{count} with no known text name kept in XML spelling, such as '{name}', which the phone's text reader may not know"
    }
  },
  SPAC5003: {
    severity: "warning",
    title: "value has white space that XML strips",
    messages: {
      default: "value of '{name}' has white space at its ends or a line break, which the phone's XML reader turns into spaces or strips"
    }
  },
  SPAC5004: {
    severity: "warning",
    title: "factory-default access cannot be written in text",
    messages: {
      default: "{count} without 'ua' (factory default access), such as '{name}', are written without a marker, which means no user access",
      one: "{count} without 'ua' (factory default access), such as '{name}', is written without a marker, which means no user access"
    }
  },
  SPAC5005: {
    severity: "error",
    title: "name cannot be written in the target format",
    messages: {
      default: "name '{name}' cannot be written in the text format",
      xml: "'{name}' cannot be written as an XML tag"
    }
  },
  SPAC5006: {
    severity: "error",
    title: "nested XML group cannot be written in text",
    messages: {
      default: "{count} inside XML groups, such as '{path}', cannot be written in the text format"
    }
  },
  SPAC6001: {
    severity: "error",
    title: "encrypted input without a key",
    messages: { default: "'{file}' is encrypted: give its key with --key, --key-env or --key-file" }
  },
  SPAC6002: {
    severity: "error",
    title: "wrong key or damaged encrypted file",
    messages: { default: "cannot decrypt '{file}': the key is wrong or the file is damaged" }
  },
  SPAC6003: {
    severity: "error",
    title: "encrypted file cut short",
    messages: { default: "'{file}' is cut short: its ciphertext is not a whole number of 16-byte blocks" }
  },
  SPAC6004: {
    severity: "error",
    title: "not an encrypted profile",
    messages: { default: "'{file}' is not an encrypted profile (it does not start with 'Salted__')" }
  },
  SPAC6005: {
    severity: "error",
    title: "damaged gzip data",
    messages: { default: "cannot decompress '{file}': {reason}" }
  },
  SPAC6006: {
    severity: "error",
    title: "encrypted or compressed file cannot be rewritten in place",
    messages: {
      default: "'{file}' is encrypted or compressed: 'fmt --write' does not rewrite it; format the source and compile it again"
    }
  },
  SPAC6007: {
    severity: "error",
    title: "binary profile where a text profile is expected",
    messages: { default: "'{file}' is a spac binary profile: read it with 'spac decompile'" }
  },
  SPAC6010: {
    severity: "error",
    title: "not a spac binary profile",
    messages: { default: "'{file}' is not a spac binary profile" }
  },
  SPAC6011: {
    severity: "error",
    title: "unsupported binary format version",
    messages: { default: "'{file}' is binary format version {version}; this spac reads version {supported}" }
  },
  SPAC6012: {
    severity: "error",
    title: "damaged binary profile",
    messages: { default: "'{file}' is damaged: {problem}", cut: "'{file}' is cut short" }
  },
  SPAC6013: {
    severity: "error",
    title: "wrong key or MAC, or damaged encrypted binary",
    messages: {
      default: "cannot decrypt '{file}': the key is wrong, or the file is damaged",
      bound: "cannot decrypt '{file}': the key or the MAC is wrong, or the file is damaged"
    }
  },
  SPAC6014: {
    severity: "error",
    title: "binary profile needs a key or a MAC",
    messages: {
      default: "'{file}' is encrypted: give its key with --key, --key-env or --key-file",
      mac: "'{file}' is bound to one device: give its MAC with --mac"
    }
  },
  SPAC6015: {
    severity: "error",
    title: "binary built against another schema",
    messages: {
      default: "'{file}' was built against the schema family '{family}', which is not loaded: give it with --schema",
      version: "'{file}' was built against another version of the '{family}' schema ({built}..., loaded {loaded}...): decode it with the schema it was built with (--schema)"
    }
  },
  SPAC6016: {
    severity: "error",
    title: "key derivation cost out of range",
    messages: {
      default: "'{file}' asks for a key derivation cost outside what spac allows (scrypt N=2^{log2N}, r={r}, p={p})"
    }
  },
  SPAC6017: {
    severity: "error",
    title: "malformed binary profile",
    messages: {
      default: "'{file}' passed its integrity check but is malformed ({problem}): it was not written by spac"
    }
  },
  SPAC7001: { severity: "error", title: "invalid config file", messages: { default: "{problem}" } },
  SPAC7002: {
    severity: "error",
    title: "config file cannot be read or extends in a cycle",
    messages: {
      default: "cannot read the config file '{file}': {reason}",
      cycle: "'{file}' extends itself through {chain}"
    }
  },
  SPAC7010: {
    severity: "warning",
    title: "unknown code in a suppression comment",
    messages: { default: "unknown code '{code}' in a suppression (see 'spac explain')" }
  },
  SPAC7011: {
    severity: "warning",
    title: "unused suppression",
    messages: { default: "unused suppression: no {codes} is reported here" }
  },
  SPAC8001: {
    severity: "error",
    title: "inventory cannot be read as CSV or JSON Lines",
    messages: {
      default: "the inventory is empty",
      csv: "not valid CSV: {problem}",
      twice: "column '{column}' is given twice",
      json: "not a JSON object on one line",
      "json-value": "the value of '{column}' must be a string, a number, true or false",
      encoding: "the inventory is not UTF-8"
    }
  },
  SPAC8002: {
    severity: "error",
    title: "malformed or missing MAC address",
    messages: {
      default: "{value} is not a MAC address: give 12 hex digits, such as 00:0e:08:aa:bb:cc",
      "no-column": "the inventory has no 'mac' column",
      empty: "this device has no MAC address"
    }
  },
  SPAC8003: {
    severity: "error",
    title: "device listed twice",
    messages: { default: "device {mac} is listed twice" }
  },
  SPAC8004: {
    severity: "error",
    title: "column is not a parameter name",
    messages: {
      default: "column '{column}' is not a parameter name: write one in text or XML spelling, optionally followed by '!' or '?'"
    }
  },
  SPAC8005: {
    severity: "error",
    title: "two devices write the same file",
    messages: { default: "devices {first} and {second} would both write '{name}'" }
  },
  SPAC8006: {
    severity: "error",
    title: "output name cannot be used",
    messages: {
      default: "the output name '{name}' must be a relative path inside the output directory",
      macro: "the output name uses '{macro}', which spac cannot fill for device {mac}: give the device a model"
    }
  },
  SPAC8007: {
    severity: "error",
    title: "device key missing",
    messages: {
      default: "device {mac} has no key in column '{column}'",
      "no-column": "there is no key column '{column}' in the inventory",
      env: "the environment variable '{variable}' that holds the master secret is not set or empty"
    }
  },
  SPAC8008: {
    severity: "error",
    title: "bootstrap rule does not fetch the device's profile with its key",
    messages: {
      default: "the bootstrap rule of device {mac} fetches '{path}', not its profile '{name}'",
      "no-fetch": "the bootstrap rule of device {mac} fetches nothing ({status})",
      key: "the bootstrap rule of device {mac} decrypts with {source}, not with the key in {register}"
    }
  },
  SPAC8009: {
    severity: "error",
    title: "unknown device model",
    messages: {
      default: "unknown model '{model}' for device {mac}; known models: {models}",
      firmware: "model '{model}' for device {mac} names firmware '{firmware}', which is not a version such as 7.5.5"
    }
  },
  SPAC8010: {
    severity: "error",
    title: "device layer cannot be read",
    messages: { default: "cannot read layer '{file}' of device {mac}: {reason}" }
  },
  SPAC8101: {
    severity: "error",
    title: "server name the phones reject",
    messages: {
      default: "'{host}' is not a fully qualified host name: the phones compare the server's CN with the host they fetch from",
      "not-fqdn": "'{host}' is not a fully qualified host name: the phones compare the server's CN with the host they fetch from",
      wildcard: "'{host}' is a wild-card name: the phones do not accept wild-card certificates"
    }
  },
  SPAC8102: {
    severity: "warning",
    title: "weak key",
    messages: { default: "a {bits}-bit RSA key is weak: use 2048 bits or more" }
  },
  SPAC8103: {
    severity: "error",
    title: "certificate, key or request cannot be used",
    messages: { default: "'{file}' cannot be used: {problem}" }
  },
  SPAC8104: {
    severity: "warning",
    title: "certificate outside its validity",
    messages: {
      default: "the certificate expired on {date}",
      expired: "the certificate expired on {date}",
      "not-yet": "the certificate is not valid until {date}",
      soon: "the certificate expires on {date}, in {days} days"
    }
  },
  SPAC8105: {
    severity: "error",
    title: "malformed certificate subject",
    messages: { default: "malformed --subject: {problem}" }
  },
  SPAC8201: {
    severity: "error",
    title: "setting on the phone differs from the profile",
    messages: {
      default: "'{name}' is '{reported}' on the phone, '{expected}' in the profile",
      secret: "'{name}' on the phone differs from the profile (a secret: values hidden)",
      missing: "'{name}' is set in the profile but missing from the phone's report"
    }
  },
  SPAC9001: {
    severity: "error",
    title: "input file cannot be read",
    messages: { default: "cannot read '{file}': {reason}" }
  },
  SPAC9002: {
    severity: "error",
    title: "output file cannot be written",
    messages: { default: "cannot write '{file}': {reason}" }
  },
  SPAC9003: {
    severity: "error",
    title: "input is not a text profile",
    messages: {
      default: "cannot read '{file}': not a text profile (it contains NUL bytes)",
      utf16: "cannot read '{file}': it is UTF-16; save it as UTF-8",
      encoding: "cannot read '{file}': its XML declaration names encoding '{encoding}'; save it as UTF-8 (ISO-8859-1 and Windows-1252 are read too)"
    }
  },
  SPAC9004: {
    severity: "warning",
    title: "a folder or pattern names no profile",
    messages: {
      default: "no profile matches '{pattern}'",
      folder: "no profile (*.cfg, *.spc, *.xml) in folder '{pattern}'"
    }
  },
  SPAC9005: {
    severity: "warning",
    title: "standard output is discarded",
    messages: {
      default: "standard output is closed (or /dev/null): what '-o -' writes is discarded; name a file with -o"
    }
  }
}, isDiagnosticCode = (code) => Object.hasOwn(catalog, code);

// src/diagnostics/diagnostic.ts
var shownMessage = (d) => d.device === void 0 ? d.message : `device ${d.device}: ${d.message}`, range = (start, end = start) => ({ start, end });
function diagnostic(code, file, at, params = {}, extras = {}) {
  let messageId = extras.message ?? "default", severity = extras.severity ?? catalog[code].severity, message = formatMessage(code, messageId, params), { related, fix } = extras, base = { code, severity, message, messageId, params, file, range: at };
  return related && related.length > 0 ? fix ? { ...base, related, fix } : { ...base, related } : fix ? { ...base, fix } : base;
}
function formatMessage(code, messageId, params) {
  let template = catalog[code].messages[messageId];
  if (template === void 0) throw new Error(`${code} has no message '${messageId}'`);
  let pieces = piecesOf(template), out = pieces.slice();
  for (let i = 1; i < pieces.length; i += 2) {
    let value = params[pieces[i]];
    if (value === void 0) throw new Error(`${code} '${messageId}' needs the parameter '${pieces[i]}'`);
    out[i] = String(value);
  }
  return out.join("");
}
var templates = /* @__PURE__ */ new Map();
function piecesOf(template) {
  let pieces = templates.get(template);
  return pieces || templates.set(template, pieces = template.split(/\{(\w+)\}/)), pieces;
}
var hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === "error"), isFixable = (d) => d.fix?.safe === !0;
function sortDiagnostics(diagnostics) {
  let fileOrder = /* @__PURE__ */ new Map(), last;
  for (let i = 0; i < diagnostics.length; i++) {
    let file = diagnostics[i].file;
    file !== last && !fileOrder.has(last = file) && fileOrder.set(file, fileOrder.size);
  }
  let order = (a, b) => (a.file === b.file ? 0 : (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0)) || a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0), sorted = !0;
  for (let i = 1; sorted && i < diagnostics.length; i++)
    sorted = order(diagnostics[i - 1], diagnostics[i]) <= 0;
  return sorted ? [...diagnostics] : [...diagnostics].sort(order);
}
var codedFailure = (code, params, messageId = "default") => ({
  ok: !1,
  code,
  messageId,
  params,
  message: formatMessage(code, messageId, params)
}), failureDiagnostic = (failure, file) => diagnostic(failure.code, file, range(0), failure.params, { message: failure.messageId }), locatedDiagnostics = (code, file, problems) => problems.map((p) => diagnostic(code, file, range(p.start, p.end), { problem: p.message })), diagnosticKey = (d) => [d.code, d.file, String(d.range.start), String(d.range.end), d.message, d.device ?? ""].join("\0");
function quote(text, max = 40) {
  let flat = text.replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat}'`;
}

// src/text/append.ts
function append(to, items) {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
  return to;
}
function addTo(map, key, item) {
  let list = map.get(key);
  list ? list.push(item) : map.set(key, [item]);
}

// src/text/sorted.ts
function countAtMost(length, keyAt, value) {
  let lo = 0, hi = length;
  for (; lo < hi; ) {
    let mid = lo + hi >> 1;
    keyAt(mid) <= value ? lo = mid + 1 : hi = mid;
  }
  return lo;
}

// src/text/line-index.ts
function lineIndex(text) {
  let starts = lineStarts(text), position = (offset) => {
    let clamped = Math.max(0, Math.min(offset, text.length)), lo = countAtMost(starts.length, (i) => starts[i] ?? 0, clamped) - 1;
    return { line: lo + 1, column: clamped - (starts[lo] ?? 0) + 1 };
  }, bounds = (line) => ({
    start: starts[line - 1] ?? text.length,
    end: starts[line] ?? text.length
  });
  return { position, lineText: (line) => {
    let { start, end } = bounds(line);
    return text.slice(start, end).replace(/\r?\n$|\r$/, "");
  }, bounds, lineCount: starts.length };
}
function lineStarts(text) {
  let starts = [0], lf = text.indexOf(`
`), cr = text.indexOf("\r");
  for (; lf !== -1 || cr !== -1; )
    cr !== -1 && (lf === -1 || cr < lf) ? (cr + 1 !== lf && starts.push(cr + 1), cr = text.indexOf("\r", cr + 1)) : (starts.push(lf + 1), lf = text.indexOf(`
`, lf + 1));
  return starts;
}

// src/workspace/host.ts
var STDIN_NAME = "<stdin>";

export {
  catalog,
  isDiagnosticCode,
  shownMessage,
  range,
  diagnostic,
  formatMessage,
  hasErrors,
  isFixable,
  sortDiagnostics,
  codedFailure,
  failureDiagnostic,
  locatedDiagnostics,
  diagnosticKey,
  quote,
  append,
  addTo,
  countAtMost,
  lineIndex,
  STDIN_NAME
};
