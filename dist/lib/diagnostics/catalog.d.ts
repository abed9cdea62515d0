export type Severity = 'error' | 'warning' | 'info';
export interface CatalogEntry {
    readonly severity: Severity;
    readonly title: string;
    /** Message templates by id (`default`, and variants where one code has several wordings); `{name}`
     * stands for a named parameter each diagnostic carries. Findings of a sub-checker (a rule language,
     * the JSON of a config or schema, the binary reader) are one parameter, `finding` or `problem`. */
    readonly messages: Readonly<Record<string, string>>;
}
export declare const catalog: {
    readonly SPAC1001: {
        readonly severity: "error";
        readonly title: "unexpected character in a text profile";
        readonly messages: {
            readonly default: "unexpected {what} {text}";
        };
    };
    readonly SPAC1002: {
        readonly severity: "error";
        readonly title: "unterminated string";
        readonly messages: {
            readonly default: "unterminated string: add the closing '\"'";
        };
    };
    readonly SPAC1003: {
        readonly severity: "error";
        readonly title: "missing ';' at the end of a parameter";
        readonly messages: {
            readonly default: "missing ';' after '{name}'";
        };
    };
    readonly SPAC1004: {
        readonly severity: "error";
        readonly title: "expected a parameter name";
        readonly messages: {
            readonly default: "expected a parameter name, found {found}";
        };
    };
    readonly SPAC1005: {
        readonly severity: "error";
        readonly title: "malformed parameter index";
        readonly messages: {
            readonly default: "index of '{name}' must be a number in brackets, like '{name}[1]'";
        };
    };
    readonly SPAC1006: {
        readonly severity: "error";
        readonly title: "malformed import line";
        readonly messages: {
            readonly default: "'import' must start a line";
            readonly 'no-file': "'import' needs a file name";
            readonly spaces: "quote a file name that contains spaces";
        };
    };
    readonly SPAC1007: {
        readonly severity: "error";
        readonly title: "value is not double-quoted";
        readonly messages: {
            readonly default: "value of '{name}' must be in double quotes";
        };
    };
    readonly SPAC1008: {
        readonly severity: "error";
        readonly title: "unsupported access marker";
        readonly messages: {
            readonly default: "access marker '{marker}' on '{name}' is not supported: use '!' (read-write), '?' (read-only) or none";
        };
    };
    readonly SPAC1009: {
        readonly severity: "error";
        readonly title: "unexpected token after a value";
        readonly messages: {
            readonly default: "unexpected {token} after '{name}'";
        };
    };
    readonly SPAC1010: {
        readonly severity: "error";
        readonly title: "file is not UTF-8";
        readonly messages: {
            readonly default: "byte {byte} here is not UTF-8 and is read as U+FFFD (the file is probably Latin-1): save the file as UTF-8";
        };
    };
    readonly SPAC1101: {
        readonly severity: "error";
        readonly title: "malformed XML";
        readonly messages: {
            readonly default: "unexpected {token}";
            readonly tag: "malformed tag: unexpected {token}";
            readonly 'closing-tag': "malformed closing tag {token}";
        };
    };
    readonly SPAC1102: {
        readonly severity: "error";
        readonly title: "document type or entity declaration";
        readonly messages: {
            readonly default: "'<!DOCTYPE' and entity declarations are not allowed; entities are never expanded";
        };
    };
    readonly SPAC1103: {
        readonly severity: "error";
        readonly title: "unknown or invalid entity reference";
        readonly messages: {
            readonly default: "unknown entity {reference}";
            readonly character: "{reference} is not a valid character";
        };
    };
    readonly SPAC1104: {
        readonly severity: "error";
        readonly title: "unescaped '&' or '<' in XML text";
        readonly messages: {
            readonly default: "'&' must be written as '&amp;'";
            readonly 'lt-value': "'<' must be written as '&lt;' in a value";
            readonly 'lt-attribute': "'<' must be written as '&lt;' in an attribute";
        };
    };
    readonly SPAC1105: {
        readonly severity: "error";
        readonly title: "closing tag without a matching opening tag";
        readonly messages: {
            readonly default: "closing tag {tag} has no matching opening tag";
        };
    };
    readonly SPAC1106: {
        readonly severity: "error";
        readonly title: "element is not closed";
        readonly messages: {
            readonly default: "element {element} is not closed";
        };
    };
    readonly SPAC1107: {
        readonly severity: "error";
        readonly title: "no <flat-profile> element";
        readonly messages: {
            readonly default: "no <{root}> element found: the phone would apply nothing";
        };
    };
    readonly SPAC1108: {
        readonly severity: "warning";
        readonly title: "invalid 'ua' attribute value";
        readonly messages: {
            readonly default: "'ua' of '{name}' must be 'na', 'ro' or 'rw', not {value}; factory default access applies";
        };
    };
    readonly SPAC1109: {
        readonly severity: "error";
        readonly title: "duplicate attribute";
        readonly messages: {
            readonly default: "attribute '{name}' is given twice";
        };
    };
    readonly SPAC1110: {
        readonly severity: "error";
        readonly title: "unterminated comment, CDATA section or processing instruction";
        readonly messages: {
            readonly default: "{what} is not terminated";
        };
    };
    readonly SPAC1111: {
        readonly severity: "error";
        readonly title: "text outside the root element";
        readonly messages: {
            readonly default: "text outside the root element";
        };
    };
    readonly SPAC1112: {
        readonly severity: "warning";
        readonly title: "element mixes text and child elements";
        readonly messages: {
            readonly default: "'{name}' holds both text and child elements; the text is ignored";
            readonly group: "text directly inside a group is ignored; put it in a parameter element";
        };
    };
    readonly SPAC1113: {
        readonly severity: "error";
        readonly title: "more than one root element";
        readonly messages: {
            readonly default: "more than one root element: {element} follows {first}";
        };
    };
    readonly SPAC1114: {
        readonly severity: "error";
        readonly title: "elements nested too deeply";
        readonly messages: {
            readonly default: "{element} is nested more than {limit} elements deep: it and everything inside it are skipped";
        };
    };
    readonly SPAC1115: {
        readonly severity: "error";
        readonly title: "not well-formed XML";
        readonly messages: {
            readonly default: "not well-formed XML";
            readonly comment: "'--' inside a comment, or '-' just before its '-->': XML does not allow it";
            readonly 'cdata-end': "']]>' in text must be written ']]&gt;'";
            readonly declaration: "the XML declaration must be the very first thing in the file, before any white space";
        };
    };
    readonly SPAC1201: {
        readonly severity: "error";
        readonly title: "imported file cannot be read";
        readonly messages: {
            readonly default: "cannot read imported file '{file}': {reason}";
        };
    };
    readonly SPAC1202: {
        readonly severity: "error";
        readonly title: "import cycle";
        readonly messages: {
            readonly default: "import cycle: {cycle}";
        };
    };
    readonly SPAC2001: {
        readonly severity: "warning";
        readonly title: "parameter set more than once in one file";
        readonly messages: {
            readonly default: "'{name}' is set more than once in this file; the last setting wins";
        };
    };
    readonly SPAC3001: {
        readonly severity: "warning";
        readonly title: "unknown parameter";
        readonly messages: {
            readonly default: "unknown parameter '{name}'";
            readonly suggestion: "unknown parameter '{name}'; did you mean '{suggestion}'?";
        };
    };
    readonly SPAC3002: {
        readonly severity: "error";
        readonly title: "value does not fit the parameter type";
        readonly messages: {
            readonly default: "invalid value {value} for '{name}': {expected}";
            readonly hidden: "invalid value for '{name}': {expected}";
        };
    };
    readonly SPAC3003: {
        readonly severity: "warning";
        readonly title: "parameter is not on the target model";
        readonly messages: {
            readonly default: "'{name}' is not a parameter of {model}; the phone ignores it";
        };
    };
    readonly SPAC3004: {
        readonly severity: "warning";
        readonly title: "line index out of range for the model";
        readonly messages: {
            readonly default: "'{name}' is for line {line}, but {model} has {lines}; the phone ignores it";
            readonly 'no-target': "'{name}' is for line {line}, but no {family} model has more than {lines}; the phone ignores it";
            readonly 'from-one': "'{name}' names line {line}, but lines count from 1";
        };
    };
    readonly SPAC3005: {
        readonly severity: "warning";
        readonly title: "secret in a profile that is not encrypted";
        readonly messages: {
            readonly default: "'{name}' is a secret, and this profile is not encrypted: anyone who can fetch it can read it";
        };
    };
    readonly SPAC3006: {
        readonly severity: "error";
        readonly title: "unknown target model";
        readonly messages: {
            readonly default: "unknown target model '{target}'; known models: {models}";
            readonly firmware: "target '{target}' names firmware '{firmware}', which is not a version such as 7.5.5";
        };
    };
    readonly SPAC3007: {
        readonly severity: "error";
        readonly title: "invalid schema file";
        readonly messages: {
            readonly default: "{problem}";
            readonly at: "'{path}': {problem}";
            readonly schema: "schema: {problem}";
        };
    };
    readonly SPAC3008: {
        readonly severity: "warning";
        readonly title: "option list in a sample profile needs review";
        readonly messages: {
            readonly default: "options of '{name}' do not include its default '{value}'; imported as a plain string, list its options by hand";
            readonly grouped: "options of '{name}' are ambiguous because the default '{value}' holds '/': read as {read}; check them";
            readonly ambiguous: "options of '{name}' are ambiguous because the default '{value}' holds '/'; imported as a plain string, list its options by hand";
        };
    };
    readonly SPAC3009: {
        readonly severity: "info";
        readonly title: "yes/no value not in its canonical spelling";
        readonly messages: {
            readonly default: "'{value}' means '{canonical}' for '{name}'; '{canonical}' is how the phone and spac write it";
        };
    };
    readonly SPAC3010: {
        readonly severity: "info";
        readonly title: "status fields of a device export";
        readonly messages: {
            readonly default: "a device export: {count} status fields (group 'Info/...', such as '{example}') are the phone's readings, not settings; checks and compiled profiles leave them out";
        };
    };
    readonly SPAC3011: {
        readonly severity: "info";
        readonly title: "empty Yes/No or choice";
        readonly messages: {
            readonly default: "'{name}' is empty: Cisco's guides say an empty value resets it to its default, '{default}'; write the value to be sure";
            readonly factory: "'{name}' is empty: Cisco's guides say an empty value resets it to its factory default; write the value to be sure";
        };
    };
    readonly SPAC3012: {
        readonly severity: "warning";
        readonly title: "not in the target firmware";
        readonly messages: {
            readonly default: "'{name}' is a parameter of firmware {range}, not of {target}; the phone ignores it";
            readonly option: "'{value}' for '{name}' is an option of firmware {range}, not of {target}";
        };
    };
    readonly SPAC3013: {
        readonly severity: "info";
        readonly title: "nested router settings not checked";
        readonly messages: {
            readonly default: "'{name}' and the other settings nested in '{group}' are router settings, which spac does not check";
        };
    };
    readonly SPAC3014: {
        readonly severity: "warning";
        readonly title: "value in a form no document describes";
        readonly messages: {
            readonly default: "'{name}': {problem}";
        };
    };
    readonly SPAC4001: {
        readonly severity: "error";
        readonly title: "rule syntax error";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4002: {
        readonly severity: "error";
        readonly title: "option not known in this rule language";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4003: {
        readonly severity: "error";
        readonly title: "option argument missing or invalid";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4004: {
        readonly severity: "error";
        readonly title: "unusable URL in a rule";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4005: {
        readonly severity: "error";
        readonly title: "comparison of mismatched types";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4006: {
        readonly severity: "error";
        readonly title: "alternative without a condition before the last";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4007: {
        readonly severity: "error";
        readonly title: "rule part not allowed in this rule language";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4008: {
        readonly severity: "warning";
        readonly title: "assignment to an unknown parameter";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4010: {
        readonly severity: "warning";
        readonly title: "unknown macro";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4011: {
        readonly severity: "warning";
        readonly title: "secret macro outside --key, --uid or --pwd";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4012: {
        readonly severity: "warning";
        readonly title: "macro not expanded by provisioning on this phone";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4013: {
        readonly severity: "info";
        readonly title: "macro has a better spelling";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4014: {
        readonly severity: "warning";
        readonly title: "malformed macro";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4015: {
        readonly severity: "warning";
        readonly title: "text macro compared without quotes";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4016: {
        readonly severity: "warning";
        readonly title: "option given more than once";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4020: {
        readonly severity: "warning";
        readonly title: "key register is empty or not set";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC4021: {
        readonly severity: "warning";
        readonly title: "secrets fetched in clear by a rule without --key";
        readonly messages: {
            readonly default: "'{parameter}': {finding}";
        };
    };
    readonly SPAC5001: {
        readonly severity: "error";
        readonly title: "value cannot be written in the output format";
        readonly messages: {
            readonly default: "value of '{name}' contains a '\"' or a line break, which the text format cannot hold; emit XML instead";
            readonly control: "value of '{name}' has a control character, which XML cannot hold";
            readonly surrogate: "value of '{name}' has half of a UTF-16 surrogate pair, a character no file can hold";
        };
    };
    readonly SPAC5002: {
        readonly severity: "warning";
        readonly title: "names kept in XML spelling in text output";
        readonly messages: {
            readonly default: "{count} with no known text name kept in XML spelling, such as '{name}', which the phone's text reader may not know";
        };
    };
    readonly SPAC5003: {
        readonly severity: "warning";
        readonly title: "value has white space that XML strips";
        readonly messages: {
            readonly default: "value of '{name}' has white space at its ends or a line break, which the phone's XML reader turns into spaces or strips";
        };
    };
    readonly SPAC5004: {
        readonly severity: "warning";
        readonly title: "factory-default access cannot be written in text";
        readonly messages: {
            readonly default: "{count} without 'ua' (factory default access), such as '{name}', are written without a marker, which means no user access";
            readonly one: "{count} without 'ua' (factory default access), such as '{name}', is written without a marker, which means no user access";
        };
    };
    readonly SPAC5005: {
        readonly severity: "error";
        readonly title: "name cannot be written in the target format";
        readonly messages: {
            readonly default: "name '{name}' cannot be written in the text format";
            readonly xml: "'{name}' cannot be written as an XML tag";
        };
    };
    readonly SPAC5006: {
        readonly severity: "error";
        readonly title: "nested XML group cannot be written in text";
        readonly messages: {
            readonly default: "{count} inside XML groups, such as '{path}', cannot be written in the text format";
        };
    };
    readonly SPAC6001: {
        readonly severity: "error";
        readonly title: "encrypted input without a key";
        readonly messages: {
            readonly default: "'{file}' is encrypted: give its key with --key, --key-env or --key-file";
        };
    };
    readonly SPAC6002: {
        readonly severity: "error";
        readonly title: "wrong key or damaged encrypted file";
        readonly messages: {
            readonly default: "cannot decrypt '{file}': the key is wrong or the file is damaged";
        };
    };
    readonly SPAC6003: {
        readonly severity: "error";
        readonly title: "encrypted file cut short";
        readonly messages: {
            readonly default: "'{file}' is cut short: its ciphertext is not a whole number of 16-byte blocks";
        };
    };
    readonly SPAC6004: {
        readonly severity: "error";
        readonly title: "not an encrypted profile";
        readonly messages: {
            readonly default: "'{file}' is not an encrypted profile (it does not start with 'Salted__')";
        };
    };
    readonly SPAC6005: {
        readonly severity: "error";
        readonly title: "damaged gzip data";
        readonly messages: {
            readonly default: "cannot decompress '{file}': {reason}";
        };
    };
    readonly SPAC6006: {
        readonly severity: "error";
        readonly title: "encrypted or compressed file cannot be rewritten in place";
        readonly messages: {
            readonly default: "'{file}' is encrypted or compressed: 'fmt --write' does not rewrite it; format the source and compile it again";
        };
    };
    readonly SPAC6007: {
        readonly severity: "error";
        readonly title: "binary profile where a text profile is expected";
        readonly messages: {
            readonly default: "'{file}' is a spac binary profile: read it with 'spac decompile'";
        };
    };
    readonly SPAC6010: {
        readonly severity: "error";
        readonly title: "not a spac binary profile";
        readonly messages: {
            readonly default: "'{file}' is not a spac binary profile";
        };
    };
    readonly SPAC6011: {
        readonly severity: "error";
        readonly title: "unsupported binary format version";
        readonly messages: {
            readonly default: "'{file}' is binary format version {version}; this spac reads version {supported}";
        };
    };
    readonly SPAC6012: {
        readonly severity: "error";
        readonly title: "damaged binary profile";
        readonly messages: {
            readonly default: "'{file}' is damaged: {problem}";
            readonly cut: "'{file}' is cut short";
        };
    };
    readonly SPAC6013: {
        readonly severity: "error";
        readonly title: "wrong key or MAC, or damaged encrypted binary";
        readonly messages: {
            readonly default: "cannot decrypt '{file}': the key is wrong, or the file is damaged";
            readonly bound: "cannot decrypt '{file}': the key or the MAC is wrong, or the file is damaged";
        };
    };
    readonly SPAC6014: {
        readonly severity: "error";
        readonly title: "binary profile needs a key or a MAC";
        readonly messages: {
            readonly default: "'{file}' is encrypted: give its key with --key, --key-env or --key-file";
            readonly mac: "'{file}' is bound to one device: give its MAC with --mac";
        };
    };
    readonly SPAC6015: {
        readonly severity: "error";
        readonly title: "binary built against another schema";
        readonly messages: {
            readonly default: "'{file}' was built against the schema family '{family}', which is not loaded: give it with --schema";
            readonly version: "'{file}' was built against another version of the '{family}' schema ({built}..., loaded {loaded}...): decode it with the schema it was built with (--schema)";
        };
    };
    readonly SPAC6016: {
        readonly severity: "error";
        readonly title: "key derivation cost out of range";
        readonly messages: {
            readonly default: "'{file}' asks for a key derivation cost outside what spac allows (scrypt N=2^{log2N}, r={r}, p={p})";
        };
    };
    readonly SPAC6017: {
        readonly severity: "error";
        readonly title: "malformed binary profile";
        readonly messages: {
            readonly default: "'{file}' passed its integrity check but is malformed ({problem}): it was not written by spac";
        };
    };
    readonly SPAC7001: {
        readonly severity: "error";
        readonly title: "invalid config file";
        readonly messages: {
            readonly default: "{problem}";
        };
    };
    readonly SPAC7002: {
        readonly severity: "error";
        readonly title: "config file cannot be read or extends in a cycle";
        readonly messages: {
            readonly default: "cannot read the config file '{file}': {reason}";
            readonly cycle: "'{file}' extends itself through {chain}";
        };
    };
    readonly SPAC7010: {
        readonly severity: "warning";
        readonly title: "unknown code in a suppression comment";
        readonly messages: {
            readonly default: "unknown code '{code}' in a suppression (see 'spac explain')";
        };
    };
    readonly SPAC7011: {
        readonly severity: "warning";
        readonly title: "unused suppression";
        readonly messages: {
            readonly default: "unused suppression: no {codes} is reported here";
        };
    };
    readonly SPAC8001: {
        readonly severity: "error";
        readonly title: "inventory cannot be read as CSV or JSON Lines";
        readonly messages: {
            readonly default: "the inventory is empty";
            readonly csv: "not valid CSV: {problem}";
            readonly twice: "column '{column}' is given twice";
            readonly json: "not a JSON object on one line";
            readonly 'json-value': "the value of '{column}' must be a string, a number, true or false";
            readonly encoding: "the inventory is not UTF-8";
        };
    };
    readonly SPAC8002: {
        readonly severity: "error";
        readonly title: "malformed or missing MAC address";
        readonly messages: {
            readonly default: "{value} is not a MAC address: give 12 hex digits, such as 00:0e:08:aa:bb:cc";
            readonly 'no-column': "the inventory has no 'mac' column";
            readonly empty: "this device has no MAC address";
        };
    };
    readonly SPAC8003: {
        readonly severity: "error";
        readonly title: "device listed twice";
        readonly messages: {
            readonly default: "device {mac} is listed twice";
        };
    };
    readonly SPAC8004: {
        readonly severity: "error";
        readonly title: "column is not a parameter name";
        readonly messages: {
            readonly default: "column '{column}' is not a parameter name: write one in text or XML spelling, optionally followed by '!' or '?'";
        };
    };
    readonly SPAC8005: {
        readonly severity: "error";
        readonly title: "two devices write the same file";
        readonly messages: {
            readonly default: "devices {first} and {second} would both write '{name}'";
        };
    };
    readonly SPAC8006: {
        readonly severity: "error";
        readonly title: "output name cannot be used";
        readonly messages: {
            readonly default: "the output name '{name}' must be a relative path inside the output directory";
            readonly macro: "the output name uses '{macro}', which spac cannot fill for device {mac}: give the device a model";
        };
    };
    readonly SPAC8007: {
        readonly severity: "error";
        readonly title: "device key missing";
        readonly messages: {
            readonly default: "device {mac} has no key in column '{column}'";
            readonly 'no-column': "there is no key column '{column}' in the inventory";
            readonly env: "the environment variable '{variable}' that holds the master secret is not set or empty";
        };
    };
    readonly SPAC8008: {
        readonly severity: "error";
        readonly title: "bootstrap rule does not fetch the device's profile with its key";
        readonly messages: {
            readonly default: "the bootstrap rule of device {mac} fetches '{path}', not its profile '{name}'";
            readonly 'no-fetch': "the bootstrap rule of device {mac} fetches nothing ({status})";
            readonly key: "the bootstrap rule of device {mac} decrypts with {source}, not with the key in {register}";
        };
    };
    readonly SPAC8009: {
        readonly severity: "error";
        readonly title: "unknown device model";
        readonly messages: {
            readonly default: "unknown model '{model}' for device {mac}; known models: {models}";
            readonly firmware: "model '{model}' for device {mac} names firmware '{firmware}', which is not a version such as 7.5.5";
        };
    };
    readonly SPAC8010: {
        readonly severity: "error";
        readonly title: "device layer cannot be read";
        readonly messages: {
            readonly default: "cannot read layer '{file}' of device {mac}: {reason}";
        };
    };
    readonly SPAC8101: {
        readonly severity: "error";
        readonly title: "server name the phones reject";
        readonly messages: {
            readonly default: "'{host}' is not a fully qualified host name: the phones compare the server's CN with the host they fetch from";
            readonly 'not-fqdn': "'{host}' is not a fully qualified host name: the phones compare the server's CN with the host they fetch from";
            readonly wildcard: "'{host}' is a wild-card name: the phones do not accept wild-card certificates";
        };
    };
    readonly SPAC8102: {
        readonly severity: "warning";
        readonly title: "weak key";
        readonly messages: {
            readonly default: "a {bits}-bit RSA key is weak: use 2048 bits or more";
        };
    };
    readonly SPAC8103: {
        readonly severity: "error";
        readonly title: "certificate, key or request cannot be used";
        readonly messages: {
            readonly default: "'{file}' cannot be used: {problem}";
        };
    };
    readonly SPAC8104: {
        readonly severity: "warning";
        readonly title: "certificate outside its validity";
        readonly messages: {
            readonly default: "the certificate expired on {date}";
            readonly expired: "the certificate expired on {date}";
            readonly 'not-yet': "the certificate is not valid until {date}";
            readonly soon: "the certificate expires on {date}, in {days} days";
        };
    };
    readonly SPAC8105: {
        readonly severity: "error";
        readonly title: "malformed certificate subject";
        readonly messages: {
            readonly default: "malformed --subject: {problem}";
        };
    };
    readonly SPAC8201: {
        readonly severity: "error";
        readonly title: "setting on the phone differs from the profile";
        readonly messages: {
            readonly default: "'{name}' is '{reported}' on the phone, '{expected}' in the profile";
            readonly secret: "'{name}' on the phone differs from the profile (a secret: values hidden)";
            readonly missing: "'{name}' is set in the profile but missing from the phone's report";
        };
    };
    readonly SPAC9001: {
        readonly severity: "error";
        readonly title: "input file cannot be read";
        readonly messages: {
            readonly default: "cannot read '{file}': {reason}";
        };
    };
    readonly SPAC9002: {
        readonly severity: "error";
        readonly title: "output file cannot be written";
        readonly messages: {
            readonly default: "cannot write '{file}': {reason}";
        };
    };
    readonly SPAC9003: {
        readonly severity: "error";
        readonly title: "input is not a text profile";
        readonly messages: {
            readonly default: "cannot read '{file}': not a text profile (it contains NUL bytes)";
            readonly utf16: "cannot read '{file}': it is UTF-16; save it as UTF-8";
            readonly encoding: "cannot read '{file}': its XML declaration names encoding '{encoding}'; save it as UTF-8 (ISO-8859-1 and Windows-1252 are read too)";
        };
    };
    readonly SPAC9004: {
        readonly severity: "warning";
        readonly title: "a folder or pattern names no profile";
        readonly messages: {
            readonly default: "no profile matches '{pattern}'";
            readonly folder: "no profile (*.cfg, *.spc, *.xml) in folder '{pattern}'";
        };
    };
    readonly SPAC9005: {
        readonly severity: "warning";
        readonly title: "standard output is discarded";
        readonly messages: {
            readonly default: "standard output is closed (or /dev/null): what '-o -' writes is discarded; name a file with -o";
        };
    };
};
export type DiagnosticCode = keyof typeof catalog;
export declare const isDiagnosticCode: (code: string) => code is DiagnosticCode;
