// Rules stage (macro table): the variables a phone expands in rules and log templates, and the `$`-words
// other subsystems expand. Input: a macro name. Output: what it is, its value type and where it works.
const LETTERS = 'ABCDEFGHIJKLMNOP'.split('');
const SECRET_LETTERS = ['A', 'B', 'C', 'D'];
const entries = [
    ...LETTERS.map((l) => ({
        name: l,
        type: 'any',
        description: `contents of GPP_${l}`,
        gpp: `GPP_${l}`,
    })),
    ...SECRET_LETTERS.map((l) => ({
        name: `S${l}`,
        type: 'string',
        description: `contents of GPP_S${l} (secret)`,
        scope: 'secret',
        gpp: `GPP_S${l}`,
    })),
    { name: 'MA', type: 'string', description: 'MAC address, lower-case hex (000e08aabbcc)' },
    { name: 'MAU', type: 'string', description: 'MAC address, upper-case hex (000E08AABBCC)' },
    { name: 'MAC', type: 'string', description: 'MAC address, lower-case with colons (00:0e:08:aa:bb:cc)' },
    { name: 'PN', type: 'string', description: 'product name (SPA504G)' },
    { name: 'PSN', type: 'string', description: 'product series number: the model without SPA (504G)' },
    { name: 'SN', type: 'string', description: 'serial number' },
    { name: 'CCERT', type: 'string', description: "client certificate status: 'Installed' or 'Not Installed'" },
    { name: 'IP', type: 'string', description: 'LAN IP address' },
    { name: 'EXTIP', type: 'string', description: 'external IP address' },
    { name: 'SWVER', type: 'version', description: 'software version (7.5.5)' },
    { name: 'HWVER', type: 'version', description: 'hardware version' },
    {
        name: 'PRVST',
        type: 'number',
        description: 'provisioning state: -1 explicit, 0 power-up, 1 periodic, 2 retry',
    },
    { name: 'UPGST', type: 'number', description: 'upgrade state: 1 first try, 2 retry' },
    { name: 'UPGERR', type: 'string', description: 'result message of the last upgrade' },
    { name: 'PRVTMR', type: 'number', description: 'seconds since the last resync attempt' },
    { name: 'UPGTMR', type: 'number', description: 'seconds since the last upgrade attempt' },
    { name: 'REGTMR1', type: 'number', description: 'seconds since line 1 lost registration' },
    { name: 'REGTMR2', type: 'number', description: 'seconds since line 2 lost registration' },
    {
        name: 'UPGCOND',
        type: 'string',
        description: "legacy; always 'true' from firmware 2.0.6",
        scope: 'deprecated',
    },
    { name: 'SCHEME', type: 'string', description: 'tftp, http or https, as parsed from the URL' },
    { name: 'METH', type: 'string', description: "old name of '$SCHEME'", scope: 'deprecated' },
    { name: 'SERV', type: 'string', description: 'host name of the target server' },
    { name: 'SERVIP', type: 'string', description: 'resolved IP address of the target server' },
    { name: 'PORT', type: 'number', description: 'port of the target server' },
    { name: 'PATH', type: 'string', description: 'path of the target file' },
    { name: 'ERR', type: 'string', description: 'result message of the resync or upgrade' },
    { name: 'ISCUST', type: 'number', description: '1 if the unit is customised, else 0' },
    ...['SERIAL_NUMBER', 'INCOMINGNAME', 'REMOTENUMBER'].map((name) => ({
        name,
        type: 'string',
        description: 'MPP only, mainly in XML-service URLs',
        scope: 'mpp',
    })),
    { name: 'VERSION', type: 'string', description: "expanded in 'SIP_User_Agent_Name'", scope: 'elsewhere' },
    {
        name: 'PROXY',
        type: 'string',
        description: "expanded in the NAT keep-alive fields and 'Extended_Function'",
        scope: 'elsewhere',
    },
    {
        name: 'NOTIFY',
        type: 'string',
        description: 'expanded in the NAT keep-alive fields',
        scope: 'elsewhere',
    },
];
const table = new Map(entries.map((m) => [m.name, m]));
const PER_LINE = /^(UID|DISPLAYNAME|AUTHID|PROXY)([1-9][0-9]?)$/;
export function macroInfo(name) {
    const known = table.get(name);
    if (known)
        return known;
    const line = PER_LINE.exec(name);
    return line
        ? {
            name,
            type: 'string',
            description: `MPP only: line ${line[2] ?? ''} ${(line[1] ?? '').toLowerCase()}`,
            scope: 'mpp',
        }
        : undefined;
}
/** `$GPP_A`: one Cisco guide says rules may name GPPs like this; the macro tables only list `$A`. */
export const longGppLetter = (name) => /^GPP_([A-P]|S[A-D])$/.exec(name)?.[1];
export const macroNames = entries.map((m) => m.name);
