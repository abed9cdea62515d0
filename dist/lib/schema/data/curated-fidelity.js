const bool = { kind: 'bool' };
const text = { kind: 'string' };
const seconds = { kind: 'int', min: 0, max: 255, unit: 'seconds' };
const dialPlanIndex = { kind: 'enum', options: ['1', '2', '3', '4', '5', '6', '7', '8'] };
const spec = (name, xml, type, source, extra = {}) => ({ name, xml, type, access: 'na', source, ...extra });
/** A parameter whose text name maps to its tag the usual way (`Gateway_1[n]` -> `Gateway_1_{n}_`). */
const named = (name, type, source, extra = {}) => spec(name, name.replace('[n]', '_{n}_'), type, source, extra);
const SPA5XX_75 = 'SPA5xx 7.5/7.6 profiles: FusionPBX Cisco-SPA-5XX-3XX notes (an SPA514G profile upgrading to 7.6.2a) ' +
    'and a public PHP provisioning template for 7.5; absent from the 7.4-era SPC sample';
/** SPA5xx parameters from firmware 7.5 (issue 15, cause 1). The first 7.5 build that has each is not
 * documented: '>=7.5' is the earliest the sources allow. */
const spa5xx75 = [
    named('Locale', text, SPA5XX_75, { section: 'Language', description: 'Locale such as en-US or ru-RU.' }),
    named('Softkey_Navigation_Style', text, SPA5XX_75, { section: 'General' }),
    named('NTP_Enable', bool, SPA5XX_75, { default: 'Yes', section: 'Optional Network Configuration' }),
    named('Use_Backup_IP', bool, SPA5XX_75, { default: 'No', section: 'Internet Connection Type' }),
    named('Enable_SSLv3', bool, SPA5XX_75, {
        default: 'No',
        section: 'Optional Network Configuration',
        description: 'Allows SSLv3 for HTTPS; leave it No (SSLv3 is broken: POODLE).',
    }),
    named('Auto_Register_When_Failover[n]', bool, `${SPA5XX_75}; Cisco MPP provisioning guide`, {
        default: 'No',
        section: 'Proxy and Registration',
    }),
    named('G711u_Enable[n]', bool, SPA5XX_75, { default: 'Yes', section: 'Audio Configuration' }),
    named('G711a_Enable[n]', bool, SPA5XX_75, { default: 'Yes', section: 'Audio Configuration' }),
    named('AMR-WB_Enable[n]', bool, SPA5XX_75, { default: 'Yes', section: 'Audio Configuration' }),
    named('Prefer_AMR-WB_Code', text, SPA5XX_75, { section: 'Outbound Call Codec Selection Codes' }),
    named('Force_AMR-WB_Code', text, SPA5XX_75, { section: 'Outbound Call Codec Selection Codes' }),
    ...Array.from({ length: 10 }, (_, i) => named(`PSK_${i + 7}`, text, SPA5XX_75, { section: 'Programmable Softkeys' })),
].map((p) => ({ ...p, firmware: '>=7.5' }));
const SCA_MAPPING = "FusionPBX's SPA504G template; the SPA9xx SPC sample has it too";
const spa5xxOther = [
    named('SCA_Line_ID_Mapping', { kind: 'enum', options: ['Horizontal First', 'Vertical First'] }, SCA_MAPPING, { default: 'Vertical First', section: 'Miscellaneous Line Key Settings' }),
];
const BACKLIGHT = 'a real SPA922 export (julianjm/spa-provisioning html/provisioning/spacfg.xml, domain.md 2); the options as the SPA5xx sample lists them';
/** SPA9xx (causes 3 and 7): the backlight, and the per-line ring written `Default_Ring_1_` by 5.1
 * firmware where 5.2.5 writes `Default_Ring__1__` (both spellings seen in real profiles). */
const spa9xx = [
    named('Back_Light_Timer', { kind: 'enum', options: ['Off', '10 s', '20 s', '30 s', 'Always On'] }, BACKLIGHT, { default: '10 s', section: 'LCD' }),
    named('Default_Ring[n]', {
        kind: 'enum',
        options: ['No Ring', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'User 1', 'User 2'],
    }, 'SPA9xx 5.1.x profiles (the 5.2.5 sample writes Default_Ring__n__)', { default: '1', section: 'Call Feature Settings', firmware: '<5.2.5' }),
];
const SPA3102_TEXT = 'the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)';
const SPA100PG = 'Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)';
const PSTN_SOURCES = 'SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)';
/** Gateway accounts and the fallback to PSTN of an FXS line (cause 2). */
const gatewayAccounts = [
    ...[1, 2, 3, 4].flatMap((k) => [
        named(`Gateway_${k}[n]`, { kind: 'host' }, SPA3102_TEXT, { section: 'Gateway Accounts' }),
        named(`GW${k}_NAT_Mapping_Enable[n]`, bool, SPA3102_TEXT, { default: 'No', section: 'Gateway Accounts' }),
        named(`GW${k}_Auth_ID[n]`, text, SPA3102_TEXT, { section: 'Gateway Accounts' }),
        named(`GW${k}_Password[n]`, { kind: 'password' }, SPA3102_TEXT, {
            section: 'Gateway Accounts',
            secret: true,
        }),
    ]),
    named('Auto_PSTN_Fallback[n]', bool, `${SPA3102_TEXT}; ${SPA100PG}`, {
        default: 'Yes',
        section: 'VoIP Fallback To PSTN',
    }),
];
const PSTN_MODELS = ['SPA3102', 'SPA232D'];
/** The PSTN (FXO) line of the SPA3102 and SPA232D, with the index of that line (cause 2). Which index
 * each firmware gives it is not documented beyond the two sources; any line of the model is accepted. */
const pstnLine = [
    ...Array.from({ length: 8 }, (_, i) => named(`Dial_Plan_${i + 1}[n]`, { kind: 'dial-plan' }, PSTN_SOURCES, { section: 'Dial Plans' })),
    named('PSTN_Line_Enable[n]', bool, SPA100PG, { default: 'Yes', models: ['SPA232D'] }),
    named('VoIP-To-PSTN_Gateway_Enable[n]', bool, PSTN_SOURCES, { default: 'Yes' }),
    named('VoIP_Caller_Auth_Method[n]', { kind: 'enum', options: ['none', 'PIN', 'HTTP Digest'] }, PSTN_SOURCES, {
        default: 'none',
    }),
    named('VoIP_PIN_Max_Retry[n]', { kind: 'int', min: 1 }, SPA100PG, { default: '3' }),
    named('One_Stage_Dialing[n]', bool, PSTN_SOURCES, { default: 'Yes' }),
    named('Line_1_VoIP_Caller_DP[n]', dialPlanIndex, PSTN_SOURCES, { default: '1' }),
    named('VoIP_Caller_Default_DP[n]', dialPlanIndex, PSTN_SOURCES, { default: '1' }),
    named('Line_1_Fallback_DP[n]', { kind: 'enum', options: ['none', ...dialPlanIndex.options] }, PSTN_SOURCES, {
        default: 'none',
    }),
    named('VoIP_Caller_ID_Pattern[n]', text, SPA100PG),
    named('VoIP_Access_List[n]', text, SPA100PG),
    ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [
        named(`VoIP_Caller_${k}_PIN[n]`, { kind: 'password' }, SPA100PG, { secret: true }),
        named(`VoIP_Caller_${k}_DP[n]`, dialPlanIndex, SPA100PG, { default: '1' }),
        named(`VoIP_User_${k}_Auth_ID[n]`, text, PSTN_SOURCES),
        named(`VoIP_User_${k}_Password[n]`, { kind: 'password' }, PSTN_SOURCES, { secret: true }),
        named(`VoIP_User_${k}_DP[n]`, dialPlanIndex, PSTN_SOURCES, { default: '1' }),
        named(`PSTN_Caller_${k}_PIN[n]`, { kind: 'password' }, SPA100PG, { secret: true }),
        named(`PSTN_Caller_${k}_DP[n]`, dialPlanIndex, SPA100PG, { default: '1' }),
    ]),
    named('PSTN-To-VoIP_Gateway_Enable[n]', bool, PSTN_SOURCES, { default: 'Yes' }),
    named('PSTN_Caller_Auth_Method[n]', { kind: 'enum', options: ['none', 'PIN'] }, PSTN_SOURCES, {
        default: 'none',
    }),
    named('PSTN_Ring_Thru_Line_1[n]', bool, 'a public SPA3102 provisioning script', { default: 'Yes' }),
    named('PSTN_Ring_Thru_1[n]', bool, SPA100PG, { default: 'Yes' }),
    named('PSTN_PIN_Max_Retry[n]', { kind: 'int', min: 1 }, SPA100PG, { default: '3' }),
    named('PSTN_CID_For_VoIP_CID[n]', bool, SPA100PG, { default: 'No' }),
    named('PSTN_CID_Number_Prefix[n]', text, SPA100PG),
    named('PSTN_CID_Name_Prefix[n]', text, SPA100PG),
    named('PSTN_Caller_Default_DP[n]', dialPlanIndex, PSTN_SOURCES, { default: '1' }),
    named('Line_1_Signal_Hook_Flash_To_PSTN[n]', text, SPA100PG, { default: 'Disabled' }),
    named('PSTN_Caller_ID_Pattern[n]', text, SPA100PG),
    named('PSTN_Access_List[n]', text, SPA100PG),
    named('VoIP_Answer_Delay[n]', seconds, PSTN_SOURCES, { default: '0' }),
    named('VoIP_PIN_Digit_Timeout[n]', seconds, PSTN_SOURCES, { default: '10' }),
    named('PSTN_Answer_Delay[n]', seconds, PSTN_SOURCES, { default: '16' }),
    named('PSTN_PIN_Digit_Timeout[n]', seconds, PSTN_SOURCES, { default: '10' }),
    named('PSTN_Ring_Thru_Delay[n]', seconds, PSTN_SOURCES, { default: '1' }),
    named('PSTN_Ring_Thru_CWT_Delay[n]', seconds, SPA100PG, { default: '3' }),
    named('PSTN-To-VoIP_Call_Max_Dur[n]', { kind: 'int', min: 0, unit: 'seconds' }, SPA100PG, { default: '0' }),
    named('VoIP-To-PSTN_Call_Max_Dur[n]', { kind: 'int', min: 0, unit: 'seconds' }, SPA100PG, { default: '0' }),
    named('VoIP_DLG_Refresh_Intvl[n]', seconds, SPA100PG, { default: '0' }),
    named('PSTN_Ring_Timeout[n]', seconds, SPA100PG, { default: '5' }),
    named('PSTN_Dialing_Delay[n]', seconds, SPA100PG, { default: '1' }),
    named('PSTN_Dial_Digit_Len[n]', text, SPA100PG, { default: '.1/.1' }),
    named('PSTN_Hook_Flash_Len[n]', { kind: 'decimal', min: 0, unit: 'seconds' }, SPA100PG, { default: '.25' }),
    named('Detect_CPC[n]', bool, SPA100PG, { default: 'Yes' }),
    named('Detect_Polarity_Reversal[n]', bool, SPA100PG, { default: 'Yes' }),
    named('Detect_PSTN_Long_Silence[n]', bool, SPA100PG, { default: 'No' }),
    named('Detect_VoIP_Long_Silence[n]', bool, SPA100PG, { default: 'No' }),
    named('PSTN_Long_Silence_Duration[n]', { kind: 'int', min: 0, unit: 'seconds' }, SPA100PG, {
        default: '30',
    }),
    named('VoIP_Long_Silence_Duration[n]', { kind: 'int', min: 0, unit: 'seconds' }, SPA100PG, {
        default: '30',
    }),
    named('PSTN_Silence_Threshold[n]', text, SPA100PG, { default: 'medium' }),
    named('Min_CPC_Duration[n]', { kind: 'decimal', min: 0, unit: 'seconds' }, SPA100PG, { default: '0.2' }),
    named('Detect_Disconnect_Tone[n]', bool, SPA100PG, { default: 'Yes' }),
    named('Disconnect_Tone[n]', { kind: 'tone' }, SPA100PG, { default: '480@-30,620@-30;4(.25/.25/1+2)' }),
    named('FXO_Country_Setting[n]', text, SPA100PG, { default: 'USA' }),
    named('Tip_Ring_Voltage_Adjust[n]', text, SPA100PG, { default: '3.5V' }),
    named('Ring_Frequency_Min[n]', { kind: 'int', min: 0 }, SPA100PG, { default: '10' }),
    named('Ring_Frequency_Max[n]', { kind: 'int', min: 0 }, SPA100PG, { default: '100' }),
    named('SPA_To_PSTN_Gain[n]', { kind: 'int', min: -15, max: 12, unit: 'dB' }, SPA100PG, { default: '0' }),
    named('PSTN_To_SPA_Gain[n]', { kind: 'int', min: -15, max: 12, unit: 'dB' }, SPA100PG, { default: '0' }),
    named('Ring_Validation_Time[n]', text, SPA100PG),
    named('Ring_Indication_Delay[n]', text, SPA100PG),
    named('Ring_Timeout[n]', text, SPA100PG),
    named('Ring_Threshold[n]', text, SPA100PG),
    named('Line-In-Use_Voltage[n]', { kind: 'int', min: 0 }, SPA100PG, { default: '30' }),
    named('Ringer_Impedance[n]', text, 'a public SPA3102 provisioning script'),
    named('Off_Hook_While_Calling_VoIP[n]', bool, 'a public SPA3102 provisioning script'),
    named('FXO_Port_Impedance[n]', text, 'a public SPA3102 provisioning script'),
    named('VoIP_PIN_Tone', { kind: 'tone' }, `${SPA3102_TEXT}; ${SPA100PG}`),
    named('PSTN_PIN_Tone', { kind: 'tone' }, `${SPA3102_TEXT}; ${SPA100PG}`),
].map((p) => ({ section: 'PSTN Line', models: PSTN_MODELS, ...p }));
const SPA100_MODELS = ['SPA112', 'SPA122', 'SPA232D'];
const SPA100_ROUTER = `${SPA100PG} ch.7 (router settings); FusionPBX SPA112/SPA122 templates`;
/** Provisioning, voice mail and router login parameters the SPA100 series has (cause 6; SPA100PG). */
const spa100 = [
    named('Resync_At_(HHmm)', text, SPA100PG, { xml: 'Resync_At__HHmm_', section: 'Configuration Profile' }),
    named('Resync_At_Random_Delay', { kind: 'int', min: 0 }, SPA100PG, {
        default: '600',
        section: 'Configuration Profile',
    }),
    named('Mailbox_ID[n]', text, SPA100PG, { section: 'Call Feature Settings' }),
    // SPA100PG ch.7 lists these directly inside <router-configuration>; FusionPBX's SPA112/SPA122
    // templates write them at the top level, which spac accepts (whether the firmware reads them there is
    // not documented).
    ...['Bonjour_Enable', 'Reset_Button_Enable', 'Router_Mode', 'Monitor_WAN_Port_Only'].map((name) => named(name, { kind: 'enum', options: ['0', '1'] }, SPA100_ROUTER, { section: 'Router' })),
    named('Web_Login_Admin_Name', text, SPA100_ROUTER, { default: 'admin', section: 'Router' }),
    named('Web_Login_Admin_Password', { kind: 'password' }, SPA100_ROUTER, { section: 'Router', secret: true }),
    named('Web_Login_Guest_Name', text, SPA100_ROUTER, { default: 'cisco', section: 'Router' }),
    named('Web_Login_Guest_Password', { kind: 'password' }, SPA100_ROUTER, { section: 'Router', secret: true }),
].map((p) => ({ ...p, models: SPA100_MODELS }));
export const fidelityAdditions = {
    spa5xx: [...spa5xx75, ...spa5xxOther],
    spa9xx,
    ata: [...gatewayAccounts, ...pstnLine, ...spa100],
};
/** Model facts the generated family lists get wrong or lack (causes 2 and 5), each with its source. */
export const modelCurations = {
    // The PSTN line has its own SIP account at index 2 (a public SPA3102 provisioning script writes
    // Proxy_2_, User_ID_2_ and the PSTN parameters at _2_), so the SPA3102 has two lines, not one.
    ata: [
        { name: 'SPA3102', lines: 2, firmware: '5.1.10(GW)' },
        // SPA100PG: the SPA122 is the SPA112 with a router, two FXS lines.
        { name: 'SPA122', lines: 2 },
    ],
    // SPA962: six lines (Cisco's data sheet; a public provisioning script gives it 6 line appearances),
    // where the provisioner family list says 4. The phone ignores lines it lacks, so the larger count is
    // the one that raises no false alarm. SPA921/922 keep the family list's 4 (data sheets say one line;
    // unconfirmed which the 5.x firmware reads).
    spa9xx: [{ name: 'SPA962', lines: 6 }],
};
