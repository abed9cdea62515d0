// Diagnostics stage (explanations, bands 3000-5000): schema checks, rules and macros, and codegen.
// Input: none. Output: code -> explanation with a bad and a good example.
import { explain, type Explanation } from './types.js';

export const checkExplanations: Readonly<Record<string, Explanation>> = {
  SPAC3001: explain(
    'The phone silently ignores a name it does not know, so a typo means a setting that is simply missing. The did-you-mean rename is offered as a fix.',
    'Line_Enabel[1] "Yes" ;',
    'Line_Enable[1] "Yes" ;',
  ),
  SPAC3002: explain(
    "The value does not fit the parameter's type (a choice, a number range, a time zone, an address, a dial plan...). The phone rejects or misreads it; the message names what is allowed.",
    'Time_Zone "GMT-5" ;',
    'Time_Zone "GMT-05:00" ;',
  ),
  SPAC3003: explain(
    'The target model does not have this parameter, so it has no effect there. One profile often serves several models, so this is a warning.',
    '# spac check --target SPA502G\nLine_Enable[2] "Yes" ;',
    '# spac check --target SPA504G\nLine_Enable[2] "Yes" ;',
  ),
  SPAC3004: explain(
    'The index is beyond the number of lines the target model has; the phone ignores it.',
    '# SPA504G has 4 lines\nLine_Enable[5] "Yes" ;',
    'Line_Enable[4] "Yes" ;',
  ),
  SPAC3005: explain(
    'Passwords and the GPP_SA-SD registers in a plain profile can be read by anyone who can fetch the file. Encrypt it (spac compile --key) or pass --encrypted when it is delivered encrypted.',
    'spac compile site.cfg -o site.xml',
    'spac compile site.cfg -o site.xml --key-env GPP_SA',
  ),
  SPAC3006: explain(
    "--target names a model of a loaded schema; 'spac schema list' shows them.",
    'spac check --target SPA5O4G site.cfg',
    'spac check --target SPA504G site.cfg',
  ),
  SPAC3007: explain(
    "A schema file given with --schema must be valid JSON in spac's schema format; the problem is shown at its place.",
    '{ "family": "x" }',
    '{ "schemaVersion": 1, "family": "x", "title": "X", "models": [], "parameters": [] }',
  ),
  SPAC3008: explain(
    "An option list in a sample is joined by '/' without escaping, so an option that holds '/' (month/day) makes the list ambiguous. Review the imported options.",
    '# options: month/day/day/month',
    '"type": { "kind": "enum", "options": ["month/day", "day/month"] }',
  ),
  SPAC3009: explain(
    "SPC accepts yes, enable and 1 for Yes (and their opposites for No), and spac's output always says Yes or No. Writing the canonical form keeps source and output alike; editors offer the fix.",
    'Line_Enable[1] "enable" ;',
    'Line_Enable[1] "Yes" ;',
  ),
  SPAC3010: explain(
    'A phone\'s configuration export (spacfg.xml, the web page\'s XML) also lists its status page: product information, addresses, registration and call counters, each with group="Info/...". They are not parameters a profile can set, so spac neither checks them nor writes them into a compiled profile, and says so once per file; `spac fmt` keeps them.',
    '<Current_IP group="Info/System_Status">192.0.2.10</Current_IP>',
    '<Resync_Periodic group="Provisioning/Configuration_Profile">3600</Resync_Periodic>',
  ),
  SPAC3011: explain(
    'A Yes/No or a choice with an empty value. The provisioning guides (LSPG301 p.48, the SPA941 guide, MPP7832) say an empty value resets a parameter to its default, which another rule of theirs contradicts (no value leaves it unchanged); what the firmware does is not confirmed. Either way the phone ends with a valid value, so this is advice, not an error: write the value you mean.',
    'Line_Enable[1] "" ;',
    'Line_Enable[1] "Yes" ;',
  ),
  SPAC3012: explain(
    "The target names its firmware (--target SPA504G@7.4.9), and the data ties this parameter or option to other firmware: the phone running that firmware ignores it. Each range and its source are shown by 'spac schema show'. Without a version, every known firmware is accepted. Target the firmware the phones run, or drop the setting.",
    '# spac: target=SPA504G@7.4.9\nLocale "en-US" ;',
    '# spac: target=SPA504G@7.5.5\nLocale "en-US" ;',
  ),
  SPAC3013: explain(
    "Settings nested in a group element inside <flat-profile> (an SPA112/122's <router-configuration>, with <WAN_Interface> and the like) configure the router, not the voice parameters spac's schemas describe; their names repeat voice names with other meanings (the router's Time_Zone is '+01 2 2'). They are named once per file and left unchecked.",
    '<router-configuration><Time_Zone>+01 2 2</Time_Zone></router-configuration>',
    '<Time_Zone>GMT+01:00</Time_Zone>',
  ),
  SPAC3014: explain(
    "A value in a form that real profiles use but no Cisco document describes, so whether the firmware takes it is not confirmed: a daylight-saving rule ending in ';' (an empty last part; the fix drops it), or a tone written with '*' modulation, '400*33@-19', as South African tone plans write it (ToneScript as documented knows only frequency@level, so the phone may play nothing). A warning, not an error: the profile may work, but test it on a phone, or write the documented form.",
    'Daylight_Saving_Time_Rule "start=3/-1/7/2;end=10/-1/7/3;save=1;" ;',
    'Daylight_Saving_Time_Rule "start=3/-1/7/2;end=10/-1/7/3;save=1" ;',
  ),
  SPAC4001: explain(
    "The rule does not parse as the phone reads it: an unclosed '(' or '[', a group that ends neither with ')?' nor ')!', 'or' (there is none), or an empty alternative. A broken Profile_Rule strands the phone.",
    'Profile_Rule "( $SWVER lt 7.5.5 | /new.cfg" ;',
    'Profile_Rule "( $SWVER lt 7.5.5 )? /old.cfg | /new.cfg" ;',
  ),
  SPAC4002: explain(
    'Profile rules take --key, --post, --alias, --uid and --pwd; report rules --key, --delta and --status; upgrade rules none.',
    'Upgrade_Rule "[--key x] http://fw.example.com/a.bin" ;',
    'Upgrade_Rule "http://fw.example.com/a.bin" ;',
  ),
  SPAC4003: explain(
    '--key, --post, --alias, --uid and --pwd need an argument; --post and --alias take a GPP letter a to p.',
    'Profile_Rule "[--post q] https://p.example.com/boot" ;',
    'Profile_Rule "[--post a] https://p.example.com/boot" ;',
  ),
  SPAC4004: explain(
    "A rule URL is [scheme://][server[:port]]/path with tftp, http or https. A path without '/' is read as a server name, so the phone fetches nothing.",
    'Profile_Rule "spa$MA.cfg" ;',
    'Profile_Rule "/spa$MA.cfg" ;',
  ),
  SPAC4005: explain(
    'Strings and text macros compare only with eq/ne; an unquoted word must be a number or a version. Anything else never compares as intended.',
    'Resync_Trigger_1 "$MA gt 5" ;',
    'Resync_Trigger_1 "$PRVTMR gt 3600" ;',
  ),
  SPAC4006: explain(
    'The phone takes the first alternative whose condition holds; one without a condition always holds, so the alternatives after it are never tried.',
    'Profile_Rule "/a.cfg | /b.cfg" ;',
    'Profile_Rule "( $SWVER lt 7.5.5 )? /a.cfg | /b.cfg" ;',
  ),
  SPAC4007: explain(
    "Report rules have no conditions or assignments, and resync triggers are bare conditions without '( )?'.",
    'Resync_Trigger_1 "( $PRVTMR gt 600 )?" ;',
    'Resync_Trigger_1 "$PRVTMR gt 600" ;',
  ),
  SPAC4008: explain(
    'An assignment sets a parameter; a name the schema does not know sets nothing.',
    'Profile_Rule "( zz = \\"1\\" ; )! /x.cfg" ;',
    'Profile_Rule "( a = \\"1\\" ; )! /x.cfg" ;',
  ),
  SPAC4010: explain(
    'The phone leaves an unknown macro as written, so the URL holds a literal $NAME. Write $(NAME) to glue text on.',
    'Profile_Rule "/$MAxyz.cfg" ;',
    'Profile_Rule "/$(MA)xyz.cfg" ;',
  ),
  SPAC4011: explain(
    '$SA to $SD are expanded only as arguments of --key, --uid and --pwd; elsewhere they stay as written.',
    'Profile_Rule "/$SA.cfg" ;',
    'Profile_Rule "[--key $SA] /spa.cfg" ;',
  ),
  SPAC4012: explain(
    '$VERSION, $PROXY and $NOTIFY belong to other subsystems (user agent, NAT keep-alive); a provisioning rule leaves them as written.',
    'Profile_Rule "/$VERSION.cfg" ;',
    'Profile_Rule "/$SWVER.cfg" ;',
  ),
  SPAC4013: explain(
    'Some guides write $GPP_A; every SPA expands $A. The fix rewrites it.',
    'Profile_Rule "/$GPP_A.cfg" ;',
    'Profile_Rule "/$(A).cfg" ;',
  ),
  SPAC4014: explain(
    "A macro is $NAME, $(NAME), $(NAME:offset) or $(NAME:offset:length); $$ is a literal '$'.",
    'Profile_Rule "/$(MA.cfg" ;',
    'Profile_Rule "/$(MA).cfg" ;',
  ),
  SPAC4015: explain(
    'A text macro compared without quotes is parsed as a number or version by the phone. Quote it to compare text.',
    'Resync_Trigger_1 "$CCERT eq \\"Installed\\"" ;',
    'Resync_Trigger_1 "\\"$CCERT\\" eq \\"Installed\\"" ;',
  ),
  SPAC4016: explain(
    'An option given twice is confusing at best; the phone uses one of them.',
    'Profile_Rule "[--key $SA --key $SB] /x.cfg" ;',
    'Profile_Rule "[--key $SA] /x.cfg" ;',
  ),
  SPAC4020: explain(
    '--key $SA uses the GPP_SA register; when the profile set leaves it empty the phone has no key and cannot decrypt.',
    'Profile_Rule "[--key $SA] https://p.example.com/x.cfg" ;',
    'GPP_SA "0123456789abcdef" ;\nProfile_Rule "[--key $SA] https://p.example.com/x.cfg" ;',
  ),
  SPAC4021: explain(
    'A profile rule that fetches over tftp or http without --key sends what it fetches in clear; if the profiles hold passwords, anyone on the path reads them.',
    'Profile_Rule "http://p.example.com/$MA.xml" ;',
    'Profile_Rule "[--key $SA] https://p.example.com/$MA.xml" ;',
  ),
  SPAC5001: explain(
    "The text format has no escape for '\"', so a value holding one cannot be written as text; keep that profile in XML.",
    'spac compile quoted.xml --format text',
    'spac compile quoted.xml --format xml',
  ),
  SPAC5002: explain(
    'Without a schema that knows the name, text output keeps the XML spelling of a tag; check that the phone reads it.',
    'spac compile custom.xml --format text',
    'spac compile custom.xml --format text --schema custom.json',
  ),
  SPAC5003: explain(
    'XML strips leading and trailing white space from values, so it would be lost on the way to the phone.',
    'Display_Name[1] " Front Desk" ;',
    'Display_Name[1] "Front Desk" ;',
  ),
  SPAC5004: explain(
    'XML without ua means the factory default access; the text format cannot say that, so the parameter is written with no user access.',
    '<Proxy_1_>sip.example.com</Proxy_1_>',
    '<Proxy_1_ ua="na">sip.example.com</Proxy_1_>',
  ),
  SPAC5005: explain(
    'The name cannot be spelled in the output format (an XML tag needs a letter or _ first, a text name its own characters).',
    'Line-Enable.1 "Yes" ;  # to XML',
    'Line_Enable[1] "Yes" ;',
  ),
  SPAC5006: explain(
    'Nested XML groups (SPA1xx router settings) have no text form; keep such profiles in XML.',
    'spac compile router.xml --format text',
    'spac compile router.xml --format xml',
  ),
};
