// Diagnostics stage (explanations, bands 1000-2000): text syntax, XML syntax, imports and the model.
// Input: none. Output: code -> explanation with a bad and a good example.
import { explain, type Explanation } from './types.js';

export const syntaxExplanations: Readonly<Record<string, Explanation>> = {
  SPAC1001: explain(
    'A text profile holds only parameter lines, comments and import lines. A character outside a name, a quoted value, an access marker or a comment is a typo the phone would choke on; spac skips to the next line and reports every such line in one run.',
    'Line_Enable[1] ! "Yes" ; %',
    'Line_Enable[1] ! "Yes" ;',
  ),
  SPAC1002: explain(
    'A value starts with a double quote and must end with one on the same line. Without it the rest of the line is swallowed into the value.',
    'Display_Name[1] "Front Desk ;',
    'Display_Name[1] "Front Desk" ;',
  ),
  SPAC1003: explain(
    "Every parameter line ends with ';'. SPC refuses a profile where it is missing; the fix inserts it.",
    'Line_Enable[1] ! "Yes"',
    'Line_Enable[1] ! "Yes" ;',
  ),
  SPAC1004: explain(
    'A line must start with a parameter name: letters, digits and _ - / ( ), with an optional [n] index.',
    '! "Yes" ;',
    'Line_Enable[1] ! "Yes" ;',
  ),
  SPAC1005: explain(
    'A per-line parameter takes a line number in brackets: [1], [2], ... Anything else in the brackets names no parameter.',
    'Line_Enable[one] "Yes" ;',
    'Line_Enable[1] "Yes" ;',
  ),
  SPAC1006: explain(
    'An import line names one file to read in place, relative to the importing file.',
    'import',
    'import common.cfg',
  ),
  SPAC1007: explain(
    'Values are written in double quotes, even numbers and Yes/No. SPC does not accept bare words.',
    'Resync_Periodic 3600 ;',
    'Resync_Periodic "3600" ;',
  ),
  SPAC1008: explain(
    "The access marker after a name is '!' (user read-write), '?' (user read-only) or nothing (no user access).",
    'Display_Name[1] * "Front Desk" ;',
    'Display_Name[1] ! "Front Desk" ;',
  ),
  SPAC1009: explain(
    "After the value only ';' and a comment may follow. A second value or a stray word means the line is not what it seems.",
    'Proxy[1] "sip.example.com" "backup" ;',
    'Proxy[1] "sip.example.com" ;',
  ),
  SPAC1010: explain(
    "Profiles are read as UTF-8. A byte that is not (an 'é' saved as Latin-1 is the byte 0xE9) becomes U+FFFD, and a compiled profile would carry that instead of the character meant: spac points at the first such byte. Re-save the file as UTF-8 (iconv -f latin1 -t utf-8). The phones' firmware is documented as ASCII-only, so plain ASCII is safest.",
    'Display_Name[1] "Café" ;   # saved as Latin-1, where é is the one byte 0xE9',
    'Display_Name[1] "Cafe" ;',
  ),
  SPAC1101: explain(
    'The XML is not well formed, so the phone would reject the whole file. spac reports where parsing broke.',
    '<flat-profile><Proxy_1_ sip.example.com</Proxy_1_></flat-profile>',
    '<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>',
  ),
  SPAC1102: explain(
    'DOCTYPE and entity declarations are refused and never expanded: they are how XML bombs and external-entity attacks work, and no profile needs them.',
    '<!DOCTYPE x [<!ENTITY a "...">]>\n<flat-profile>&a;</flat-profile>',
    '<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>',
  ),
  SPAC1103: explain(
    'Only the five XML entities (&amp; &lt; &gt; &quot; &apos;) and numeric character references exist in a profile.',
    '<Station_Name>Caf&eacute;</Station_Name>',
    '<Station_Name>Caf&#233;</Station_Name>',
  ),
  SPAC1104: explain(
    "A bare '&' or '<' in text breaks the XML; write &amp; and &lt;.",
    '<Station_Name>R&D</Station_Name>',
    '<Station_Name>R&amp;D</Station_Name>',
  ),
  SPAC1105: explain(
    'A closing tag must close the element that is open.',
    '<flat-profile></Proxy_1_></flat-profile>',
    '<flat-profile><Proxy_1_></Proxy_1_></flat-profile>',
  ),
  SPAC1106: explain(
    'Every element that is opened must be closed before its parent ends.',
    '<flat-profile><Proxy_1_>sip.example.com</flat-profile>',
    '<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>',
  ),
  SPAC1107: explain(
    'An XML profile keeps its parameters inside <flat-profile> (possibly wrapped in <device> or similar). Without it the phone finds no parameters.',
    '<profile><Proxy_1_>sip.example.com</Proxy_1_></profile>',
    '<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>',
  ),
  SPAC1108: explain(
    "The ua attribute sets user access: 'na', 'ro' or 'rw'. Another value is ignored by the phone, which then keeps the factory access.",
    '<Proxy_1_ ua="readwrite">sip.example.com</Proxy_1_>',
    '<Proxy_1_ ua="rw">sip.example.com</Proxy_1_>',
  ),
  SPAC1109: explain(
    'An attribute may appear once per element.',
    '<Proxy_1_ ua="na" ua="rw">x</Proxy_1_>',
    '<Proxy_1_ ua="rw">x</Proxy_1_>',
  ),
  SPAC1110: explain(
    'A comment, CDATA section or processing instruction must be closed.',
    '<!-- site profile\n<flat-profile/>',
    '<!-- site profile -->\n<flat-profile/>',
  ),
  SPAC1111: explain(
    'Only white space, comments and processing instructions may surround the root element.',
    '<flat-profile/> trailing words',
    '<flat-profile/>',
  ),
  SPAC1112: explain(
    'A parameter element holds text; a group element holds parameters. An element with both is ambiguous, and the text is probably a misplaced value.',
    '<Router>text<WAN_Type>DHCP</WAN_Type></Router>',
    '<Router><WAN_Type>DHCP</WAN_Type></Router>',
  ),
  SPAC1113: explain(
    'An XML document has one root element.',
    '<flat-profile/><flat-profile/>',
    '<flat-profile/>',
  ),
  SPAC1114: explain(
    'A flat profile is a root element, perhaps a group, and parameters. Elements nested more than 16 deep are skipped with everything inside them: no phone profile needs that, and the bound keeps a hostile file from costing time or memory.',
    `<flat-profile>${'<g>'.repeat(16)}<Station_Name>x</Station_Name>${'</g>'.repeat(16)}</flat-profile>`,
    '<flat-profile><Station_Name>x</Station_Name></flat-profile>',
  ),
  SPAC1115: explain(
    "XML 1.0 forbids '--' inside a comment (and '-' just before its end), ']]>' in text, and an XML declaration anywhere but at the very start of the file. spac would read past them, but a conforming parser stops, and the phone's reader is documented as strict: the file may not apply at all.",
    '<flat-profile><!-- set by -- ops --><Resync_Periodic>3600</Resync_Periodic></flat-profile>',
    '<flat-profile><!-- set by ops --><Resync_Periodic>3600</Resync_Periodic></flat-profile>',
  ),
  SPAC1201: explain(
    'An imported file must exist and be readable (and opened with the same key, if encrypted).',
    'import missing.cfg',
    'import common.cfg',
  ),
  SPAC1202: explain(
    'Files that import each other would never end; spac shows the chain.',
    '# a.cfg\nimport b.cfg\n# b.cfg\nimport a.cfg',
    '# a.cfg\nimport common.cfg\n# b.cfg\nimport common.cfg',
  ),
  SPAC2001: explain(
    'The phone applies the last setting of a parameter, so an earlier one in the same file is dead and usually a copy-paste slip. Both places are shown; the fix removes the earlier one.',
    'Resync_Periodic "3600" ;\nResync_Periodic "7200" ;',
    'Resync_Periodic "7200" ;',
  ),
};
