// Diagnostics stage (explanations, band 8000): fleet builds (`spac build`): the inventory, its devices,
// their keys, output names and bootstrap profiles; (8100) certificates (`spac cert`); (8200) serving and
// phones (`spac diff`).
// Input: none. Output: code -> explanation with examples.
import { explain, type Explanation } from './types.js';

export const fleetExplanations: Readonly<Record<string, Explanation>> = {
  SPAC8001: explain(
    'The inventory is CSV (RFC 4180: a header row, commas, "quotes" doubled inside quoted cells, UTF-8 with or without BOM) or JSON Lines (one object per line). This one cannot be read as either, or names a column twice.',
    'mac,User_ID[1]\n00:0e:08:aa:bb:cc,"2001',
    'mac,User_ID[1]\n00:0e:08:aa:bb:cc,"2001"',
  ),
  SPAC8002: explain(
    "Every device is found by its MAC address, as the phone's $MA: 12 hex digits, bare or grouped by ':', '-' or '.'. The inventory needs a 'mac' column and every row a MAC.",
    'mac,User_ID[1]\n00:0e:08:aa:bb,2001',
    'mac,User_ID[1]\n00:0e:08:aa:bb:cc,2001',
  ),
  SPAC8003: explain(
    'Two rows with one MAC would give one phone two profiles; whichever was written last would win. Each device is listed once.',
    'mac,User_ID[1]\n000e08aabbcc,2001\n00:0E:08:AA:BB:CC,2002',
    'mac,User_ID[1]\n000e08aabbcc,2001\n000e08aabbcd,2002',
  ),
  SPAC8004: explain(
    "Columns other than mac, model, layers and the key column are parameters: a name in text (User_ID[1]) or XML (User_ID_1_) spelling, optionally followed by '!' (user read-write) or '?' (read-only).",
    'mac,User ID 1\n000e08aabbcc,2001',
    'mac,User_ID[1]\n000e08aabbcc,2001',
  ),
  SPAC8005: explain(
    'Every device needs a file of its own; a name without $MA (or $MAU, $MAC) gives several devices the same file, and one would overwrite another. The profile and the bootstrap also need different names.',
    "spac build --inventory devices.csv --layer common.cfg --name 'spa$PSN.xml' -o out/",
    "spac build --inventory devices.csv --layer common.cfg --name 'spa$PSN/$MA.xml' -o out/",
  ),
  SPAC8006: explain(
    "A device's file name is written with the phone's macros $MA, $MAU, $MAC, $PN and $PSN, and must stay inside the output directory. $PN and $PSN need the device's model (a model column or --target).",
    "spac build --inventory devices.csv --layer common.cfg --name '../$MA.xml' -o out/",
    "spac build --inventory devices.csv --layer common.cfg --name 'profiles/$MA.xml' -o out/",
  ),
  SPAC8007: explain(
    "With --key-column every device's profile is encrypted with the key in its own cell; a device without one would get a profile it cannot decrypt. With --key-derive-env the master secret must be set.",
    'mac,key\n000e08aabbcc,\n(spac build --inventory devices.csv --key-column key ...)',
    'mac,key\n000e08aabbcc,7f2c0a9e4b1d\n(spac build --inventory devices.csv --key-column key ...)',
  ),
  SPAC8008: explain(
    "A bootstrap profile sets the device's key register and a Profile_Rule '[--key $SA] <URL>'. spac runs that rule as the phone would (as spac expand does): it must fetch exactly the file written for that device, by its name in the output directory, and decrypt it with the key it was encrypted with.",
    "spac build ... --name '$MA.xml' --bootstrap 'init/$MA.xml' --bootstrap-rule 'http://prov.example.com/$MAU.xml'",
    "spac build ... --name '$MA.xml' --bootstrap 'init/$MA.xml' --bootstrap-rule 'http://prov.example.com/$MA.xml'",
  ),
  SPAC8009: explain(
    "A device's model must be one the schemas know (spac schema list): its parameters, options and line count are checked against it.",
    'mac,model\n000e08aabbcc,SPA504',
    'mac,model\n000e08aabbcc,SPA504G',
  ),
  SPAC8010: explain(
    "The layers column names further profiles for one device, relative to the inventory's folder, separated by ';'. Each must be readable.",
    'mac,layers\n000e08aabbcc,sites/bostn.cfg',
    'mac,layers\n000e08aabbcc,sites/boston.cfg',
  ),
  SPAC8101: explain(
    "A phone checks the provisioning server's certificate: its CN must be the fully qualified host name the phone fetches from (optionally followed by '/' and any text, such as 'prov.example.com/mailto:ops@example.com'); wild-card certificates are not accepted.",
    "spac cert request --cn '*.example.com' -o server",
    'spac cert request --cn prov.example.com -o server',
  ),
  SPAC8102: explain(
    "RSA keys under 2048 bits can be broken with public means. The phones accept 1024-bit keys (the chapter's example uses one), so spac makes them when asked, with this warning.",
    'spac cert request --cn prov.example.com --bits 1024 -o server',
    'spac cert request --cn prov.example.com --bits 2048 -o server',
  ),
  SPAC8103: explain(
    'Certificates, keys and signing requests are read as PEM text: a certificate (BEGIN CERTIFICATE), a signing request (BEGIN CERTIFICATE REQUEST) or an unencrypted RSA private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY). A CA must be a CA certificate with its own key; a request must carry a valid signature.',
    'spac cert sign --ca lab-ca server.key -o server',
    'spac cert sign --ca lab-ca server.csr -o server',
  ),
  SPAC8104: explain(
    'A phone refuses a certificate outside its validity (and so does any TLS client); renew it before it expires. spac warns 30 days ahead.',
    'spac cert show old-server.crt   (notAfter in the past)',
    'spac cert show server.crt   (valid for months to come)',
  ),
  SPAC8105: explain(
    "A subject is written NAME=value pairs separated by ',' (or openssl's '/O=.../C=..'), NAME one of CN, O, OU, L, ST (or S) and C; the country is two letters.",
    "spac cert request --cn prov.example.com --subject 'Organisation=Example'",
    "spac cert request --cn prov.example.com --subject 'O=Example Ltd,C=GB'",
  ),
  SPAC8201: explain(
    "A phone's report (its Report_Rule upload) shows the settings it runs. Where one differs from the profile compiled for it, the phone did not get or did not take that profile: a failed resync, a wrong key, a setting changed on the phone's web page, or a firmware that refuses the value. Only what the profile sets is compared; secret values are never shown.",
    'spac diff reports/000e08aabbcc.xml expected.xml   (the report has <Proxy_1_>old.example.com</Proxy_1_>)',
    'spac diff reports/000e08aabbcc.xml expected.xml   (the report matches)',
  ),
};
