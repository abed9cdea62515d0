// Schema data (curated, reviewed by hand): types, limits, secrets and descriptions laid over the generated
// schemas, and the documented parameters the sample profiles lack. Sources: the seed provisioning chapter
// (../shared/spec) and the domain notes; where they give no range, `rangeNote` says so.
import type { ParameterSpec, TypeSpec } from '../schema-types.js';
import { fidelityAdditions, modelCurations } from './curated-fidelity.js';

export interface Curation {
  /** Matched against the XML tag (`Line_Enable_{n}_` for per-line families). */
  readonly match: RegExp;
  readonly type?: TypeSpec;
  readonly description?: string;
  readonly secret?: boolean;
  readonly rangeNote?: string;
  /** The SPC text spelling, where the sample gave only the XML form: the web page's label with its
   * punctuation kept, which the XML tag cannot hold (domain.md 1.2). */
  readonly name?: string;
  readonly firmware?: string;
  readonly source?: string;
}

const exact = (...names: string[]): RegExp =>
  new RegExp(`^(?:${names.map((n) => n.replace(/[{}]/g, '\\$&')).join('|')})$`);
const seconds = { kind: 'int', min: 0, unit: 'seconds' } as const;
const NO_RANGE = 'no range is documented; only the form is checked';

/** Applied in order: a later match overrides the fields an earlier one set. */
export const curations: readonly Curation[] = [
  // A PIN is a secret where it is the value (VoIP_Caller_1_PIN[n]), not in PSTN_PIN_Tone or
  // VoIP_PIN_Max_Retry[n], which only concern one.
  {
    match: /(?:^|_)(?:Passwd|Password)(?:_|$)|(?:^|_)PIN(?:_\{n\}_)?$|Secret/,
    type: { kind: 'password' },
    secret: true,
  },
  {
    match: exact(
      'Static_IP',
      'NetMask',
      'Gateway',
      'Primary_DNS',
      'Secondary_DNS',
      'LAN_IP_Address',
      'LAN_Subnet_Mask',
      'EXT_IP',
    ),
    type: { kind: 'ipv4' },
  },
  {
    match: exact(
      'Syslog_Server',
      'Debug_Server',
      'Primary_NTP_Server',
      'Secondary_NTP_Server',
      'STUN_Server',
      'Proxy_{n}_',
      'Outbound_Proxy_{n}_',
      'Alternate_Proxy_{n}_',
      'Alternate_Outbound_Proxy_{n}_',
    ),
    type: { kind: 'host' },
  },
  {
    match: exact(
      'Web_Server_Port',
      'SIP_TCP_Port_Min',
      'SIP_TCP_Port_Max',
      'RTP_Port_Min',
      'RTP_Port_Max',
      'EXT_RTP_Port_Min',
      'SIP_Port_{n}_',
      'EXT_SIP_Port_{n}_',
    ),
    type: { kind: 'port' },
  },
  {
    match: exact('XML_Directory_Service_URL', 'XML_Application_Service_URL', 'BMP_Picture_Download_URL'),
    type: { kind: 'url' },
  },
  { match: /_Tone$/, type: { kind: 'tone' }, rangeNote: 'ToneScript: up to 127 characters' },
  {
    match: /^Cadence_[0-9]+$|^Ring[0-9]+_Cadence$|^CWT[0-9]+_Cadence$/,
    type: { kind: 'cadence' },
    rangeNote: 'CadScript: up to 127 characters',
  },
  {
    match: /^Voice_Mail_Number$|^Speed_Dial_[2-9]$/,
    type: { kind: 'phone' },
    rangeNote: 'a number or SIP URI of up to 39 characters',
  },
  {
    match: /^Dial_Plan(?:_\{n\}_)?$/,
    type: { kind: 'dial-plan' },
    description: 'Dial plan script: which digit sequences the phone dials, and how.',
  },
  {
    match: exact('Time_Zone'),
    type: { kind: 'timezone' },
    description: 'Time zone, GMT-12:00 to GMT+13:00 as the phone lists them.',
  },
  {
    match: exact('Daylight_Saving_Time_Rule'),
    type: { kind: 'dst-rule' },
    description: 'Daylight saving rule: start=month/day/weekday/time;end=...;save=offset.',
  },
  { match: /^(?:Handset|Headset|Speakerphone)(?:_Additional)?_Input_Gain$/, rangeNote: 'gain in dB' },
  ...provisioning(),
  ...fxs(),
  // The web page's labels say "SIP ToS/DiffServ Value" and "RTP ToS/DiffServ Value" ("TOS" on the
  // SPA5xx pages); SPC keeps the '/', as the SPA3102 5.1.10 text profile writes SIP_ToS/DiffServ_Value[1]
  // (domain.md 1.2). The XML tags put '_' in its place.
  { match: exact('SIP_ToS_DiffServ_Value_{n}_'), name: 'SIP_ToS/DiffServ_Value[n]' },
  { match: exact('RTP_ToS_DiffServ_Value_{n}_'), name: 'RTP_ToS/DiffServ_Value[n]' },
  { match: exact('SIP_TOS_DiffServ_Value_{n}_'), name: 'SIP_TOS/DiffServ_Value[n]' },
  { match: exact('RTP_TOS_DiffServ_Value_{n}_'), name: 'RTP_TOS/DiffServ_Value[n]' },
  // Units in parentheses on the SPA9xx web page, which the XML tag turns into '_' (domain.md 1.2).
  { match: exact('Feed_Data_Update_Interval_m_'), name: 'Feed_Data_Update_Interval(m)' },
  { match: exact('Scrolling_Timer_s_'), name: 'Scrolling_Timer(s)' },
  // SPA9xx 5.2.5 writes the per-line ring Default_Ring__1__; 5.1.x wrote Default_Ring_1_ (curated-fidelity).
  {
    match: /^Default_Ring__[0-9]+__$/,
    firmware: '>=5.2',
    source: 'the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_',
  },
];

function provisioning(): Curation[] {
  return [
    { match: exact('Provision_Enable'), description: 'Allows or denies resync actions.' },
    { match: exact('Resync_On_Reset'), description: 'Resync after power-up and after each upgrade attempt.' },
    {
      match: exact('Resync_Random_Delay'),
      type: seconds,
      description:
        'Random delay after boot before the first resync, so that a pool of phones does not resync at once.',
      rangeNote: NO_RANGE,
    },
    {
      match: exact('Resync_At__HHmm_'),
      type: { kind: 'hhmm' },
      description: 'Time of day (24-hour HHmm) for a daily resync; overrides Resync_Periodic.',
    },
    {
      match: exact('Resync_At_Random_Delay'),
      type: seconds,
      description: 'Random window after Resync_At for the daily resync.',
      rangeNote: NO_RANGE,
    },
    {
      match: exact('Resync_Periodic'),
      type: { kind: 'schedule' },
      description: 'Seconds between periodic resyncs; empty or 0 disables them.',
    },
    {
      match: exact('Resync_Error_Retry_Delay'),
      type: { kind: 'schedule' },
      description: 'Seconds before retrying a failed resync; 0 means no retry.',
    },
    {
      match: exact('Forced_Resync_Delay'),
      type: seconds,
      description: 'Longest time a due resync waits for the lines to become idle.',
      rangeNote: NO_RANGE,
    },
    {
      match: exact('Resync_From_SIP'),
      description: 'Allow a SIP NOTIFY with Event: resync to trigger a resync.',
    },
    {
      match: exact('Resync_After_Upgrade_Attempt'),
      description: 'Resync after every firmware upgrade attempt.',
    },
    {
      match: /^Resync_Trigger_[12]$/,
      type: { kind: 'rule', language: 'trigger' },
      description: 'Conditional expression; a resync starts when it evaluates to true.',
    },
    {
      match: exact('Resync_Fails_On_FNF'),
      description: 'Treat a file-not-found response as a failed resync.',
    },
    {
      match: /^Profile_Rule(?:_[B-D])?$/,
      type: { kind: 'rule', language: 'profile' },
      description:
        'Profile rule: [(condition)?] [(assignments)!] [[options]] URL alternatives, evaluated in order A, B, C, D.',
    },
    {
      match: exact('DHCP_Option_To_Use'),
      type: { kind: 'string' },
      description: 'DHCP options, separated by commas, used to find firmware and profiles.',
    },
    {
      match: /^Log_(?:Resync|Upgrade)_(?:Request|Success|Failure)_Msg$/,
      type: { kind: 'rule', language: 'log' },
      description: 'Syslog message template; macros are expanded.',
    },
    {
      match: exact('Report_Rule'),
      type: { kind: 'rule', language: 'report' },
      description: 'Where the phone reports its configuration: [--key K] [--delta] URL.',
    },
    {
      match: exact('User_Configurable_Resync'),
      description: 'Allow the user to resync the phone from its screen.',
    },
    { match: exact('Upgrade_Enable'), description: 'Allows firmware upgrades independently of resyncs.' },
    {
      match: exact('Upgrade_Error_Retry_Delay'),
      type: { kind: 'schedule' },
      description: 'Seconds before retrying a failed firmware upgrade.',
    },
    {
      match: exact('Downgrade_Rev_Limit'),
      type: { kind: 'string' },
      description: 'Lowest firmware version an upgrade or downgrade may install.',
    },
    {
      match: exact('Upgrade_Rule'),
      type: { kind: 'rule', language: 'upgrade' },
      description: 'Firmware upgrade rule, with the profile-rule syntax and no options.',
    },
    { match: exact('License_Keys'), description: 'Not used.' },
    { match: /^GPP_[A-P]$/, description: 'General purpose register; $A to $P expand to it in rules.' },
    {
      match: /^GPP_S[A-D]$/,
      type: { kind: 'password' },
      secret: true,
      description: 'Secret general purpose register, expanded only as $SA to $SD in --key (and --uid/--pwd).',
    },
  ];
}

function fxs(): Curation[] {
  const gain = { kind: 'decimal', unit: 'dB' } as const;
  return [
    {
      match: exact('FXS_Port_Impedance'),
      // The corpus sample ends with 200+600||100nF, the seed chapter with 370+620||310nF: firmware differ.
      type: {
        kind: 'enum',
        options: [
          '600',
          '900',
          '600+2.16uF',
          '900+2.16uF',
          '270+750||150nF',
          '220+820||120nF',
          '220+820||115nF',
          '200+600||100nF',
          '370+620||310nF',
        ],
      },
      description: 'Electrical impedance of the FXS port.',
    },
    {
      match: exact('FXS_Port_Input_Gain'),
      type: gain,
      description: 'Input gain of the FXS port in dB.',
      rangeNote: NO_RANGE,
    },
    {
      match: exact('FXS_Port_Output_Gain'),
      type: gain,
      description: 'Output gain of the FXS port in dB.',
      rangeNote: NO_RANGE,
    },
    {
      match: exact('DTMF_Playback_Level'),
      type: { kind: 'decimal', unit: 'dBm' },
      description: 'Local DTMF playback level in dBm.',
      rangeNote: NO_RANGE,
    },
    {
      match: exact('DTMF_Playback_Length'),
      type: { kind: 'decimal', unit: 'seconds' },
      description: 'Local DTMF playback duration in seconds.',
      rangeNote: NO_RANGE,
    },
    { match: exact('Detect_ABCD'), description: 'Detect the DTMF digits A, B, C and D.' },
    { match: exact('Playback_ABCD'), description: 'Play back the DTMF digits A, B, C and D.' },
    { match: exact('Caller_ID_Method'), description: 'Caller ID signalling method of the FXS port.' },
    { match: exact('FXS_Port_Power_Limit'), description: 'FXS port power limit, 1 to 8.' },
    {
      match: exact('Protect_IVR_FactoryReset'),
      description: 'Require the admin password to factory-reset from the IVR.',
    },
  ];
}

const param = (
  xml: string,
  type: TypeSpec,
  description: string,
  extra: Partial<ParameterSpec> = {},
): ParameterSpec => ({
  name: xml,
  xml,
  type,
  access: 'na',
  description,
  ...extra,
});

const bool: TypeSpec = { kind: 'bool' };
const acsUrl: TypeSpec = { kind: 'url', schemes: ['http', 'https'] };

/** Parameters of the seed chapter that the phone samples lack (their bootstrap block was not SPC output). */
const phoneBootstrap: ParameterSpec[] = [
  param(
    'Resync_Periodic',
    { kind: 'schedule' },
    'Seconds between periodic resyncs; empty or 0 disables them.',
    { default: '3600', section: 'Configuration Profile' },
  ),
  param(
    'Profile_Rule',
    { kind: 'rule', language: 'profile' },
    'Profile rule: [(condition)?] [(assignments)!] [[options]] URL alternatives.',
    { default: '/spa$PSN.cfg', section: 'Configuration Profile' },
  ),
  param('Text_Logo', { kind: 'string' }, 'Text shown as the logo while the phone starts.', {
    section: 'General',
    rangeNote: 'no length limit is documented',
  }),
  param('Select_Background_Picture', { kind: 'string' }, 'Background picture of the screen.', {
    section: 'General',
    rangeNote: 'the options are not documented in the sources read',
  }),
];

const tr069: ParameterSpec[] = [
  param('Enable_TR-069', bool, 'Enable the TR-069 client.'),
  param('ACS_URL', acsUrl, 'URL of the ACS (CPE WAN Management Protocol); must be an HTTP or HTTPS URL.'),
  param('ACS_Username', { kind: 'string' }, 'User name that authenticates the phone to the ACS.'),
  param('ACS_Password', { kind: 'password' }, 'Password that authenticates the phone to the ACS.', {
    secret: true,
  }),
  param(
    'Connection_Request_Username',
    { kind: 'string' },
    'User name the ACS uses for connection requests to the phone.',
  ),
  param(
    'Connection_Request_Password',
    { kind: 'password' },
    'Password the ACS uses for connection requests to the phone.',
    { secret: true },
  ),
  param(
    'Periodic_Inform_Interval',
    { kind: 'int', min: 0, unit: 'seconds' },
    'Seconds between periodic Inform requests.',
    { rangeNote: NO_RANGE },
  ),
  param('Periodic_Inform_Enable', bool, 'Send periodic Inform requests to the ACS.'),
  param('TR-069_Traceability', bool, 'Log TR-069 transactions.'),
  param('CWMP_V1.2_Support', bool, 'Support CWMP 1.2; when off the phone sends no Inform requests.'),
  param('TR-069_VoiceObject_Init', bool, 'Initialise all voice objects to factory defaults.'),
  param('TR-069_DHCP_Option_Init', bool, 'Initialise the DHCP settings from the ACS.'),
  param('TR-069_IGD_Support', bool, 'Enable TR-069 on the Internet Gateway Device (debugging).'),
  param('TR-069_Fallback_Support', bool, 'Fall back to the configured ACS when DHCP discovery fails.'),
  param(
    'TR-069_DHCP_Inform_Timer',
    { kind: 'int', min: 0, unit: 'seconds' },
    'Seconds between polls of the DHCP server.',
    { rangeNote: NO_RANGE },
  ),
  param('BACKUP_ACS_URL', acsUrl, 'Backup ACS URL; must be an HTTP or HTTPS URL.'),
  param('BACKUP_ACS_User', { kind: 'string' }, 'User name for the backup ACS.'),
  param('BACKUP_ACS_Password', { kind: 'password' }, 'Password for the backup ACS.', { secret: true }),
  // Status fields on the TR-069 page: listed so that the names are known; the phone shows, not takes, them.
  param(
    'ACS_URL_In_Use',
    { kind: 'string' },
    'Status: the ACS URL in use; the phone displays it, a profile cannot set it.',
    {
      access: 'ro',
    },
  ),
  param(
    'Connection_Request_URL',
    { kind: 'string' },
    'Status: the URL the ACS uses for connection requests; the phone displays it, a profile cannot set it.',
    { access: 'ro' },
  ),
];

/** The ATA sample's bootstrap block keeps the router's web server reachable from the WAN side. */
/** In the seed chapter's sample (SPA2102-class ATAs), missing from the corpus ATA sample. */
const powerLimit = param(
  'FXS_Port_Power_Limit',
  { kind: 'enum', options: ['1', '2', '3', '4', '5', '6', '7', '8'] },
  'FXS port power limit, 1 to 8.',
  { default: '3', section: 'FXS Port Polarity Configuration' },
);

const ataBootstrap: ParameterSpec[] = [
  ...phoneBootstrap.slice(0, 2),
  param('Enable_WAN_Web_Server', bool, 'Serve the web interface on the WAN (Internet) port.', {
    section: 'Router',
  }),
  param('WAN_Web_Server_Port', { kind: 'port' }, 'Port of the web interface on the WAN port.', {
    default: '80',
    section: 'Router',
  }),
];

const reportMethod = param(
  'HTTP_Report_Method',
  { kind: 'enum', options: ['post', 'put'] },
  'HTTP method for configuration reports.',
  { default: 'post' },
);

/** Added to a family only where its generated schema lacks the parameter. */
export const additions: Readonly<Record<string, readonly ParameterSpec[]>> = {
  spa5xx: [
    ...phoneBootstrap,
    ...tr069.map((p) => ({ ...p, section: 'TR-069' })),
    reportMethod,
    ...(fidelityAdditions['spa5xx'] ?? []),
  ],
  spa9xx: [...phoneBootstrap, ...(fidelityAdditions['spa9xx'] ?? [])],
  ata: [...ataBootstrap, powerLimit, ...(fidelityAdditions['ata'] ?? [])],
};

export { modelCurations };
