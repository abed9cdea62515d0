import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  package_default
} from "./chunk-4FTOEFBI.js";
import {
  addTo,
  append,
  catalog,
  diagnostic,
  hasErrors,
  lineIndex,
  range,
  shownMessage
} from "./chunk-YXJOSIDR.js";
import {
  nodeCrypto
} from "./chunk-575EBBRF.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LSU6IVAH.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result2 = "", cursor = 0;
      do
        result2 += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result2 + string.substring(cursor);
    }, createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/diagnostics/explanations/types.ts
var explain = (why, bad, good) => ({ why, bad, good });

// src/diagnostics/explanations/checks.ts
var checkExplanations = {
  SPAC3001: explain(
    "The phone silently ignores a name it does not know, so a typo means a setting that is simply missing. The did-you-mean rename is offered as a fix.",
    'Line_Enabel[1] "Yes" ;',
    'Line_Enable[1] "Yes" ;'
  ),
  SPAC3002: explain(
    "The value does not fit the parameter's type (a choice, a number range, a time zone, an address, a dial plan...). The phone rejects or misreads it; the message names what is allowed.",
    'Time_Zone "GMT-5" ;',
    'Time_Zone "GMT-05:00" ;'
  ),
  SPAC3003: explain(
    "The target model does not have this parameter, so it has no effect there. One profile often serves several models, so this is a warning.",
    `# spac check --target SPA502G
Line_Enable[2] "Yes" ;`,
    `# spac check --target SPA504G
Line_Enable[2] "Yes" ;`
  ),
  SPAC3004: explain(
    "The index is beyond the number of lines the target model has; the phone ignores it.",
    `# SPA504G has 4 lines
Line_Enable[5] "Yes" ;`,
    'Line_Enable[4] "Yes" ;'
  ),
  SPAC3005: explain(
    "Passwords and the GPP_SA-SD registers in a plain profile can be read by anyone who can fetch the file. Encrypt it (spac compile --key) or pass --encrypted when it is delivered encrypted.",
    "spac compile site.cfg -o site.xml",
    "spac compile site.cfg -o site.xml --key-env GPP_SA"
  ),
  SPAC3006: explain(
    "--target names a model of a loaded schema; 'spac schema list' shows them.",
    "spac check --target SPA5O4G site.cfg",
    "spac check --target SPA504G site.cfg"
  ),
  SPAC3007: explain(
    "A schema file given with --schema must be valid JSON in spac's schema format; the problem is shown at its place.",
    '{ "family": "x" }',
    '{ "schemaVersion": 1, "family": "x", "title": "X", "models": [], "parameters": [] }'
  ),
  SPAC3008: explain(
    "An option list in a sample is joined by '/' without escaping, so an option that holds '/' (month/day) makes the list ambiguous. Review the imported options.",
    "# options: month/day/day/month",
    '"type": { "kind": "enum", "options": ["month/day", "day/month"] }'
  ),
  SPAC3009: explain(
    "SPC accepts yes, enable and 1 for Yes (and their opposites for No), and spac's output always says Yes or No. Writing the canonical form keeps source and output alike; editors offer the fix.",
    'Line_Enable[1] "enable" ;',
    'Line_Enable[1] "Yes" ;'
  ),
  SPAC3010: explain(
    "A phone's configuration export (spacfg.xml, the web page's XML) also lists its status page: product information, addresses, registration and call counters, each with group=\"Info/...\". They are not parameters a profile can set, so spac neither checks them nor writes them into a compiled profile, and says so once per file; `spac fmt` keeps them.",
    '<Current_IP group="Info/System_Status">192.0.2.10</Current_IP>',
    '<Resync_Periodic group="Provisioning/Configuration_Profile">3600</Resync_Periodic>'
  ),
  SPAC3011: explain(
    "A Yes/No or a choice with an empty value. The provisioning guides (LSPG301 p.48, the SPA941 guide, MPP7832) say an empty value resets a parameter to its default, which another rule of theirs contradicts (no value leaves it unchanged); what the firmware does is not confirmed. Either way the phone ends with a valid value, so this is advice, not an error: write the value you mean.",
    'Line_Enable[1] "" ;',
    'Line_Enable[1] "Yes" ;'
  ),
  SPAC3012: explain(
    "The target names its firmware (--target SPA504G@7.4.9), and the data ties this parameter or option to other firmware: the phone running that firmware ignores it. Each range and its source are shown by 'spac schema show'. Without a version, every known firmware is accepted. Target the firmware the phones run, or drop the setting.",
    `# spac: target=SPA504G@7.4.9
Locale "en-US" ;`,
    `# spac: target=SPA504G@7.5.5
Locale "en-US" ;`
  ),
  SPAC3013: explain(
    "Settings nested in a group element inside <flat-profile> (an SPA112/122's <router-configuration>, with <WAN_Interface> and the like) configure the router, not the voice parameters spac's schemas describe; their names repeat voice names with other meanings (the router's Time_Zone is '+01 2 2'). They are named once per file and left unchecked.",
    "<router-configuration><Time_Zone>+01 2 2</Time_Zone></router-configuration>",
    "<Time_Zone>GMT+01:00</Time_Zone>"
  ),
  SPAC3014: explain(
    "A value in a form that real profiles use but no Cisco document describes, so whether the firmware takes it is not confirmed: a daylight-saving rule ending in ';' (an empty last part; the fix drops it), or a tone written with '*' modulation, '400*33@-19', as South African tone plans write it (ToneScript as documented knows only frequency@level, so the phone may play nothing). A warning, not an error: the profile may work, but test it on a phone, or write the documented form.",
    'Daylight_Saving_Time_Rule "start=3/-1/7/2;end=10/-1/7/3;save=1;" ;',
    'Daylight_Saving_Time_Rule "start=3/-1/7/2;end=10/-1/7/3;save=1" ;'
  ),
  SPAC4001: explain(
    "The rule does not parse as the phone reads it: an unclosed '(' or '[', a group that ends neither with ')?' nor ')!', 'or' (there is none), or an empty alternative. A broken Profile_Rule strands the phone.",
    'Profile_Rule "( $SWVER lt 7.5.5 | /new.cfg" ;',
    'Profile_Rule "( $SWVER lt 7.5.5 )? /old.cfg | /new.cfg" ;'
  ),
  SPAC4002: explain(
    "Profile rules take --key, --post, --alias, --uid and --pwd; report rules --key, --delta and --status; upgrade rules none.",
    'Upgrade_Rule "[--key x] http://fw.example.com/a.bin" ;',
    'Upgrade_Rule "http://fw.example.com/a.bin" ;'
  ),
  SPAC4003: explain(
    "--key, --post, --alias, --uid and --pwd need an argument; --post and --alias take a GPP letter a to p.",
    'Profile_Rule "[--post q] https://p.example.com/boot" ;',
    'Profile_Rule "[--post a] https://p.example.com/boot" ;'
  ),
  SPAC4004: explain(
    "A rule URL is [scheme://][server[:port]]/path with tftp, http or https. A path without '/' is read as a server name, so the phone fetches nothing.",
    'Profile_Rule "spa$MA.cfg" ;',
    'Profile_Rule "/spa$MA.cfg" ;'
  ),
  SPAC4005: explain(
    "Strings and text macros compare only with eq/ne; an unquoted word must be a number or a version. Anything else never compares as intended.",
    'Resync_Trigger_1 "$MA gt 5" ;',
    'Resync_Trigger_1 "$PRVTMR gt 3600" ;'
  ),
  SPAC4006: explain(
    "The phone takes the first alternative whose condition holds; one without a condition always holds, so the alternatives after it are never tried.",
    'Profile_Rule "/a.cfg | /b.cfg" ;',
    'Profile_Rule "( $SWVER lt 7.5.5 )? /a.cfg | /b.cfg" ;'
  ),
  SPAC4007: explain(
    "Report rules have no conditions or assignments, and resync triggers are bare conditions without '( )?'.",
    'Resync_Trigger_1 "( $PRVTMR gt 600 )?" ;',
    'Resync_Trigger_1 "$PRVTMR gt 600" ;'
  ),
  SPAC4008: explain(
    "An assignment sets a parameter; a name the schema does not know sets nothing.",
    'Profile_Rule "( zz = \\"1\\" ; )! /x.cfg" ;',
    'Profile_Rule "( a = \\"1\\" ; )! /x.cfg" ;'
  ),
  SPAC4010: explain(
    "The phone leaves an unknown macro as written, so the URL holds a literal $NAME. Write $(NAME) to glue text on.",
    'Profile_Rule "/$MAxyz.cfg" ;',
    'Profile_Rule "/$(MA)xyz.cfg" ;'
  ),
  SPAC4011: explain(
    "$SA to $SD are expanded only as arguments of --key, --uid and --pwd; elsewhere they stay as written.",
    'Profile_Rule "/$SA.cfg" ;',
    'Profile_Rule "[--key $SA] /spa.cfg" ;'
  ),
  SPAC4012: explain(
    "$VERSION, $PROXY and $NOTIFY belong to other subsystems (user agent, NAT keep-alive); a provisioning rule leaves them as written.",
    'Profile_Rule "/$VERSION.cfg" ;',
    'Profile_Rule "/$SWVER.cfg" ;'
  ),
  SPAC4013: explain(
    "Some guides write $GPP_A; every SPA expands $A. The fix rewrites it.",
    'Profile_Rule "/$GPP_A.cfg" ;',
    'Profile_Rule "/$(A).cfg" ;'
  ),
  SPAC4014: explain(
    "A macro is $NAME, $(NAME), $(NAME:offset) or $(NAME:offset:length); $$ is a literal '$'.",
    'Profile_Rule "/$(MA.cfg" ;',
    'Profile_Rule "/$(MA).cfg" ;'
  ),
  SPAC4015: explain(
    "A text macro compared without quotes is parsed as a number or version by the phone. Quote it to compare text.",
    'Resync_Trigger_1 "$CCERT eq \\"Installed\\"" ;',
    'Resync_Trigger_1 "\\"$CCERT\\" eq \\"Installed\\"" ;'
  ),
  SPAC4016: explain(
    "An option given twice is confusing at best; the phone uses one of them.",
    'Profile_Rule "[--key $SA --key $SB] /x.cfg" ;',
    'Profile_Rule "[--key $SA] /x.cfg" ;'
  ),
  SPAC4020: explain(
    "--key $SA uses the GPP_SA register; when the profile set leaves it empty the phone has no key and cannot decrypt.",
    'Profile_Rule "[--key $SA] https://p.example.com/x.cfg" ;',
    `GPP_SA "0123456789abcdef" ;
Profile_Rule "[--key $SA] https://p.example.com/x.cfg" ;`
  ),
  SPAC4021: explain(
    "A profile rule that fetches over tftp or http without --key sends what it fetches in clear; if the profiles hold passwords, anyone on the path reads them.",
    'Profile_Rule "http://p.example.com/$MA.xml" ;',
    'Profile_Rule "[--key $SA] https://p.example.com/$MA.xml" ;'
  ),
  SPAC5001: explain(
    `The text format has no escape for '"', so a value holding one cannot be written as text; keep that profile in XML.`,
    "spac compile quoted.xml --format text",
    "spac compile quoted.xml --format xml"
  ),
  SPAC5002: explain(
    "Without a schema that knows the name, text output keeps the XML spelling of a tag; check that the phone reads it.",
    "spac compile custom.xml --format text",
    "spac compile custom.xml --format text --schema custom.json"
  ),
  SPAC5003: explain(
    "XML strips leading and trailing white space from values, so it would be lost on the way to the phone.",
    'Display_Name[1] " Front Desk" ;',
    'Display_Name[1] "Front Desk" ;'
  ),
  SPAC5004: explain(
    "XML without ua means the factory default access; the text format cannot say that, so the parameter is written with no user access.",
    "<Proxy_1_>sip.example.com</Proxy_1_>",
    '<Proxy_1_ ua="na">sip.example.com</Proxy_1_>'
  ),
  SPAC5005: explain(
    "The name cannot be spelled in the output format (an XML tag needs a letter or _ first, a text name its own characters).",
    'Line-Enable.1 "Yes" ;  # to XML',
    'Line_Enable[1] "Yes" ;'
  ),
  SPAC5006: explain(
    "Nested XML groups (SPA1xx router settings) have no text form; keep such profiles in XML.",
    "spac compile router.xml --format text",
    "spac compile router.xml --format xml"
  )
};

// src/diagnostics/explanations/edges.ts
var edgeExplanations = {
  SPAC6001: explain(
    "The file is AES-256-CBC encrypted (it starts with Salted__); spac needs the key to read it.",
    "spac check site.cfg.enc",
    "spac check site.cfg.enc --key-env GPP_SA"
  ),
  SPAC6002: explain(
    "The key does not open the file, or the file was damaged: what came out is not a text, gzip or spac binary profile. Both digests (MD5, SHA-256) were tried unless --digest fixed one.",
    "spac check site.cfg.enc --key wrong",
    "spac check site.cfg.enc --key-file sa.key"
  ),
  SPAC6003: explain(
    "An encrypted file is a whole number of 16-byte blocks after its header; this one was cut short, often by an interrupted copy.",
    "head -c 100 site.cfg.enc > cut.enc; spac check cut.enc --key-env GPP_SA",
    "spac check site.cfg.enc --key-env GPP_SA"
  ),
  SPAC6004: explain(
    "spac decrypt takes off AES-256-CBC; this file is not encrypted (no Salted__ header).",
    "spac decrypt site.xml --key-env GPP_SA",
    "spac decrypt site.xml.enc --key-env GPP_SA"
  ),
  SPAC6005: explain(
    "The file starts like gzip but does not inflate: it is damaged or cut short.",
    "head -c 30 site.xml.gz > cut.gz; spac check cut.gz",
    "spac check site.xml.gz"
  ),
  SPAC6006: explain(
    "fmt --write would replace an encrypted or compressed file with plain text, publishing what it protected. Format the source and compile it again.",
    "spac fmt --write site.cfg.enc --key-env GPP_SA",
    "spac fmt --write site.cfg && spac compile site.cfg -o site.cfg.enc --key-env GPP_SA"
  ),
  SPAC6007: explain(
    "A spac binary profile is read with spac decompile, not as a text profile.",
    "spac check site.bin",
    "spac decompile site.bin --format text"
  ),
  SPAC6010: explain(
    "The file does not start with the binary magic; it is not a spac binary profile.",
    "spac decompile site.xml",
    "spac decompile site.bin"
  ),
  SPAC6011: explain(
    "The file was written in a binary format version this spac does not read; use the spac that wrote it or a newer one.",
    "spac decompile from-the-future.bin",
    "spac decompile site.bin"
  ),
  SPAC6012: explain(
    "The integrity check does not match, or the header is damaged: the file changed after spac wrote it.",
    "spac decompile damaged.bin",
    "spac decompile site.bin"
  ),
  SPAC6013: explain(
    "AES-256-GCM authentication failed: the key or the MAC is wrong, or the file was changed.",
    "spac decompile site.bin --key wrong --mac 000e08aabbcc",
    "spac decompile site.bin --key-env GPP_SA --mac 000e08aabbcc"
  ),
  SPAC6014: explain(
    "The binary is encrypted or bound to a device; give its key and, when bound, its MAC.",
    "spac decompile site.bin",
    "spac decompile site.bin --key-env GPP_SA --mac 000e08aabbcc"
  ),
  SPAC6015: explain(
    "The binary refers to parameters by their place in a schema family; decoding with another version of that schema would give wrong names, so it is refused.",
    "spac decompile site.bin",
    "spac decompile site.bin --schema the-schema-it-was-built-with.json"
  ),
  SPAC6016: explain(
    "The key derivation cost in the header is beyond what spac allows; a hostile file cannot make spac use unbounded memory.",
    "spac decompile hostile.bin --key x",
    "spac decompile site.bin --key x"
  ),
  SPAC6017: explain(
    "The file passed its check but its contents do not add up; it was not written by spac.",
    "spac decompile crafted.bin",
    "spac decompile site.bin"
  ),
  SPAC7001: explain(
    "spac.config.json is JSON (comments allowed) with target, schema, rules, overrides and extends; a wrong setting is shown at its place.",
    '{ "rules": { "SPAC3001": "ignore" } }',
    '{ "rules": { "SPAC3001": "off" } }'
  ),
  SPAC7002: explain(
    "A config file named by --config or extends must be readable, and extends must not loop.",
    '{ "extends": "./spac.config.json" }',
    '{ "extends": "../base.spac.json" }'
  ),
  SPAC7010: explain(
    "A suppression comment names codes from the catalog; an unknown one suppresses nothing.",
    "# spac-disable-next-line SPAC301",
    "# spac-disable-next-line SPAC3001"
  ),
  SPAC7011: explain(
    "A suppression that hides nothing is stale: the problem was fixed or the comment is in the wrong place. Remove it.",
    `# spac-disable-next-line SPAC3001
Line_Enable[1] "Yes" ;`,
    'Line_Enable[1] "Yes" ;'
  ),
  SPAC9001: explain(
    "The input could not be read: it does not exist, or it is not readable.",
    "spac check missing.cfg",
    "spac check site.cfg"
  ),
  SPAC9002: explain(
    "The output could not be written; nothing was left behind, as spac writes a temporary file and renames it.",
    "spac compile site.cfg -o /no/such/dir/site.xml",
    "spac compile site.cfg -o site.xml"
  ),
  SPAC9003: explain(
    "The input is not text spac can read: it holds NUL bytes (a binary file, or UTF-16, which is named), or its XML declaration names an encoding other than UTF-8, ISO-8859-1 or Windows-1252. Nothing is guessed: a wrong guess would turn every accented letter into U+FFFD.",
    "spac check firmware.bin",
    "spac check site.cfg"
  ),
  SPAC9004: explain(
    `A folder or a quoted glob on the command line named no profile to check: the pattern is misspelt, the folder holds no *.cfg, *.spc or *.xml file, or every match is left out by .spacignore or the config's "ignore". A warning, not a failure, so that a hook over an empty folder passes (use --max-warnings 0 to make it one).`,
    "spac check 'profiles/**/*.cgf'",
    "spac check 'profiles/**/*.cfg'"
  ),
  SPAC9005: explain(
    "The output goes to standard output ('-o -'), and standard output is /dev/null: either it was sent there, or the process was started with it closed, which Node answers by putting /dev/null in its place. The profile is written, and lost. A warning, not a failure, since a redirect to /dev/null may be meant; to keep the output, name a file.",
    "spac compile site.cfg -o - >&-",
    "spac compile site.cfg -o site.xml"
  )
};

// src/diagnostics/explanations/fleet.ts
var fleetExplanations = {
  SPAC8001: explain(
    'The inventory is CSV (RFC 4180: a header row, commas, "quotes" doubled inside quoted cells, UTF-8 with or without BOM) or JSON Lines (one object per line). This one cannot be read as either, or names a column twice.',
    `mac,User_ID[1]
00:0e:08:aa:bb:cc,"2001`,
    `mac,User_ID[1]
00:0e:08:aa:bb:cc,"2001"`
  ),
  SPAC8002: explain(
    "Every device is found by its MAC address, as the phone's $MA: 12 hex digits, bare or grouped by ':', '-' or '.'. The inventory needs a 'mac' column and every row a MAC.",
    `mac,User_ID[1]
00:0e:08:aa:bb,2001`,
    `mac,User_ID[1]
00:0e:08:aa:bb:cc,2001`
  ),
  SPAC8003: explain(
    "Two rows with one MAC would give one phone two profiles; whichever was written last would win. Each device is listed once.",
    `mac,User_ID[1]
000e08aabbcc,2001
00:0E:08:AA:BB:CC,2002`,
    `mac,User_ID[1]
000e08aabbcc,2001
000e08aabbcd,2002`
  ),
  SPAC8004: explain(
    "Columns other than mac, model, layers and the key column are parameters: a name in text (User_ID[1]) or XML (User_ID_1_) spelling, optionally followed by '!' (user read-write) or '?' (read-only).",
    `mac,User ID 1
000e08aabbcc,2001`,
    `mac,User_ID[1]
000e08aabbcc,2001`
  ),
  SPAC8005: explain(
    "Every device needs a file of its own; a name without $MA (or $MAU, $MAC) gives several devices the same file, and one would overwrite another. The profile and the bootstrap also need different names.",
    "spac build --inventory devices.csv --layer common.cfg --name 'spa$PSN.xml' -o out/",
    "spac build --inventory devices.csv --layer common.cfg --name 'spa$PSN/$MA.xml' -o out/"
  ),
  SPAC8006: explain(
    "A device's file name is written with the phone's macros $MA, $MAU, $MAC, $PN and $PSN, and must stay inside the output directory. $PN and $PSN need the device's model (a model column or --target).",
    "spac build --inventory devices.csv --layer common.cfg --name '../$MA.xml' -o out/",
    "spac build --inventory devices.csv --layer common.cfg --name 'profiles/$MA.xml' -o out/"
  ),
  SPAC8007: explain(
    "With --key-column every device's profile is encrypted with the key in its own cell; a device without one would get a profile it cannot decrypt. With --key-derive-env the master secret must be set.",
    `mac,key
000e08aabbcc,
(spac build --inventory devices.csv --key-column key ...)`,
    `mac,key
000e08aabbcc,7f2c0a9e4b1d
(spac build --inventory devices.csv --key-column key ...)`
  ),
  SPAC8008: explain(
    "A bootstrap profile sets the device's key register and a Profile_Rule '[--key $SA] <URL>'. spac runs that rule as the phone would (as spac expand does): it must fetch exactly the file written for that device, by its name in the output directory, and decrypt it with the key it was encrypted with.",
    "spac build ... --name '$MA.xml' --bootstrap 'init/$MA.xml' --bootstrap-rule 'http://prov.example.com/$MAU.xml'",
    "spac build ... --name '$MA.xml' --bootstrap 'init/$MA.xml' --bootstrap-rule 'http://prov.example.com/$MA.xml'"
  ),
  SPAC8009: explain(
    "A device's model must be one the schemas know (spac schema list): its parameters, options and line count are checked against it.",
    `mac,model
000e08aabbcc,SPA504`,
    `mac,model
000e08aabbcc,SPA504G`
  ),
  SPAC8010: explain(
    "The layers column names further profiles for one device, relative to the inventory's folder, separated by ';'. Each must be readable.",
    `mac,layers
000e08aabbcc,sites/bostn.cfg`,
    `mac,layers
000e08aabbcc,sites/boston.cfg`
  ),
  SPAC8101: explain(
    "A phone checks the provisioning server's certificate: its CN must be the fully qualified host name the phone fetches from (optionally followed by '/' and any text, such as 'prov.example.com/mailto:ops@example.com'); wild-card certificates are not accepted.",
    "spac cert request --cn '*.example.com' -o server",
    "spac cert request --cn prov.example.com -o server"
  ),
  SPAC8102: explain(
    "RSA keys under 2048 bits can be broken with public means. The phones accept 1024-bit keys (the chapter's example uses one), so spac makes them when asked, with this warning.",
    "spac cert request --cn prov.example.com --bits 1024 -o server",
    "spac cert request --cn prov.example.com --bits 2048 -o server"
  ),
  SPAC8103: explain(
    "Certificates, keys and signing requests are read as PEM text: a certificate (BEGIN CERTIFICATE), a signing request (BEGIN CERTIFICATE REQUEST) or an unencrypted RSA private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY). A CA must be a CA certificate with its own key; a request must carry a valid signature.",
    "spac cert sign --ca lab-ca server.key -o server",
    "spac cert sign --ca lab-ca server.csr -o server"
  ),
  SPAC8104: explain(
    "A phone refuses a certificate outside its validity (and so does any TLS client); renew it before it expires. spac warns 30 days ahead.",
    "spac cert show old-server.crt   (notAfter in the past)",
    "spac cert show server.crt   (valid for months to come)"
  ),
  SPAC8105: explain(
    "A subject is written NAME=value pairs separated by ',' (or openssl's '/O=.../C=..'), NAME one of CN, O, OU, L, ST (or S) and C; the country is two letters.",
    "spac cert request --cn prov.example.com --subject 'Organisation=Example'",
    "spac cert request --cn prov.example.com --subject 'O=Example Ltd,C=GB'"
  ),
  SPAC8201: explain(
    "A phone's report (its Report_Rule upload) shows the settings it runs. Where one differs from the profile compiled for it, the phone did not get or did not take that profile: a failed resync, a wrong key, a setting changed on the phone's web page, or a firmware that refuses the value. Only what the profile sets is compared; secret values are never shown.",
    "spac diff reports/000e08aabbcc.xml expected.xml   (the report has <Proxy_1_>old.example.com</Proxy_1_>)",
    "spac diff reports/000e08aabbcc.xml expected.xml   (the report matches)"
  )
};

// src/diagnostics/explanations/syntax.ts
var syntaxExplanations = {
  SPAC1001: explain(
    "A text profile holds only parameter lines, comments and import lines. A character outside a name, a quoted value, an access marker or a comment is a typo the phone would choke on; spac skips to the next line and reports every such line in one run.",
    'Line_Enable[1] ! "Yes" ; %',
    'Line_Enable[1] ! "Yes" ;'
  ),
  SPAC1002: explain(
    "A value starts with a double quote and must end with one on the same line. Without it the rest of the line is swallowed into the value.",
    'Display_Name[1] "Front Desk ;',
    'Display_Name[1] "Front Desk" ;'
  ),
  SPAC1003: explain(
    "Every parameter line ends with ';'. SPC refuses a profile where it is missing; the fix inserts it.",
    'Line_Enable[1] ! "Yes"',
    'Line_Enable[1] ! "Yes" ;'
  ),
  SPAC1004: explain(
    "A line must start with a parameter name: letters, digits and _ - / ( ), with an optional [n] index.",
    '! "Yes" ;',
    'Line_Enable[1] ! "Yes" ;'
  ),
  SPAC1005: explain(
    "A per-line parameter takes a line number in brackets: [1], [2], ... Anything else in the brackets names no parameter.",
    'Line_Enable[one] "Yes" ;',
    'Line_Enable[1] "Yes" ;'
  ),
  SPAC1006: explain(
    "An import line names one file to read in place, relative to the importing file.",
    "import",
    "import common.cfg"
  ),
  SPAC1007: explain(
    "Values are written in double quotes, even numbers and Yes/No. SPC does not accept bare words.",
    "Resync_Periodic 3600 ;",
    'Resync_Periodic "3600" ;'
  ),
  SPAC1008: explain(
    "The access marker after a name is '!' (user read-write), '?' (user read-only) or nothing (no user access).",
    'Display_Name[1] * "Front Desk" ;',
    'Display_Name[1] ! "Front Desk" ;'
  ),
  SPAC1009: explain(
    "After the value only ';' and a comment may follow. A second value or a stray word means the line is not what it seems.",
    'Proxy[1] "sip.example.com" "backup" ;',
    'Proxy[1] "sip.example.com" ;'
  ),
  SPAC1010: explain(
    "Profiles are read as UTF-8. A byte that is not (an '\xE9' saved as Latin-1 is the byte 0xE9) becomes U+FFFD, and a compiled profile would carry that instead of the character meant: spac points at the first such byte. Re-save the file as UTF-8 (iconv -f latin1 -t utf-8). The phones' firmware is documented as ASCII-only, so plain ASCII is safest.",
    'Display_Name[1] "Caf\xE9" ;   # saved as Latin-1, where \xE9 is the one byte 0xE9',
    'Display_Name[1] "Cafe" ;'
  ),
  SPAC1101: explain(
    "The XML is not well formed, so the phone would reject the whole file. spac reports where parsing broke.",
    "<flat-profile><Proxy_1_ sip.example.com</Proxy_1_></flat-profile>",
    "<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>"
  ),
  SPAC1102: explain(
    "DOCTYPE and entity declarations are refused and never expanded: they are how XML bombs and external-entity attacks work, and no profile needs them.",
    `<!DOCTYPE x [<!ENTITY a "...">]>
<flat-profile>&a;</flat-profile>`,
    "<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>"
  ),
  SPAC1103: explain(
    "Only the five XML entities (&amp; &lt; &gt; &quot; &apos;) and numeric character references exist in a profile.",
    "<Station_Name>Caf&eacute;</Station_Name>",
    "<Station_Name>Caf&#233;</Station_Name>"
  ),
  SPAC1104: explain(
    "A bare '&' or '<' in text breaks the XML; write &amp; and &lt;.",
    "<Station_Name>R&D</Station_Name>",
    "<Station_Name>R&amp;D</Station_Name>"
  ),
  SPAC1105: explain(
    "A closing tag must close the element that is open.",
    "<flat-profile></Proxy_1_></flat-profile>",
    "<flat-profile><Proxy_1_></Proxy_1_></flat-profile>"
  ),
  SPAC1106: explain(
    "Every element that is opened must be closed before its parent ends.",
    "<flat-profile><Proxy_1_>sip.example.com</flat-profile>",
    "<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>"
  ),
  SPAC1107: explain(
    "An XML profile keeps its parameters inside <flat-profile> (possibly wrapped in <device> or similar). Without it the phone finds no parameters.",
    "<profile><Proxy_1_>sip.example.com</Proxy_1_></profile>",
    "<flat-profile><Proxy_1_>sip.example.com</Proxy_1_></flat-profile>"
  ),
  SPAC1108: explain(
    "The ua attribute sets user access: 'na', 'ro' or 'rw'. Another value is ignored by the phone, which then keeps the factory access.",
    '<Proxy_1_ ua="readwrite">sip.example.com</Proxy_1_>',
    '<Proxy_1_ ua="rw">sip.example.com</Proxy_1_>'
  ),
  SPAC1109: explain(
    "An attribute may appear once per element.",
    '<Proxy_1_ ua="na" ua="rw">x</Proxy_1_>',
    '<Proxy_1_ ua="rw">x</Proxy_1_>'
  ),
  SPAC1110: explain(
    "A comment, CDATA section or processing instruction must be closed.",
    `<!-- site profile
<flat-profile/>`,
    `<!-- site profile -->
<flat-profile/>`
  ),
  SPAC1111: explain(
    "Only white space, comments and processing instructions may surround the root element.",
    "<flat-profile/> trailing words",
    "<flat-profile/>"
  ),
  SPAC1112: explain(
    "A parameter element holds text; a group element holds parameters. An element with both is ambiguous, and the text is probably a misplaced value.",
    "<Router>text<WAN_Type>DHCP</WAN_Type></Router>",
    "<Router><WAN_Type>DHCP</WAN_Type></Router>"
  ),
  SPAC1113: explain(
    "An XML document has one root element.",
    "<flat-profile/><flat-profile/>",
    "<flat-profile/>"
  ),
  SPAC1114: explain(
    "A flat profile is a root element, perhaps a group, and parameters. Elements nested more than 16 deep are skipped with everything inside them: no phone profile needs that, and the bound keeps a hostile file from costing time or memory.",
    `<flat-profile>${"<g>".repeat(16)}<Station_Name>x</Station_Name>${"</g>".repeat(16)}</flat-profile>`,
    "<flat-profile><Station_Name>x</Station_Name></flat-profile>"
  ),
  SPAC1115: explain(
    "XML 1.0 forbids '--' inside a comment (and '-' just before its end), ']]>' in text, and an XML declaration anywhere but at the very start of the file. spac would read past them, but a conforming parser stops, and the phone's reader is documented as strict: the file may not apply at all.",
    "<flat-profile><!-- set by -- ops --><Resync_Periodic>3600</Resync_Periodic></flat-profile>",
    "<flat-profile><!-- set by ops --><Resync_Periodic>3600</Resync_Periodic></flat-profile>"
  ),
  SPAC1201: explain(
    "An imported file must exist and be readable (and opened with the same key, if encrypted).",
    "import missing.cfg",
    "import common.cfg"
  ),
  SPAC1202: explain(
    "Files that import each other would never end; spac shows the chain.",
    `# a.cfg
import b.cfg
# b.cfg
import a.cfg`,
    `# a.cfg
import common.cfg
# b.cfg
import common.cfg`
  ),
  SPAC2001: explain(
    "The phone applies the last setting of a parameter, so an earlier one in the same file is dead and usually a copy-paste slip. Both places are shown; the fix removes the earlier one.",
    `Resync_Periodic "3600" ;
Resync_Periodic "7200" ;`,
    'Resync_Periodic "7200" ;'
  )
};

// src/diagnostics/explanations/index.ts
var explanations = {
  ...syntaxExplanations,
  ...checkExplanations,
  ...edgeExplanations,
  ...fleetExplanations
};
function explainText(code) {
  let e = explanations[code], entry = catalog[code], head = `${code} (${entry.severity}): ${entry.title}`;
  if (!e) return `${head}
`;
  let indent = (s) => s.split(`
`).map((l) => `    ${l}`).join(`
`);
  return `${head}

${wrap(e.why, 100)}

for example, this gets ${code}:
${indent(e.bad)}

and this does not:
${indent(e.good)}
`;
}
function wrap(text, width) {
  let lines = [], line = "";
  for (let word of text.split(" "))
    line !== "" && line.length + 1 + word.length > width ? (lines.push(line), line = word) : line = line === "" ? word : `${line} ${word}`;
  return [...lines, line].join(`
`);
}

// src/cli/io.ts
var useColor = (io, stream) => {
  if (io.color !== void 0) return io.color;
  let force = io.env.FORCE_COLOR;
  return force !== void 0 ? force !== "0" && force !== "false" : stream.isTTY && (io.env.NO_COLOR ?? "") === "" && io.env.TERM !== "dumb";
};
async function readText(io, file, failed) {
  if (file === void 0) return;
  let read = await io.readFile(file);
  if (read.ok) return new TextDecoder().decode(read.bytes);
  failed.push(diagnostic("SPAC9001", file, range(0), { file, reason: read.reason }));
}

// src/cli/output.ts
import { posix as posix2 } from "node:path";

// src/diagnostics/render-ci.ts
import { posix } from "node:path";
var level = (severity) => severity === "error" ? "error" : severity === "warning" ? "warning" : "note", region = (r) => ({
  startLine: r.line,
  startColumn: r.column,
  endLine: r.endLine,
  endColumn: r.endColumn
}), encodePath = (path) => path.split("/").map(encodeURIComponent).join("/"), fileUri = (absolute) => `file://${encodePath(absolute)}`;
function artifactLocation(file, paths) {
  let slashed = file.replace(/\\/g, "/");
  if (paths === void 0 || file === "<stdin>") return { uri: encodePath(slashed) };
  let relative = rootRelative(slashed, paths);
  return relative === void 0 ? { uri: fileUri(posix.resolve(paths.cwd, slashed)) } : { uri: encodePath(relative), uriBaseId: "SRCROOT" };
}
function rootRelative(file, paths) {
  let relative = posix.relative(paths.root, posix.resolve(paths.cwd, file));
  return relative.startsWith("../") || relative === ".." || posix.isAbsolute(relative) ? void 0 : relative;
}
var location = (file, r, paths) => ({
  physicalLocation: { artifactLocation: artifactLocation(file, paths), region: region(r) }
});
function rules() {
  return Object.entries(catalog).map(([id, entry]) => ({
    id,
    name: entry.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ?? "").toUpperCase()),
    shortDescription: { text: entry.title },
    fullDescription: { text: explanations[id]?.why ?? entry.title },
    help: { text: explainText(id) },
    defaultConfiguration: { level: level(entry.severity) },
    messageStrings: Object.fromEntries(
      Object.entries(entry.messages).map(([key, template]) => [
        key,
        { text: sentence(positional(template).text) }
      ])
    )
  }));
}
function positional(template) {
  let names = [];
  return { text: template.replace(/\{(\w+)\}/g, (_, name) => (names.includes(name) || names.push(name), `{${String(names.indexOf(name))}}`)), names };
}
var sentence = (text) => /[.!?]$/.test(text) ? text : `${text}.`;
function sarifMessage(d) {
  let messages = catalog[d.code].messages, { names } = positional(messages[d.messageId] ?? "");
  return {
    text: sentence(shownMessage(d)),
    id: d.messageId,
    arguments: names.map((n) => String(d.params[n] ?? ""))
  };
}
function renderSarif(json, tool, paths) {
  let ids = Object.keys(catalog), results = json.map((d) => result(d, ids, paths)), log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: rules()
          }
        },
        ...paths ? { originalUriBaseIds: { SRCROOT: { uri: `${fileUri(paths.root)}/` } } } : {},
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function result(d, ids, paths) {
  return {
    ruleId: d.code,
    ruleIndex: ids.indexOf(d.code),
    level: level(d.severity),
    message: sarifMessage(d),
    locations: [location(d.file, d, paths)],
    properties: { params: d.params, ...d.device === void 0 ? {} : { device: d.device } },
    ...d.related.length > 0 ? {
      relatedLocations: d.related.map((r, i) => ({
        id: i,
        ...location(r.file, r, paths),
        message: { text: r.message }
      }))
    } : {},
    ...d.fix ? {
      fixes: [
        {
          description: { text: d.fix.description },
          artifactChanges: groupEdits(d.fix.edits).map(([file, edits]) => ({
            artifactLocation: artifactLocation(file, paths),
            replacements: edits.map((e) => ({
              deletedRegion: region(e),
              insertedContent: { text: e.newText }
            }))
          }))
        }
      ]
    } : {}
  };
}
function groupEdits(edits) {
  let byFile = /* @__PURE__ */ new Map();
  for (let e of edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  return [...byFile];
}
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function renderGithub(json) {
  return json.map((d) => {
    let kind = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice", props = [
      `file=${escapeProperty(d.file)}`,
      `line=${String(d.line)}`,
      `col=${String(d.column)}`,
      `endLine=${String(d.endLine)}`,
      `endColumn=${String(d.endColumn)}`,
      `title=${escapeProperty(`${d.code} ${d.title}`)}`
    ];
    return `::${kind} ${props.join(",")}::${escapeData(shownMessage(d))}
`;
  }).join("");
}
function githubSummary(json, files) {
  let head = `### spac check

${checkedLine(json, files)}
`;
  if (json.length === 0) return head;
  let cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " "), rows = json.map(
    (d) => `| ${d.severity} | ${d.code} | ${cell(`${d.file}:${String(d.line)}:${String(d.column)}`)} | ${cell(shownMessage(d))} |`
  );
  return `${head}
| severity | code | where | message |
| --- | --- | --- | --- |
${rows.join(`
`)}
`;
}
function checkedLine(diagnostics, files) {
  let counts = { error: 0, warning: 0, info: 0 };
  for (let d of diagnostics) counts[d.severity] += 1;
  let count = (n, word) => `${String(n)} ${word}${n === 1 ? "" : "s"}`, infos = counts.info === 0 ? "" : `, ${count(counts.info, "info")}`;
  return `${count(files, "file")} checked: ${count(counts.error, "error")}, ${count(counts.warning, "warning")}${infos}`;
}

// src/diagnostics/render.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/diagnostics/render-reports.ts
var GITLAB_SEVERITY = { error: "major", warning: "minor", info: "info" };
function renderGitlab(json, paths) {
  let seen = /* @__PURE__ */ new Map(), issues = json.map((d) => {
    let path = (paths && rootRelative(d.file, paths)) ?? d.file, identity = [path, d.code, shownMessage(d)].join("\0"), nth = seen.get(identity) ?? 0;
    return seen.set(identity, nth + 1), {
      type: "issue",
      check_name: d.code,
      description: `${d.code}: ${shownMessage(d)}`,
      severity: GITLAB_SEVERITY[d.severity],
      fingerprint: nodeCrypto().createHash("md5").update(`${identity}\0${String(nth)}`).digest("hex"),
      location: {
        path,
        positions: {
          begin: { line: d.line, column: d.column },
          end: { line: d.endLine, column: d.endColumn }
        }
      }
    };
  });
  return `${JSON.stringify(issues, null, 2)}
`;
}
var attribute = (value) => value.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c), xmlSafe = (value) => (
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
  attribute(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD"))
);
function renderJunit(json, files) {
  let byFile = new Map(files.map((f) => [f, []]));
  for (let d of json) addTo(byFile, d.file, d);
  let failing = (d) => d.severity !== "info", suites = [...byFile].map(([file, found]) => {
    let cases = found.length === 0 ? [`    <testcase classname="${xmlSafe(file)}" name="${xmlSafe(file)}"/>`] : found.map((d) => {
      let name = xmlSafe(`${d.file}:${String(d.line)}:${String(d.column)} ${d.code}`), message = xmlSafe(shownMessage(d)), body = failing(d) ? `<failure message="${message}" type="${d.severity}">${xmlSafe(`${d.title}: ${shownMessage(d)}`)}</failure>` : `<system-out>${message}</system-out>`;
      return `    <testcase classname="${xmlSafe(file)}" name="${name}">${body}</testcase>`;
    }), failures2 = found.filter(failing).length, tests2 = Math.max(found.length, 1);
    return `  <testsuite name="${xmlSafe(file)}" tests="${String(tests2)}" failures="${String(failures2)}" errors="0">
${cases.join(`
`)}
  </testsuite>`;
  }), tests = [...byFile.values()].reduce((n, f) => n + Math.max(f.length, 1), 0), failures = json.filter(failing).length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="spac" tests="${String(tests)}" failures="${String(failures)}">
${suites.join(`
`)}
</testsuites>
`;
}

// src/diagnostics/render.ts
function indexer(sources) {
  let indexes = /* @__PURE__ */ new Map();
  return (file) => {
    let index = indexes.get(file);
    return index || (index = lineIndex(sources.get(file) ?? ""), indexes.set(file, index)), index;
  };
}
function renderDiagnostics(diagnostics, format, options) {
  let index = indexer(options.sources), locate = (file, offset) => index(file).position(offset);
  if (format === "json")
    return `${JSON.stringify(
      diagnostics.map((d) => toJson(d, locate)),
      null,
      2
    )}
`;
  if (format === "sarif")
    return renderSarif(
      diagnostics.map((d) => toJson(d, locate)),
      options.tool ?? { name: "spac", version: "0.0.0" },
      options.paths
    );
  if (format === "github") return renderGithub(diagnostics.map((d) => toJson(d, locate)));
  if (format === "gitlab")
    return renderGitlab(
      diagnostics.map((d) => toJson(d, locate)),
      options.paths
    );
  if (format === "junit")
    return renderJunit(
      diagnostics.map((d) => toJson(d, locate)),
      [...options.sources.keys()]
    );
  if (format === "compact") return diagnostics.map((d) => `${compactLine(d, locate)}
`).join("");
  let colors = (0, import_picocolors.createColors)(options.color ?? !1);
  return diagnostics.map((d) => renderPretty(d, index, options, colors)).join("");
}
function toJson(d, locate) {
  let span = (file, r) => {
    let start = locate(file, r.start), end = locate(file, r.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return {
    file: d.file,
    ...span(d.file, d.range),
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...d.device === void 0 ? {} : { device: d.device },
    messageId: d.messageId,
    params: d.params,
    title: catalog[d.code].title,
    related: (d.related ?? []).map((r) => ({ file: r.file, ...span(r.file, r.range), message: r.message })),
    ...d.fix ? {
      fix: {
        description: d.fix.description,
        edits: d.fix.edits.map((e) => ({ file: e.file, ...span(e.file, e.range), newText: e.newText })),
        ...d.fix.safe ? { safe: !0 } : {}
      }
    } : {}
  };
}
function compactLine(d, locate) {
  let at = locate(d.file, d.range.start);
  return `${d.file}:${at.line}:${at.column}: ${d.severity} ${d.code}: ${shownMessage(d)}`;
}
function renderPretty(d, index, options, c) {
  let locate = (file, offset) => index(file).position(offset), paint = d.severity === "error" ? c.red : d.severity === "warning" ? c.yellow : c.blue, at = locate(d.file, d.range.start), lines = [
    // As compact and as compilers print it: `file:line:col: severity CODE: message`.
    `${c.bold(`${d.file}:${at.line}:${at.column}:`)} ${paint(`${d.severity} ${d.code}`)}: ${shownMessage(d)}`
  ];
  options.sources.get(d.file) && append(lines, codeFrame(d, index(d.file), paint, c.dim));
  for (let r of d.related ?? []) {
    let rel = locate(r.file, r.range.start);
    lines.push(`  ${c.dim("note:")} ${r.message} (${r.file}:${rel.line}:${rel.column})`);
  }
  return d.fix && lines.push(`  ${c.dim(d.fix.safe ? "fix:" : "suggestion:")} ${d.fix.description}`), `${lines.join(`
`)}

`;
}
function codeFrame(d, index, mark, dim) {
  let start = index.position(d.range.start), end = index.position(d.range.end), line = index.lineText(start.line), caretEnd = end.line === start.line ? end.column : line.length + 1, shown = frameWindow(line, start.column - 1, Math.max(start.column, caretEnd) - 1), gutter = String(start.line), carets = "^".repeat(Math.max(1, shown.caretEnd - shown.caretStart));
  return [
    `  ${dim(`${gutter} |`)} ${shown.text}`,
    `  ${" ".repeat(gutter.length)} ${dim("|")} ${" ".repeat(shown.caretStart)}${mark(carets)}`
  ];
}
var FRAME_WIDTH = 160, FRAME_BEFORE = 40;
function frameWindow(line, from, to) {
  if (line.length <= FRAME_WIDTH) return { text: line.replace(/\t/g, " "), caretStart: from, caretEnd: to };
  let first = Math.max(0, Math.min(from - FRAME_BEFORE, line.length - FRAME_WIDTH)), last = Math.min(line.length, first + FRAME_WIDTH), lead = first > 0 ? "\u2026" : "", text = `${lead}${line.slice(first, last).replace(/\t/g, " ")}${last < line.length ? "\u2026" : ""}`, caretStart = from - first + lead.length;
  return { text, caretStart, caretEnd: Math.min(to, last) - first + lead.length };
}

// src/cli/output.ts
var EXIT_OK = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 70;
function report(diagnostics, sources, io, stream, format = "pretty") {
  for (let d of diagnostics)
    d.file === "" && stream.write(`spac: ${d.severity} ${d.code}: ${d.message}
`);
  let located = diagnostics.filter((d) => d.file !== ""), tool = { name: "spac", version: package_default.version }, paths = { cwd: io.cwd, root: io.cwd }, text = renderDiagnostics(located, format, { sources, color: useColor(io, stream), tool, paths });
  text !== "" && stream.write(text);
}
function refuse(refusal, io) {
  return report(refusal.diagnostics, refusal.sources, io, io.stderr), EXIT_USAGE;
}
var exitCodeFor = (diagnostics, ioFailed) => ioFailed ? EXIT_USAGE : hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
function summary(diagnostics, files, fixable = 0) {
  let fixes = fixable === 0 ? "" : ` (${String(fixable)} fixable with --fix)`;
  return `${checkedLine(diagnostics, files)}${fixes}
`;
}
async function writeOutput(path, data, io) {
  if (path === "-") {
    io.stdout.discards?.() === !0 && report([diagnostic("SPAC9005", "", range(0), {})], /* @__PURE__ */ new Map(), io, io.stderr), io.stdout.write(data);
    return;
  }
  let written = await io.writeFileAtomic(path, data);
  return written.ok ? void 0 : diagnostic("SPAC9002", path, range(0), { file: path, reason: written.reason });
}
async function printReport(diagnostics, sources, how, io) {
  let tool = { name: "spac", version: package_default.version };
  if (["sarif", "github", "gitlab", "junit"].includes(how.format)) {
    let paths = ["sarif", "gitlab"].includes(how.format) ? { cwd: io.cwd, root: await repositoryRoot(io) } : void 0;
    io.stdout.write(
      renderDiagnostics(diagnostics, how.format, { sources, tool, ...paths ? { paths } : {} })
    ), how.format === "github" && await githubReport(diagnostics, sources, how.files, io);
    return;
  }
  let stream = how.format === "json" || how.stream !== "stderr" ? io.stdout : io.stderr;
  report(diagnostics, sources, io, stream, how.format), how.format === "pretty" && how.summary !== !1 && io.stderr.write(summary(diagnostics, how.files, how.fixable));
}
async function githubReport(diagnostics, sources, files, io) {
  let indexes = /* @__PURE__ */ new Map(), locate = (file, offset) => {
    let index = indexes.get(file) ?? lineIndex(sources.get(file) ?? "");
    return indexes.set(file, index), index.position(offset);
  }, text = githubSummary(
    diagnostics.map((d) => toJson(d, locate)),
    files
  );
  io.stdout.write(`
${text}`);
  let target = io.env.GITHUB_STEP_SUMMARY;
  if (target !== void 0 && target !== "") {
    let written = await io.appendFile(target, `${text}
`);
    written.ok || io.stderr.write(`spac: cannot write the step summary '${target}': ${written.reason}
`);
  }
}
async function repositoryRoot(io) {
  for (let dir = io.cwd; ; dir = posix2.dirname(dir)) {
    if ((await io.listDir?.(dir) ?? []).some((e) => e.name === ".git")) return dir;
    if (posix2.dirname(dir) === dir) return io.cwd;
  }
}

export {
  explainText,
  readText,
  EXIT_OK,
  EXIT_ERRORS,
  EXIT_USAGE,
  EXIT_INTERNAL,
  report,
  refuse,
  exitCodeFor,
  writeOutput,
  printReport
};
