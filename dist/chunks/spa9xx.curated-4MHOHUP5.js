import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import "./chunk-LSU6IVAH.js";

// src/schema/data/spa9xx.curated.json
var spa9xx_curated_default = {
  schemaVersion: 1,
  family: "spa9xx",
  title: "SPA9xx IP phones",
  source: "provisioner/Provisioner endpoint/cisco/spa/$model.cfg (derived by scripts/import-corpus.ts)",
  models: [
    {
      name: "SPA901",
      lines: 1
    },
    {
      name: "SPA921",
      lines: 4
    },
    {
      name: "SPA922",
      lines: 4
    },
    {
      name: "SPA941",
      lines: 4
    },
    {
      name: "SPA942",
      lines: 4
    },
    {
      name: "SPA962",
      lines: 6
    }
  ],
  parameters: [
    {
      name: "Restricted_Access_Domains",
      xml: "Restricted_Access_Domains",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "System Configuration"
    },
    {
      name: "Enable_Web_Server",
      xml: "Enable_Web_Server",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "System Configuration"
    },
    {
      name: "Web_Server_Port",
      xml: "Web_Server_Port",
      type: {
        kind: "port"
      },
      default: "80",
      access: "na",
      section: "System Configuration"
    },
    {
      name: "Enable_Web_Admin_Access",
      xml: "Enable_Web_Admin_Access",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "System Configuration"
    },
    {
      name: "Admin_Passwd",
      xml: "Admin_Passwd",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "System Configuration",
      secret: !0
    },
    {
      name: "User_Password",
      xml: "User_Password",
      type: {
        kind: "password"
      },
      default: "",
      access: "rw",
      section: "System Configuration",
      secret: !0
    },
    {
      name: "Connection_Type",
      xml: "Connection_Type",
      type: {
        kind: "enum",
        options: ["DHCP", "Static IP", "PPPOE"]
      },
      default: "DHCP",
      access: "rw",
      section: "Internet Connection Type"
    },
    {
      name: "Static_IP",
      xml: "Static_IP",
      type: {
        kind: "ipv4"
      },
      default: "",
      access: "rw",
      section: "Static IP Settings"
    },
    {
      name: "NetMask",
      xml: "NetMask",
      type: {
        kind: "ipv4"
      },
      default: "",
      access: "rw",
      section: "Static IP Settings"
    },
    {
      name: "Gateway",
      xml: "Gateway",
      type: {
        kind: "ipv4"
      },
      default: "",
      access: "rw",
      section: "Static IP Settings"
    },
    {
      name: "PPPoE_Login_Name",
      xml: "PPPoE_Login_Name",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "PPPoE Settings"
    },
    {
      name: "PPPoE_Login_Password",
      xml: "PPPoE_Login_Password",
      type: {
        kind: "password"
      },
      default: "",
      access: "rw",
      section: "PPPoE Settings",
      secret: !0
    },
    {
      name: "PPPoE_Service_Name",
      xml: "PPPoE_Service_Name",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "PPPoE Settings"
    },
    {
      name: "HostName",
      xml: "HostName",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Optional Network Configuration"
    },
    {
      name: "Domain",
      xml: "Domain",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Optional Network Configuration"
    },
    {
      name: "Primary_DNS",
      xml: "Primary_DNS",
      type: {
        kind: "ipv4"
      },
      default: "8.8.8.8",
      access: "rw",
      section: "Optional Network Configuration"
    },
    {
      name: "Secondary_DNS",
      xml: "Secondary_DNS",
      type: {
        kind: "ipv4"
      },
      default: "8.8.4.4",
      access: "rw",
      section: "Optional Network Configuration"
    },
    {
      name: "DNS_Server_Order",
      xml: "DNS_Server_Order",
      type: {
        kind: "enum",
        options: ["Manual", "Manual,DHCP", "DHCP,Manual"]
      },
      default: "Manual",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "DNS_Query_Mode",
      xml: "DNS_Query_Mode",
      type: {
        kind: "enum",
        options: ["Parallel", "Sequential"]
      },
      default: "Parallel",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "Syslog_Server",
      xml: "Syslog_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "Debug_Server",
      xml: "Debug_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "Debug_Level",
      xml: "Debug_Level",
      type: {
        kind: "enum",
        options: ["0", "1", "2", "3"]
      },
      default: "0",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "Primary_NTP_Server",
      xml: "Primary_NTP_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "Secondary_NTP_Server",
      xml: "Secondary_NTP_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Optional Network Configuration"
    },
    {
      name: "Enable_VLAN",
      xml: "Enable_VLAN",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "VLAN Settings"
    },
    {
      name: "Enable_CDP",
      xml: "Enable_CDP",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "VLAN Settings"
    },
    {
      name: "VLAN_ID",
      xml: "VLAN_ID",
      type: {
        kind: "int",
        min: 0
      },
      default: "1",
      access: "rw",
      section: "VLAN Settings"
    },
    {
      name: "PC_Port_VLAN_Highest_Priority",
      xml: "PC_Port_VLAN_Highest_Priority",
      type: {
        kind: "enum",
        options: ["0", "1", "2", "3", "4", "5", "6", "7", "No Limit"]
      },
      default: "No Limit",
      access: "na",
      section: "VLAN Settings"
    },
    {
      name: "Enable_PC_Port_VLAN_Tagging",
      xml: "Enable_PC_Port_VLAN_Tagging",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "VLAN Settings"
    },
    {
      name: "PC_Port_VLAN_ID",
      xml: "PC_Port_VLAN_ID",
      type: {
        kind: "int",
        min: 0
      },
      default: "1",
      access: "na",
      section: "VLAN Settings"
    },
    {
      name: "Provision_Enable",
      xml: "Provision_Enable",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Configuration Profile",
      description: "Allows or denies resync actions."
    },
    {
      name: "Resync_On_Reset",
      xml: "Resync_On_Reset",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Configuration Profile",
      description: "Resync after power-up and after each upgrade attempt."
    },
    {
      name: "Resync_Random_Delay",
      xml: "Resync_Random_Delay",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      default: "2",
      access: "na",
      section: "Configuration Profile",
      description: "Random delay after boot before the first resync, so that a pool of phones does not resync at once.",
      rangeNote: "no range is documented; only the form is checked"
    },
    {
      name: "Resync_Error_Retry_Delay",
      xml: "Resync_Error_Retry_Delay",
      type: {
        kind: "schedule"
      },
      default: "120",
      access: "na",
      section: "Configuration Profile",
      description: "Seconds before retrying a failed resync; 0 means no retry."
    },
    {
      name: "Forced_Resync_Delay",
      xml: "Forced_Resync_Delay",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      default: "14400",
      access: "na",
      section: "Configuration Profile",
      description: "Longest time a due resync waits for the lines to become idle.",
      rangeNote: "no range is documented; only the form is checked"
    },
    {
      name: "Resync_From_SIP",
      xml: "Resync_From_SIP",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Configuration Profile",
      description: "Allow a SIP NOTIFY with Event: resync to trigger a resync."
    },
    {
      name: "Resync_After_Upgrade_Attempt",
      xml: "Resync_After_Upgrade_Attempt",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Configuration Profile",
      description: "Resync after every firmware upgrade attempt."
    },
    {
      name: "Resync_Trigger_1",
      xml: "Resync_Trigger_1",
      type: {
        kind: "rule",
        language: "trigger"
      },
      default: "",
      access: "na",
      section: "Configuration Profile",
      description: "Conditional expression; a resync starts when it evaluates to true."
    },
    {
      name: "Resync_Trigger_2",
      xml: "Resync_Trigger_2",
      type: {
        kind: "rule",
        language: "trigger"
      },
      default: "",
      access: "na",
      section: "Configuration Profile",
      description: "Conditional expression; a resync starts when it evaluates to true."
    },
    {
      name: "Resync_Fails_On_FNF",
      xml: "Resync_Fails_On_FNF",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Configuration Profile",
      description: "Treat a file-not-found response as a failed resync."
    },
    {
      name: "Profile_Rule_B",
      xml: "Profile_Rule_B",
      type: {
        kind: "rule",
        language: "profile"
      },
      default: "",
      access: "na",
      section: "Configuration Profile",
      description: "Profile rule: [(condition)?] [(assignments)!] [[options]] URL alternatives, evaluated in order A, B, C, D."
    },
    {
      name: "Profile_Rule_C",
      xml: "Profile_Rule_C",
      type: {
        kind: "rule",
        language: "profile"
      },
      default: "",
      access: "na",
      section: "Configuration Profile",
      description: "Profile rule: [(condition)?] [(assignments)!] [[options]] URL alternatives, evaluated in order A, B, C, D."
    },
    {
      name: "Profile_Rule_D",
      xml: "Profile_Rule_D",
      type: {
        kind: "rule",
        language: "profile"
      },
      default: "",
      access: "na",
      section: "Configuration Profile",
      description: "Profile rule: [(condition)?] [(assignments)!] [[options]] URL alternatives, evaluated in order A, B, C, D."
    },
    {
      name: "Log_Resync_Request_Msg",
      xml: "Log_Resync_Request_Msg",
      type: {
        kind: "rule",
        language: "log"
      },
      default: "$PN $MAC -- Requesting resync $SCHEME://$SERVIP:$PORT$PATH",
      access: "na",
      section: "Configuration Profile",
      description: "Syslog message template; macros are expanded."
    },
    {
      name: "Log_Resync_Success_Msg",
      xml: "Log_Resync_Success_Msg",
      type: {
        kind: "rule",
        language: "log"
      },
      default: "$PN $MAC -- Successful resync $SCHEME://$SERVIP:$PORT$PATH",
      access: "na",
      section: "Configuration Profile",
      description: "Syslog message template; macros are expanded."
    },
    {
      name: "Log_Resync_Failure_Msg",
      xml: "Log_Resync_Failure_Msg",
      type: {
        kind: "rule",
        language: "log"
      },
      default: "$PN $MAC -- Resync failed: $ERR",
      access: "na",
      section: "Configuration Profile",
      description: "Syslog message template; macros are expanded."
    },
    {
      name: "Report_Rule",
      xml: "Report_Rule",
      type: {
        kind: "rule",
        language: "report"
      },
      default: "",
      access: "na",
      section: "Configuration Profile",
      description: "Where the phone reports its configuration: [--key K] [--delta] URL."
    },
    {
      name: "User_Configurable_Resync",
      xml: "User_Configurable_Resync",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Configuration Profile",
      description: "Allow the user to resync the phone from its screen."
    },
    {
      name: "Upgrade_Enable",
      xml: "Upgrade_Enable",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Firmware Upgrade",
      description: "Allows firmware upgrades independently of resyncs."
    },
    {
      name: "Upgrade_Error_Retry_Delay",
      xml: "Upgrade_Error_Retry_Delay",
      type: {
        kind: "schedule"
      },
      default: "3600",
      access: "na",
      section: "Firmware Upgrade",
      description: "Seconds before retrying a failed firmware upgrade."
    },
    {
      name: "Downgrade_Rev_Limit",
      xml: "Downgrade_Rev_Limit",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Firmware Upgrade",
      description: "Lowest firmware version an upgrade or downgrade may install."
    },
    {
      name: "Upgrade_Rule",
      xml: "Upgrade_Rule",
      type: {
        kind: "rule",
        language: "upgrade"
      },
      default: "",
      access: "na",
      section: "Firmware Upgrade",
      description: "Firmware upgrade rule, with the profile-rule syntax and no options."
    },
    {
      name: "Log_Upgrade_Request_Msg",
      xml: "Log_Upgrade_Request_Msg",
      type: {
        kind: "rule",
        language: "log"
      },
      default: "$PN $MAC -- Requesting upgrade $SCHEME://$SERVIP:$PORT$PATH",
      access: "na",
      section: "Firmware Upgrade",
      description: "Syslog message template; macros are expanded."
    },
    {
      name: "Log_Upgrade_Success_Msg",
      xml: "Log_Upgrade_Success_Msg",
      type: {
        kind: "rule",
        language: "log"
      },
      default: "$PN $MAC -- Successful upgrade $SCHEME://$SERVIP:$PORT$PATH -- $ERR",
      access: "na",
      section: "Firmware Upgrade",
      description: "Syslog message template; macros are expanded."
    },
    {
      name: "Log_Upgrade_Failure_Msg",
      xml: "Log_Upgrade_Failure_Msg",
      type: {
        kind: "rule",
        language: "log"
      },
      default: "$PN $MAC -- Upgrade failed: $ERR",
      access: "na",
      section: "Firmware Upgrade",
      description: "Syslog message template; macros are expanded."
    },
    {
      name: "License_Keys",
      xml: "License_Keys",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Firmware Upgrade",
      description: "Not used."
    },
    {
      name: "GPP_A",
      xml: "GPP_A",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_B",
      xml: "GPP_B",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_C",
      xml: "GPP_C",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_D",
      xml: "GPP_D",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_E",
      xml: "GPP_E",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_F",
      xml: "GPP_F",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_G",
      xml: "GPP_G",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_H",
      xml: "GPP_H",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_I",
      xml: "GPP_I",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_J",
      xml: "GPP_J",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_K",
      xml: "GPP_K",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_L",
      xml: "GPP_L",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_M",
      xml: "GPP_M",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_N",
      xml: "GPP_N",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_O",
      xml: "GPP_O",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_P",
      xml: "GPP_P",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "General purpose register; $A to $P expand to it in rules."
    },
    {
      name: "GPP_SA",
      xml: "GPP_SA",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "Secret general purpose register, expanded only as $SA to $SD in --key (and --uid/--pwd).",
      secret: !0
    },
    {
      name: "GPP_SB",
      xml: "GPP_SB",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "Secret general purpose register, expanded only as $SA to $SD in --key (and --uid/--pwd).",
      secret: !0
    },
    {
      name: "GPP_SC",
      xml: "GPP_SC",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "Secret general purpose register, expanded only as $SA to $SD in --key (and --uid/--pwd).",
      secret: !0
    },
    {
      name: "GPP_SD",
      xml: "GPP_SD",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "General Purpose Parameters",
      description: "Secret general purpose register, expanded only as $SA to $SD in --key (and --uid/--pwd).",
      secret: !0
    },
    {
      name: "Max_Forward",
      xml: "Max_Forward",
      type: {
        kind: "int",
        min: 0
      },
      default: "70",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Max_Redirection",
      xml: "Max_Redirection",
      type: {
        kind: "int",
        min: 0
      },
      default: "5",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Max_Auth",
      xml: "Max_Auth",
      type: {
        kind: "int",
        min: 0
      },
      default: "2",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_User_Agent_Name",
      xml: "SIP_User_Agent_Name",
      type: {
        kind: "string"
      },
      default: "$VERSION",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_Server_Name",
      xml: "SIP_Server_Name",
      type: {
        kind: "string"
      },
      default: "$VERSION",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_Reg_User_Agent_Name",
      xml: "SIP_Reg_User_Agent_Name",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_Accept_Language",
      xml: "SIP_Accept_Language",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "DTMF_Relay_MIME_Type",
      xml: "DTMF_Relay_MIME_Type",
      type: {
        kind: "string"
      },
      default: "application/dtmf-relay",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Remove_Last_Reg",
      xml: "Remove_Last_Reg",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Use_Compact_Header",
      xml: "Use_Compact_Header",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Escape_Display_Name",
      xml: "Escape_Display_Name",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP-B_Enable",
      xml: "SIP-B_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Talk_Package",
      xml: "Talk_Package",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Hold_Package",
      xml: "Hold_Package",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Conference_Package",
      xml: "Conference_Package",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Notify_Conference",
      xml: "Notify_Conference",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "RFC_2543_Call_Hold",
      xml: "RFC_2543_Call_Hold",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Random_REG_CID_On_Reboot",
      xml: "Random_REG_CID_On_Reboot",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Mark_All_AVT_Packets",
      xml: "Mark_All_AVT_Packets",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_TCP_Port_Min",
      xml: "SIP_TCP_Port_Min",
      type: {
        kind: "port"
      },
      default: "5060",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_TCP_Port_Max",
      xml: "SIP_TCP_Port_Max",
      type: {
        kind: "port"
      },
      default: "5080",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "CTI_Enable",
      xml: "CTI_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Caller_ID_Header",
      xml: "Caller_ID_Header",
      type: {
        kind: "enum",
        options: ["PAID-RPID-FROM", "PAID-FROM", "RPID-PAID-FROM", "RPID-FROM", "FROM"]
      },
      default: "PAID-RPID-FROM",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SRTP_Method",
      xml: "SRTP_Method",
      type: {
        kind: "enum",
        options: ["x-sipura", "s-descriptor"]
      },
      default: "x-sipura",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "Hold_Target_Before_REFER",
      xml: "Hold_Target_Before_REFER",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Parameters"
    },
    {
      name: "SIP_T1",
      xml: "SIP_T1",
      type: {
        kind: "decimal"
      },
      default: ".5",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_T2",
      xml: "SIP_T2",
      type: {
        kind: "int",
        min: 0
      },
      default: "4",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_T4",
      xml: "SIP_T4",
      type: {
        kind: "int",
        min: 0
      },
      default: "5",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_Timer_B",
      xml: "SIP_Timer_B",
      type: {
        kind: "int",
        min: 0
      },
      default: "16",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_Timer_F",
      xml: "SIP_Timer_F",
      type: {
        kind: "int",
        min: 0
      },
      default: "16",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_Timer_H",
      xml: "SIP_Timer_H",
      type: {
        kind: "int",
        min: 0
      },
      default: "16",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_Timer_D",
      xml: "SIP_Timer_D",
      type: {
        kind: "int",
        min: 0
      },
      default: "16",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIP_Timer_J",
      xml: "SIP_Timer_J",
      type: {
        kind: "int",
        min: 0
      },
      default: "16",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "INVITE_Expires",
      xml: "INVITE_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "240",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "ReINVITE_Expires",
      xml: "ReINVITE_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "30",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Min_Expires",
      xml: "Reg_Min_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "1",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Max_Expires",
      xml: "Reg_Max_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "7200",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Retry_Intvl",
      xml: "Reg_Retry_Intvl",
      type: {
        kind: "int",
        min: 0
      },
      default: "30",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Retry_Long_Intvl",
      xml: "Reg_Retry_Long_Intvl",
      type: {
        kind: "int",
        min: 0
      },
      default: "1200",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Retry_Random_Delay",
      xml: "Reg_Retry_Random_Delay",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Retry_Long_Random_Delay",
      xml: "Reg_Retry_Long_Random_Delay",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Reg_Retry_Intvl_Cap",
      xml: "Reg_Retry_Intvl_Cap",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Sub_Min_Expires",
      xml: "Sub_Min_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "10",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Sub_Max_Expires",
      xml: "Sub_Max_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "7200",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "Sub_Retry_Intvl",
      xml: "Sub_Retry_Intvl",
      type: {
        kind: "int",
        min: 0
      },
      default: "10",
      access: "na",
      section: "SIP Timer Values (sec)"
    },
    {
      name: "SIT1_RSC",
      xml: "SIT1_RSC",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Response Status Code Handling"
    },
    {
      name: "SIT2_RSC",
      xml: "SIT2_RSC",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Response Status Code Handling"
    },
    {
      name: "SIT3_RSC",
      xml: "SIT3_RSC",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Response Status Code Handling"
    },
    {
      name: "SIT4_RSC",
      xml: "SIT4_RSC",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Response Status Code Handling"
    },
    {
      name: "Try_Backup_RSC",
      xml: "Try_Backup_RSC",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Response Status Code Handling"
    },
    {
      name: "Retry_Reg_RSC",
      xml: "Retry_Reg_RSC",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Response Status Code Handling"
    },
    {
      name: "RTP_Port_Min",
      xml: "RTP_Port_Min",
      type: {
        kind: "port"
      },
      default: "16384",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "RTP_Port_Max",
      xml: "RTP_Port_Max",
      type: {
        kind: "port"
      },
      default: "16482",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "RTP_Packet_Size",
      xml: "RTP_Packet_Size",
      type: {
        kind: "decimal"
      },
      default: "0.030",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "Max_RTP_ICMP_Err",
      xml: "Max_RTP_ICMP_Err",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "RTCP_Tx_Interval",
      xml: "RTCP_Tx_Interval",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "No_UDP_Checksum",
      xml: "No_UDP_Checksum",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "Symmetric_RTP",
      xml: "Symmetric_RTP",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "Stats_In_BYE",
      xml: "Stats_In_BYE",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "RTP Parameters"
    },
    {
      name: "AVT_Dynamic_Payload",
      xml: "AVT_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "101",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "INFOREQ_Dynamic_Payload",
      xml: "INFOREQ_Dynamic_Payload",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r16_Dynamic_Payload",
      xml: "G726r16_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "98",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r24_Dynamic_Payload",
      xml: "G726r24_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "97",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r32_Dynamic_Payload",
      xml: "G726r32_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "2",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r40_Dynamic_Payload",
      xml: "G726r40_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "96",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G729b_Dynamic_Payload",
      xml: "G729b_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "99",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "EncapRTP_Dynamic_Payload",
      xml: "EncapRTP_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "112",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "RTP-Start-Loopback_Dynamic_Payload",
      xml: "RTP-Start-Loopback_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "113",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "RTP-Start-Loopback_Codec",
      xml: "RTP-Start-Loopback_Codec",
      type: {
        kind: "enum",
        options: ["G711u", "G711a", "G726-16", "G726-24", "G726-32", "G726-40", "G729a", "G723"]
      },
      default: "G711u",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "AVT_Codec_Name",
      xml: "AVT_Codec_Name",
      type: {
        kind: "string"
      },
      default: "telephone-event",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G711u_Codec_Name",
      xml: "G711u_Codec_Name",
      type: {
        kind: "string"
      },
      default: "PCMU",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G711a_Codec_Name",
      xml: "G711a_Codec_Name",
      type: {
        kind: "string"
      },
      default: "PCMA",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r16_Codec_Name",
      xml: "G726r16_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G726-16",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r24_Codec_Name",
      xml: "G726r24_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G726-24",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r32_Codec_Name",
      xml: "G726r32_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G726-32",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G726r40_Codec_Name",
      xml: "G726r40_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G726-40",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G729a_Codec_Name",
      xml: "G729a_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G729a",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G729b_Codec_Name",
      xml: "G729b_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G729ab",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "G723_Codec_Name",
      xml: "G723_Codec_Name",
      type: {
        kind: "string"
      },
      default: "G723",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "EncapRTP_Codec_Name",
      xml: "EncapRTP_Codec_Name",
      type: {
        kind: "string"
      },
      default: "encaprtp",
      access: "na",
      section: "SDP Payload Types"
    },
    {
      name: "Handle_VIA_received",
      xml: "Handle_VIA_received",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Handle_VIA_rport",
      xml: "Handle_VIA_rport",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Insert_VIA_received",
      xml: "Insert_VIA_received",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Insert_VIA_rport",
      xml: "Insert_VIA_rport",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Substitute_VIA_Addr",
      xml: "Substitute_VIA_Addr",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Send_Resp_To_Src_Port",
      xml: "Send_Resp_To_Src_Port",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "STUN_Enable",
      xml: "STUN_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "STUN_Test_Enable",
      xml: "STUN_Test_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "STUN_Server",
      xml: "STUN_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "EXT_IP",
      xml: "EXT_IP",
      type: {
        kind: "ipv4"
      },
      default: "",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "EXT_RTP_Port_Min",
      xml: "EXT_RTP_Port_Min",
      type: {
        kind: "port"
      },
      default: "",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "NAT_Keep_Alive_Intvl",
      xml: "NAT_Keep_Alive_Intvl",
      type: {
        kind: "int",
        min: 0
      },
      default: "15",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Linksys_Key_System",
      xml: "Linksys_Key_System",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Linksys Key System Parameters"
    },
    {
      name: "Multicast_Address",
      xml: "Multicast_Address",
      type: {
        kind: "string"
      },
      default: "224.168.168.168:6061",
      access: "na",
      section: "Linksys Key System Parameters"
    },
    {
      name: "Force_LAN_Codec",
      xml: "Force_LAN_Codec",
      type: {
        kind: "enum",
        options: ["none", "G711u", "G711a"]
      },
      default: "none",
      access: "na",
      section: "Linksys Key System Parameters"
    },
    {
      name: "Line_Enable[n]",
      xml: "Line_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "General"
    },
    {
      name: "Share_Ext[n]",
      xml: "Share_Ext_{n}_",
      type: {
        kind: "enum",
        options: ["private", "shared"]
      },
      default: "private",
      access: "na",
      section: "Share Line Appearance"
    },
    {
      name: "Shared_User_ID[n]",
      xml: "Shared_User_ID_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Share Line Appearance"
    },
    {
      name: "Subscription_Expires[n]",
      xml: "Subscription_Expires_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "120",
      access: "na",
      section: "Share Line Appearance"
    },
    {
      name: "NAT_Mapping_Enable[n]",
      xml: "NAT_Mapping_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Settings"
    },
    {
      name: "NAT_Keep_Alive_Enable[n]",
      xml: "NAT_Keep_Alive_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "NAT Settings"
    },
    {
      name: "NAT_Keep_Alive_Msg[n]",
      xml: "NAT_Keep_Alive_Msg_{n}_",
      type: {
        kind: "string"
      },
      default: "$NOTIFY",
      access: "na",
      section: "NAT Settings"
    },
    {
      name: "NAT_Keep_Alive_Dest[n]",
      xml: "NAT_Keep_Alive_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "$PROXY",
      access: "na",
      section: "NAT Settings"
    },
    {
      name: "SIP_TOS/DiffServ_Value[n]",
      xml: "SIP_TOS_DiffServ_Value_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0x68",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "SIP_CoS_Value[n]",
      xml: "SIP_CoS_Value_{n}_",
      type: {
        kind: "enum",
        options: ["0", "1", "2", "3", "4", "5", "6", "7"]
      },
      default: "3",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "RTP_TOS/DiffServ_Value[n]",
      xml: "RTP_TOS_DiffServ_Value_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0xb8",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "RTP_CoS_Value[n]",
      xml: "RTP_CoS_Value_{n}_",
      type: {
        kind: "enum",
        options: ["0", "1", "2", "3", "4", "5", "6", "7"]
      },
      default: "6",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "Network_Jitter_Level[n]",
      xml: "Network_Jitter_Level_{n}_",
      type: {
        kind: "enum",
        options: ["low", "medium", "high", "very high", "extremely high"]
      },
      default: "high",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "Jitter_Buffer_Adjustment[n]",
      xml: "Jitter_Buffer_Adjustment_{n}_",
      type: {
        kind: "enum",
        options: ["up and down", "up only", "down only", "disable"]
      },
      default: "up and down",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "SIP_Transport[n]",
      xml: "SIP_Transport_{n}_",
      type: {
        kind: "enum",
        options: ["UDP", "TCP", "TLS"]
      },
      default: "UDP",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "SIP_Port[n]",
      xml: "SIP_Port_{n}_",
      type: {
        kind: "port"
      },
      default: "5060",
      access: "na",
      section: "SIP Settings",
      indexDefaults: {
        "2": "5061",
        "3": "5062",
        "4": "5063",
        "5": "5064",
        "6": "5065"
      }
    },
    {
      name: "SIP_100REL_Enable[n]",
      xml: "SIP_100REL_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "EXT_SIP_Port[n]",
      xml: "EXT_SIP_Port_{n}_",
      type: {
        kind: "port"
      },
      default: "",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Auth_Resync-Reboot[n]",
      xml: "Auth_Resync-Reboot_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "SIP_Proxy-Require[n]",
      xml: "SIP_Proxy-Require_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "SIP_Remote-Party-ID[n]",
      xml: "SIP_Remote-Party-ID_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Referor_Bye_Delay[n]",
      xml: "Referor_Bye_Delay_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "4",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Refer-To_Target_Contact[n]",
      xml: "Refer-To_Target_Contact_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Referee_Bye_Delay[n]",
      xml: "Referee_Bye_Delay_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "SIP_Debug_Option[n]",
      xml: "SIP_Debug_Option_{n}_",
      type: {
        kind: "enum",
        options: [
          "none",
          "1-line",
          "1-line excl. OPT",
          "1-line excl. NTFY",
          "1-line excl. REG",
          "1-line excl. OPT|NTFY|REG",
          "full",
          "full excl. OPT",
          "full excl. NTFY",
          "full excl. REG",
          "full excl. OPT|NTFY|REG"
        ]
      },
      default: "none",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Refer_Target_Bye_Delay[n]",
      xml: "Refer_Target_Bye_Delay_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Sticky_183[n]",
      xml: "Sticky_183_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Auth_INVITE[n]",
      xml: "Auth_INVITE_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Ntfy_Refer_On_1xx-To-Inv[n]",
      xml: "Ntfy_Refer_On_1xx-To-Inv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Use_Anonymous_With_RPID[n]",
      xml: "Use_Anonymous_With_RPID_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Set_G729_annexb[n]",
      xml: "Set_G729_annexb_{n}_",
      type: {
        kind: "enum",
        options: ["none", "no", "yes", "follow silence supp setting"]
      },
      default: "none",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Blind_Attn-Xfer_Enable[n]",
      xml: "Blind_Attn-Xfer_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "MOH_Server[n]",
      xml: "MOH_Server_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Message_Waiting[n]",
      xml: "Message_Waiting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Auth_Page[n]",
      xml: "Auth_Page_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Default_Ring__1__",
      xml: "Default_Ring__1__",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      default: "1",
      access: "na",
      section: "Call Feature Settings",
      firmware: ">=5.2",
      source: "the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_"
    },
    {
      name: "Auth_Page_Realm[n]",
      xml: "Auth_Page_Realm_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Conference_Bridge_URL[n]",
      xml: "Conference_Bridge_URL_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Auth_Page_Password[n]",
      xml: "Auth_Page_Password_{n}_",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings",
      secret: !0
    },
    {
      name: "Mailbox_ID[n]",
      xml: "Mailbox_ID_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Voice_Mail_Server[n]",
      xml: "Voice_Mail_Server_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "State_Agent[n]",
      xml: "State_Agent_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "CFWD_Notify_Serv[n]",
      xml: "CFWD_Notify_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "CFWD_Notifier[n]",
      xml: "CFWD_Notifier_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Call Feature Settings"
    },
    {
      name: "Proxy[n]",
      xml: "Proxy_{n}_",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Use_Outbound_Proxy[n]",
      xml: "Use_Outbound_Proxy_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Outbound_Proxy[n]",
      xml: "Outbound_Proxy_{n}_",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Use_OB_Proxy_In_Dialog[n]",
      xml: "Use_OB_Proxy_In_Dialog_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Register[n]",
      xml: "Register_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Make_Call_Without_Reg[n]",
      xml: "Make_Call_Without_Reg_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Register_Expires[n]",
      xml: "Register_Expires_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "120",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Ans_Call_Without_Reg[n]",
      xml: "Ans_Call_Without_Reg_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Use_DNS_SRV[n]",
      xml: "Use_DNS_SRV_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "DNS_SRV_Auto_Prefix[n]",
      xml: "DNS_SRV_Auto_Prefix_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Proxy_Fallback_Intvl[n]",
      xml: "Proxy_Fallback_Intvl_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "120",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Proxy_Redundancy_Method[n]",
      xml: "Proxy_Redundancy_Method_{n}_",
      type: {
        kind: "enum",
        options: ["Normal", "Based on SRV Port"]
      },
      default: "Normal",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Display_Name[n]",
      xml: "Display_Name_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Subscriber Information"
    },
    {
      name: "User_ID[n]",
      xml: "User_ID_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Subscriber Information"
    },
    {
      name: "Password[n]",
      xml: "Password_{n}_",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "Subscriber Information",
      secret: !0
    },
    {
      name: "Use_Auth_ID[n]",
      xml: "Use_Auth_ID_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Subscriber Information"
    },
    {
      name: "Auth_ID[n]",
      xml: "Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Subscriber Information"
    },
    {
      name: "Mini_Certificate[n]",
      xml: "Mini_Certificate_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Subscriber Information"
    },
    {
      name: "SRTP_Private_Key[n]",
      xml: "SRTP_Private_Key_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Subscriber Information"
    },
    {
      name: "Preferred_Codec[n]",
      xml: "Preferred_Codec_{n}_",
      type: {
        kind: "enum",
        options: ["G711u", "G711a", "G726-16", "G726-24", "G726-32", "G726-40", "G729a", "G723"]
      },
      default: "G711u",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Use_Pref_Codec_Only[n]",
      xml: "Use_Pref_Codec_Only_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Second_Preferred_Codec[n]",
      xml: "Second_Preferred_Codec_{n}_",
      type: {
        kind: "enum",
        options: [
          "Unspecified",
          "G711u",
          "G711a",
          "G726-16",
          "G726-24",
          "G726-32",
          "G726-40",
          "G729a",
          "G723"
        ]
      },
      default: "Unspecified",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Third_Preferred_Codec[n]",
      xml: "Third_Preferred_Codec_{n}_",
      type: {
        kind: "enum",
        options: [
          "Unspecified",
          "G711u",
          "G711a",
          "G726-16",
          "G726-24",
          "G726-32",
          "G726-40",
          "G729a",
          "G723"
        ]
      },
      default: "Unspecified",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "G729a_Enable[n]",
      xml: "G729a_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "G723_Enable[n]",
      xml: "G723_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "G726-16_Enable[n]",
      xml: "G726-16_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "G726-24_Enable[n]",
      xml: "G726-24_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "G726-32_Enable[n]",
      xml: "G726-32_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "G726-40_Enable[n]",
      xml: "G726-40_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Release_Unused_Codec[n]",
      xml: "Release_Unused_Codec_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "DTMF_Process_AVT[n]",
      xml: "DTMF_Process_AVT_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Silence_Supp_Enable[n]",
      xml: "Silence_Supp_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "DTMF_Tx_Method[n]",
      xml: "DTMF_Tx_Method_{n}_",
      type: {
        kind: "enum",
        options: ["InBand", "AVT", "INFO", "Auto", "InBand+INFO", "AVT+INFO"]
      },
      default: "Auto",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Dial_Plan[n]",
      xml: "Dial_Plan_{n}_",
      type: {
        kind: "dial-plan"
      },
      default: "(*xx|[3469]11|0|00|[2-9]xxxxxx|1xxx[2-9]xxxxxxS0|xxxxxxxxxxxx.)",
      access: "na",
      section: "Dial Plan",
      description: "Dial plan script: which digit sequences the phone dials, and how."
    },
    {
      name: "Caller_ID_Map[n]",
      xml: "Caller_ID_Map_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Dial Plan"
    },
    {
      name: "Enable_IP_Dialing[n]",
      xml: "Enable_IP_Dialing_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Dial Plan"
    },
    {
      name: "Emergency_Number[n]",
      xml: "Emergency_Number_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Dial Plan"
    },
    {
      name: "Default_Ring__2__",
      xml: "Default_Ring__2__",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      default: "1",
      access: "na",
      section: "Call Feature Settings",
      firmware: ">=5.2",
      source: "the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_"
    },
    {
      name: "Default_Ring__3__",
      xml: "Default_Ring__3__",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      default: "1",
      access: "na",
      section: "Call Feature Settings",
      firmware: ">=5.2",
      source: "the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_"
    },
    {
      name: "Default_Ring__4__",
      xml: "Default_Ring__4__",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      default: "1",
      access: "na",
      section: "Call Feature Settings",
      firmware: ">=5.2",
      source: "the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_"
    },
    {
      name: "Default_Ring__5__",
      xml: "Default_Ring__5__",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      default: "1",
      access: "na",
      section: "Call Feature Settings",
      firmware: ">=5.2",
      source: "the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_"
    },
    {
      name: "Default_Ring__6__",
      xml: "Default_Ring__6__",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      default: "1",
      access: "na",
      section: "Call Feature Settings",
      firmware: ">=5.2",
      source: "the SPC samples (SPA5xx 7.x, SPA9xx 5.2.5); 5.1.x profiles write Default_Ring_n_"
    },
    {
      name: "Cfwd_All_Dest",
      xml: "Cfwd_All_Dest",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Call Forward"
    },
    {
      name: "Cfwd_Busy_Dest",
      xml: "Cfwd_Busy_Dest",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Call Forward"
    },
    {
      name: "Cfwd_No_Ans_Dest",
      xml: "Cfwd_No_Ans_Dest",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Call Forward"
    },
    {
      name: "Cfwd_No_Ans_Delay",
      xml: "Cfwd_No_Ans_Delay",
      type: {
        kind: "int",
        min: 0
      },
      default: "20",
      access: "rw",
      section: "Call Forward"
    },
    {
      name: "Speed_Dial_2",
      xml: "Speed_Dial_2",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_3",
      xml: "Speed_Dial_3",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_4",
      xml: "Speed_Dial_4",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_5",
      xml: "Speed_Dial_5",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_6",
      xml: "Speed_Dial_6",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_7",
      xml: "Speed_Dial_7",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_8",
      xml: "Speed_Dial_8",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "Speed_Dial_9",
      xml: "Speed_Dial_9",
      type: {
        kind: "phone"
      },
      default: "",
      access: "rw",
      section: "Speed Dial",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "CW_Setting",
      xml: "CW_Setting",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "Block_CID_Setting",
      xml: "Block_CID_Setting",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "Block_ANC_Setting",
      xml: "Block_ANC_Setting",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "DND_Setting",
      xml: "DND_Setting",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "Secure_Call_Setting",
      xml: "Secure_Call_Setting",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Dial_Assistance",
      xml: "Dial_Assistance",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Auto_Answer_Page",
      xml: "Auto_Answer_Page",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Preferred_Audio_Device",
      xml: "Preferred_Audio_Device",
      type: {
        kind: "enum",
        options: ["Speaker", "Headset"]
      },
      default: "Speaker",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Send_Audio_To_Speaker",
      xml: "Send_Audio_To_Speaker",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Time_Format",
      xml: "Time_Format",
      type: {
        kind: "enum",
        options: ["12hr", "24hr"]
      },
      default: "12hr",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Date_Format",
      xml: "Date_Format",
      type: {
        kind: "enum",
        options: ["month/day", "day/month"]
      },
      default: "month/day",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Miss_Call_Shortcut",
      xml: "Miss_Call_Shortcut",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Accept_Media_Loopback_Request",
      xml: "Accept_Media_Loopback_Request",
      type: {
        kind: "enum",
        options: ["never", "automatic", "manual"]
      },
      default: "automatic",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Media_Loopback_Mode",
      xml: "Media_Loopback_Mode",
      type: {
        kind: "enum",
        options: ["source", "mirror"]
      },
      default: "source",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Media_Loopback_Type",
      xml: "Media_Loopback_Type",
      type: {
        kind: "enum",
        options: ["media", "packet"]
      },
      default: "media",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Text_Message",
      xml: "Text_Message",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "Text_Message_From_3rd_Party",
      xml: "Text_Message_From_3rd_Party",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "Alert_Tone_Off",
      xml: "Alert_Tone_Off",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Services"
    },
    {
      name: "Log_Missed_Calls_for_EXT_1",
      xml: "Log_Missed_Calls_for_EXT_1",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Log_Missed_Calls_for_EXT_2",
      xml: "Log_Missed_Calls_for_EXT_2",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Log_Missed_Calls_for_EXT_3",
      xml: "Log_Missed_Calls_for_EXT_3",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Log_Missed_Calls_for_EXT_4",
      xml: "Log_Missed_Calls_for_EXT_4",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Log_Missed_Calls_for_EXT_5",
      xml: "Log_Missed_Calls_for_EXT_5",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Log_Missed_Calls_for_EXT_6",
      xml: "Log_Missed_Calls_for_EXT_6",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "RSS_Feed_URL_1",
      xml: "RSS_Feed_URL_1",
      type: {
        kind: "string"
      },
      default: "name=Local News;url=http://rss.cnn.com/rss/cnn_us.rss",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "RSS_Feed_URL_2",
      xml: "RSS_Feed_URL_2",
      type: {
        kind: "string"
      },
      default: "name=World News; url=http://newsrss.bbc.co.uk/rss/newsonline_uk_edition/world/rss.xml",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "RSS_Feed_URL_3",
      xml: "RSS_Feed_URL_3",
      type: {
        kind: "string"
      },
      default: "name=Finance News;url=http://finance.yahoo.com/rss/topstories",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "RSS_Feed_URL_4",
      xml: "RSS_Feed_URL_4",
      type: {
        kind: "string"
      },
      default: "name=Sports News;url=http://rss.news.yahoo.com/rss/sports",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "RSS_Feed_URL_5",
      xml: "RSS_Feed_URL_5",
      type: {
        kind: "string"
      },
      default: "name=Politics News;url=http://rss.news.yahoo.com/rss/politics",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "Feed_Data_Update_Interval(m)",
      xml: "Feed_Data_Update_Interval_m_",
      type: {
        kind: "int",
        min: 0
      },
      default: "15",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "Scrolling_Timer(s)",
      xml: "Scrolling_Timer_s_",
      type: {
        kind: "decimal"
      },
      default: "0.8",
      access: "na",
      section: "Web Information Service Settings"
    },
    {
      name: "State",
      xml: "State",
      type: {
        kind: "string"
      },
      default: "CA",
      access: "na",
      section: "Traffic Service Information Settings"
    },
    {
      name: "City",
      xml: "City",
      type: {
        kind: "string"
      },
      default: "san jose",
      access: "na",
      section: "Traffic Service Information Settings"
    },
    {
      name: "Street",
      xml: "Street",
      type: {
        kind: "string"
      },
      default: "cisco",
      access: "na",
      section: "Traffic Service Information Settings"
    },
    {
      name: "Zip_Code",
      xml: "Zip_Code",
      type: {
        kind: "int",
        min: 0
      },
      default: "95134",
      access: "na",
      section: "Traffic Service Information Settings"
    },
    {
      name: "Ringer_Volume",
      xml: "Ringer_Volume",
      type: {
        kind: "int",
        min: 0
      },
      default: "8",
      access: "rw",
      section: "Audio Volume"
    },
    {
      name: "Speaker_Volume",
      xml: "Speaker_Volume",
      type: {
        kind: "int",
        min: 0
      },
      default: "8",
      access: "rw",
      section: "Audio Volume"
    },
    {
      name: "Handset_Volume",
      xml: "Handset_Volume",
      type: {
        kind: "int",
        min: 0
      },
      default: "10",
      access: "rw",
      section: "Audio Volume"
    },
    {
      name: "Headset_Volume",
      xml: "Headset_Volume",
      type: {
        kind: "int",
        min: 0
      },
      default: "10",
      access: "rw",
      section: "Audio Volume"
    },
    {
      name: "LCD_Contrast",
      xml: "LCD_Contrast",
      type: {
        kind: "int",
        min: 0
      },
      default: "8",
      access: "rw",
      section: "Audio Volume"
    },
    {
      name: "Color_Scheme",
      xml: "Color_Scheme",
      type: {
        kind: "enum",
        options: ["Light Blue", "Light Green", "Pink", "Silver"]
      },
      default: "Light Blue",
      access: "rw",
      section: "Phone GUI Menu Color Settings"
    },
    {
      name: "Station_Name",
      xml: "Station_Name",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "General"
    },
    {
      name: "Voice_Mail_Number",
      xml: "Voice_Mail_Number",
      type: {
        kind: "phone"
      },
      default: "",
      access: "na",
      section: "General",
      rangeNote: "a number or SIP URI of up to 39 characters"
    },
    {
      name: "BMP_Picture_Download_URL",
      xml: "BMP_Picture_Download_URL",
      type: {
        kind: "url"
      },
      default: "",
      access: "na",
      section: "General"
    },
    {
      name: "Select_Logo",
      xml: "Select_Logo",
      type: {
        kind: "enum",
        options: ["Default", "BMP Picture", "Text Logo", "None"]
      },
      default: "",
      access: "na",
      section: "General"
    },
    {
      name: "Screen_Saver_Enable",
      xml: "Screen_Saver_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "General"
    },
    {
      name: "Screen_Saver_Wait",
      xml: "Screen_Saver_Wait",
      type: {
        kind: "int",
        min: 0
      },
      default: "300",
      access: "rw",
      section: "General"
    },
    {
      name: "Screen_Saver_Icon",
      xml: "Screen_Saver_Icon",
      type: {
        kind: "enum",
        options: ["StationTime", "Lock", "Phone", "DateTime", "Background Picture", "Power Save Screen"]
      },
      default: "Background Picture",
      access: "rw",
      section: "General"
    },
    {
      name: "Extension[n]",
      xml: "Extension_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "Disabled"]
      },
      default: "1",
      access: "na",
      section: "Line Key 1"
    },
    {
      name: "Short_Name[n]",
      xml: "Short_Name_{n}_",
      type: {
        kind: "string"
      },
      default: "$USER",
      access: "na",
      section: "Line Key 1"
    },
    {
      name: "Share_Call_Appearance[n]",
      xml: "Share_Call_Appearance_{n}_",
      type: {
        kind: "enum",
        options: ["private", "shared"]
      },
      default: "private",
      access: "na",
      section: "Line Key 1"
    },
    {
      name: "Extended_Function[n]",
      xml: "Extended_Function_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key 1"
    },
    {
      name: "SCA_Line_ID_Mapping",
      xml: "SCA_Line_ID_Mapping",
      type: {
        kind: "enum",
        options: ["Horizontal First", "Vertical First"]
      },
      default: "Vertical First",
      access: "na",
      section: "Miscellaneous Line Key Settings"
    },
    {
      name: "SCA_Barge-In_Enable",
      xml: "SCA_Barge-In_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Miscellaneous Line Key Settings"
    },
    {
      name: "Idle_LED",
      xml: "Idle_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Remote_Undefined_LED",
      xml: "Remote_Undefined_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Local_Seized_LED",
      xml: "Local_Seized_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Remote_Seized_LED",
      xml: "Remote_Seized_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Local_Progressing_LED",
      xml: "Local_Progressing_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Remote_Progressing_LED",
      xml: "Remote_Progressing_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Local_Ringing_LED",
      xml: "Local_Ringing_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Remote_Ringing_LED",
      xml: "Remote_Ringing_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Local_Active_LED",
      xml: "Local_Active_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Remote_Active_LED",
      xml: "Remote_Active_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Local_Held_LED",
      xml: "Local_Held_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Remote_Held_LED",
      xml: "Remote_Held_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Register_Failed_LED",
      xml: "Register_Failed_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Disabled_LED",
      xml: "Disabled_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Registering_LED",
      xml: "Registering_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Call_Back_Active_LED",
      xml: "Call_Back_Active_LED",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Line Key LED Pattern"
    },
    {
      name: "Conference_Serv",
      xml: "Conference_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Attn_Transfer_Serv",
      xml: "Attn_Transfer_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Blind_Transfer_Serv",
      xml: "Blind_Transfer_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "DND_Serv",
      xml: "DND_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Block_ANC_Serv",
      xml: "Block_ANC_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Call_Back_Serv",
      xml: "Call_Back_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Block_CID_Serv",
      xml: "Block_CID_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Secure_Call_Serv",
      xml: "Secure_Call_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Cfwd_All_Serv",
      xml: "Cfwd_All_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Cfwd_Busy_Serv",
      xml: "Cfwd_Busy_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Cfwd_No_Ans_Serv",
      xml: "Cfwd_No_Ans_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Paging_Serv",
      xml: "Paging_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Call_Park_Serv",
      xml: "Call_Park_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Call_Pick_Up_Serv",
      xml: "Call_Pick_Up_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "ACD_Login_Serv",
      xml: "ACD_Login_Serv",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Group_Call_Pick_Up_Serv",
      xml: "Group_Call_Pick_Up_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "ACD_Ext",
      xml: "ACD_Ext",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6"]
      },
      default: "1",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Service_Annc_Serv",
      xml: "Service_Annc_Serv",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Web_Serv",
      xml: "Web_Serv",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Services"
    },
    {
      name: "Ring1",
      xml: "Ring1",
      type: {
        kind: "string"
      },
      default: "n=Classic-1;w=3;c=1",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring2",
      xml: "Ring2",
      type: {
        kind: "string"
      },
      default: "n=Classic-2;w=3;c=2",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring3",
      xml: "Ring3",
      type: {
        kind: "string"
      },
      default: "n=Classic-3;w=3;c=3",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring4",
      xml: "Ring4",
      type: {
        kind: "string"
      },
      default: "n=Classic-4;w=3;c=4",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring5",
      xml: "Ring5",
      type: {
        kind: "string"
      },
      default: "n=Simple-1;w=2;c=1",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring6",
      xml: "Ring6",
      type: {
        kind: "string"
      },
      default: "n=Simple-2;w=2;c=2",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring7",
      xml: "Ring7",
      type: {
        kind: "string"
      },
      default: "n=Simple-3;w=2;c=3",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring8",
      xml: "Ring8",
      type: {
        kind: "string"
      },
      default: "n=Simple-4;w=2;c=4",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring9",
      xml: "Ring9",
      type: {
        kind: "string"
      },
      default: "n=Simple-5;w=2;c=5",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Ring10",
      xml: "Ring10",
      type: {
        kind: "string"
      },
      default: "n=Office;w=4;c=1",
      access: "na",
      section: "Ring Tone"
    },
    {
      name: "Handset_Input_Gain",
      xml: "Handset_Input_Gain",
      type: {
        kind: "enum",
        options: ["-6", "0", "6"]
      },
      default: "0",
      access: "na",
      section: "Audio Input Gain (dB)",
      rangeNote: "gain in dB"
    },
    {
      name: "Headset_Input_Gain",
      xml: "Headset_Input_Gain",
      type: {
        kind: "enum",
        options: ["-6", "0", "6"]
      },
      default: "0",
      access: "na",
      section: "Audio Input Gain (dB)",
      rangeNote: "gain in dB"
    },
    {
      name: "Speakerphone_Input_Gain",
      xml: "Speakerphone_Input_Gain",
      type: {
        kind: "enum",
        options: ["-6", "0", "6"]
      },
      default: "0",
      access: "na",
      section: "Audio Input Gain (dB)",
      rangeNote: "gain in dB"
    },
    {
      name: "Acoustic_Echo_Canceller_Enable",
      xml: "Acoustic_Echo_Canceller_Enable",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Input Gain (dB)"
    },
    {
      name: "Handset_Additional_Input_Gain",
      xml: "Handset_Additional_Input_Gain",
      type: {
        kind: "enum",
        options: ["-3", "-2", "-1", "0", "1", "2", "3"]
      },
      default: "0",
      access: "na",
      section: "Audio Input Gain (dB)",
      rangeNote: "gain in dB"
    },
    {
      name: "Headset_Additional_Input_Gain",
      xml: "Headset_Additional_Input_Gain",
      type: {
        kind: "enum",
        options: ["-3", "-2", "-1", "0", "1", "2", "3"]
      },
      default: "0",
      access: "na",
      section: "Audio Input Gain (dB)",
      rangeNote: "gain in dB"
    },
    {
      name: "Speakerphone_Additional_Input_Gain",
      xml: "Speakerphone_Additional_Input_Gain",
      type: {
        kind: "enum",
        options: ["-3", "-2", "-1", "0", "1", "2", "3"]
      },
      default: "0",
      access: "na",
      section: "Audio Input Gain (dB)",
      rangeNote: "gain in dB"
    },
    {
      name: "LDAP_Dir_Enable",
      xml: "LDAP_Dir_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Corp_Dir_Name",
      xml: "LDAP_Corp_Dir_Name",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Server",
      xml: "LDAP_Server",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Auth_Method",
      xml: "LDAP_Auth_Method",
      type: {
        kind: "enum",
        options: ["None", "Simple", "DIGEST-MD5"]
      },
      default: "None",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Client_DN",
      xml: "LDAP_Client_DN",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Username",
      xml: "LDAP_Username",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Password",
      xml: "LDAP_Password",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search",
      secret: !0
    },
    {
      name: "LDAP_Search_Base",
      xml: "LDAP_Search_Base",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Last_Name_Filter",
      xml: "LDAP_Last_Name_Filter",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_First_Name_Filter",
      xml: "LDAP_First_Name_Filter",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Search_Item_3",
      xml: "LDAP_Search_Item_3",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Item_3_Filter",
      xml: "LDAP_Item_3_Filter",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Search_Item_4",
      xml: "LDAP_Search_Item_4",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_item_4_Filter",
      xml: "LDAP_item_4_Filter",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Display_Attrs",
      xml: "LDAP_Display_Attrs",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "LDAP_Number_Mapping",
      xml: "LDAP_Number_Mapping",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "LDAP Corporate Directory Search"
    },
    {
      name: "EM_Enable",
      xml: "EM_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Extension Mobility"
    },
    {
      name: "EM_User_Domain",
      xml: "EM_User_Domain",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Extension Mobility"
    },
    {
      name: "EM_Phone_User_ID",
      xml: "EM_Phone_User_ID",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Extension Mobility"
    },
    {
      name: "EM_Phone_Password",
      xml: "EM_Phone_Password",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "Extension Mobility",
      secret: !0
    },
    {
      name: "EM_Mobile_User_ID",
      xml: "EM_Mobile_User_ID",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Extension Mobility"
    },
    {
      name: "EM_Mobile_Password",
      xml: "EM_Mobile_Password",
      type: {
        kind: "password"
      },
      default: "",
      access: "na",
      section: "Extension Mobility",
      secret: !0
    },
    {
      name: "Dial_Tone",
      xml: "Dial_Tone",
      type: {
        kind: "tone"
      },
      default: "350@-19,440@-19;10(*/0/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Outside_Dial_Tone",
      xml: "Outside_Dial_Tone",
      type: {
        kind: "tone"
      },
      default: "420@-16;10(*/0/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Prompt_Tone",
      xml: "Prompt_Tone",
      type: {
        kind: "tone"
      },
      default: "520@-19,620@-19;10(*/0/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Busy_Tone",
      xml: "Busy_Tone",
      type: {
        kind: "tone"
      },
      default: "480@-19,620@-19;10(.5/.5/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Reorder_Tone",
      xml: "Reorder_Tone",
      type: {
        kind: "tone"
      },
      default: "480@-19,620@-19;10(.25/.25/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Off_Hook_Warning_Tone",
      xml: "Off_Hook_Warning_Tone",
      type: {
        kind: "tone"
      },
      default: "480@-10,620@0;10(.125/.125/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Ring_Back_Tone",
      xml: "Ring_Back_Tone",
      type: {
        kind: "tone"
      },
      default: "440@-19,480@-19;*(2/4/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Call_Waiting_Tone",
      xml: "Call_Waiting_Tone",
      type: {
        kind: "tone"
      },
      default: "440@-10;30(.3/9.7/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Confirm_Tone",
      xml: "Confirm_Tone",
      type: {
        kind: "tone"
      },
      default: "600@-16;1(.25/.25/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "SIT1_Tone",
      xml: "SIT1_Tone",
      type: {
        kind: "tone"
      },
      default: "985@-16,1428@-16,1777@-16;20(.380/0/1,.380/0/2,.380/0/3,0/4/0)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "SIT2_Tone",
      xml: "SIT2_Tone",
      type: {
        kind: "tone"
      },
      default: "914@-16,1371@-16,1777@-16;20(.274/0/1,.274/0/2,.380/0/3,0/4/0)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "SIT3_Tone",
      xml: "SIT3_Tone",
      type: {
        kind: "tone"
      },
      default: "914@-16,1371@-16,1777@-16;20(.380/0/1,.380/0/2,.380/0/3,0/4/0)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "SIT4_Tone",
      xml: "SIT4_Tone",
      type: {
        kind: "tone"
      },
      default: "985@-16,1371@-16,1777@-16;20(.380/0/1,.274/0/2,.380/0/3,0/4/0)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "MWI_Dial_Tone",
      xml: "MWI_Dial_Tone",
      type: {
        kind: "tone"
      },
      default: "350@-19,440@-19;2(.1/.1/1+2);10(*/0/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Cfwd_Dial_Tone",
      xml: "Cfwd_Dial_Tone",
      type: {
        kind: "tone"
      },
      default: "350@-19,440@-19;2(.2/.2/1+2);10(*/0/1+2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Holding_Tone",
      xml: "Holding_Tone",
      type: {
        kind: "tone"
      },
      default: "600@-19;25(.1/.1/1,.1/.1/1,.1/9.5/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Conference_Tone",
      xml: "Conference_Tone",
      type: {
        kind: "tone"
      },
      default: "350@-19;20(.1/.1/1,.1/9.7/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Secure_Call_Indication_Tone",
      xml: "Secure_Call_Indication_Tone",
      type: {
        kind: "tone"
      },
      default: "397@-19,507@-19;15(0/2/0,.2/.1/1,.1/2.1/2)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Page_Tone",
      xml: "Page_Tone",
      type: {
        kind: "tone"
      },
      default: "600@-16;.3(.05/0.05/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Alert_Tone",
      xml: "Alert_Tone",
      type: {
        kind: "tone"
      },
      default: "600@-19;.2(.05/0.05/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Cadence_1",
      xml: "Cadence_1",
      type: {
        kind: "cadence"
      },
      default: "60(2/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_2",
      xml: "Cadence_2",
      type: {
        kind: "cadence"
      },
      default: "60(.3/.2,1/.2,.3/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_3",
      xml: "Cadence_3",
      type: {
        kind: "cadence"
      },
      default: "60(.8/.4,.8/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_4",
      xml: "Cadence_4",
      type: {
        kind: "cadence"
      },
      default: "60(.4/.2,.3/.2,.8/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_5",
      xml: "Cadence_5",
      type: {
        kind: "cadence"
      },
      default: "60(.2/.2,.2/.2,.2/.2,1/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_6",
      xml: "Cadence_6",
      type: {
        kind: "cadence"
      },
      default: "60(.2/.4,.2/.4,.2/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_7",
      xml: "Cadence_7",
      type: {
        kind: "cadence"
      },
      default: "60(4.5/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_8",
      xml: "Cadence_8",
      type: {
        kind: "cadence"
      },
      default: "60(0.25/9.75)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Cadence_9",
      xml: "Cadence_9",
      type: {
        kind: "cadence"
      },
      default: "60(.4/.2,.4/2)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Reorder_Delay",
      xml: "Reorder_Delay",
      type: {
        kind: "int",
        min: 0
      },
      default: "5",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Call_Back_Expires",
      xml: "Call_Back_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "1800",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Call_Back_Retry_Intvl",
      xml: "Call_Back_Retry_Intvl",
      type: {
        kind: "int",
        min: 0
      },
      default: "30",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Call_Back_Delay",
      xml: "Call_Back_Delay",
      type: {
        kind: "decimal"
      },
      default: ".5",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Interdigit_Long_Timer",
      xml: "Interdigit_Long_Timer",
      type: {
        kind: "int",
        min: 0
      },
      default: "10",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Interdigit_Short_Timer",
      xml: "Interdigit_Short_Timer",
      type: {
        kind: "int",
        min: 0
      },
      default: "3",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Call_Return_Code",
      xml: "Call_Return_Code",
      type: {
        kind: "string"
      },
      default: "*69",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Blind_Transfer_Code",
      xml: "Blind_Transfer_Code",
      type: {
        kind: "string"
      },
      default: "*98",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Call_Back_Act_Code",
      xml: "Call_Back_Act_Code",
      type: {
        kind: "string"
      },
      default: "*66",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Call_Back_Deact_Code",
      xml: "Call_Back_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*86",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_All_Act_Code",
      xml: "Cfwd_All_Act_Code",
      type: {
        kind: "string"
      },
      default: "*72",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_All_Deact_Code",
      xml: "Cfwd_All_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*73",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_Busy_Act_Code",
      xml: "Cfwd_Busy_Act_Code",
      type: {
        kind: "string"
      },
      default: "*90",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_Busy_Deact_Code",
      xml: "Cfwd_Busy_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*91",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_No_Ans_Act_Code",
      xml: "Cfwd_No_Ans_Act_Code",
      type: {
        kind: "string"
      },
      default: "*92",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_No_Ans_Deact_Code",
      xml: "Cfwd_No_Ans_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*93",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CW_Act_Code",
      xml: "CW_Act_Code",
      type: {
        kind: "string"
      },
      default: "*56",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CW_Deact_Code",
      xml: "CW_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*57",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CW_Per_Call_Act_Code",
      xml: "CW_Per_Call_Act_Code",
      type: {
        kind: "string"
      },
      default: "*71",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CW_Per_Call_Deact_Code",
      xml: "CW_Per_Call_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*70",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_CID_Act_Code",
      xml: "Block_CID_Act_Code",
      type: {
        kind: "string"
      },
      default: "*67",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_CID_Deact_Code",
      xml: "Block_CID_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*68",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_CID_Per_Call_Act_Code",
      xml: "Block_CID_Per_Call_Act_Code",
      type: {
        kind: "string"
      },
      default: "*81",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_CID_Per_Call_Deact_Code",
      xml: "Block_CID_Per_Call_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*82",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_ANC_Act_Code",
      xml: "Block_ANC_Act_Code",
      type: {
        kind: "string"
      },
      default: "*77",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_ANC_Deact_Code",
      xml: "Block_ANC_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*87",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "DND_Act_Code",
      xml: "DND_Act_Code",
      type: {
        kind: "string"
      },
      default: "*78",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "DND_Deact_Code",
      xml: "DND_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*79",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Secure_All_Call_Act_Code",
      xml: "Secure_All_Call_Act_Code",
      type: {
        kind: "string"
      },
      default: "*16",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Secure_No_Call_Act_Code",
      xml: "Secure_No_Call_Act_Code",
      type: {
        kind: "string"
      },
      default: "*17",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Secure_One_Call_Act_Code",
      xml: "Secure_One_Call_Act_Code",
      type: {
        kind: "string"
      },
      default: "*18",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Secure_One_Call_Deact_Code",
      xml: "Secure_One_Call_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*19",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Paging_Code",
      xml: "Paging_Code",
      type: {
        kind: "string"
      },
      default: "*96",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Call_Park_Code",
      xml: "Call_Park_Code",
      type: {
        kind: "string"
      },
      default: "*38",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Call_Pickup_Code",
      xml: "Call_Pickup_Code",
      type: {
        kind: "string"
      },
      default: "*36",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Call_UnPark_Code",
      xml: "Call_UnPark_Code",
      type: {
        kind: "string"
      },
      default: "*39",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Group_Call_Pickup_Code",
      xml: "Group_Call_Pickup_Code",
      type: {
        kind: "string"
      },
      default: "*37",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Media_Loopback_Code",
      xml: "Media_Loopback_Code",
      type: {
        kind: "string"
      },
      default: "*03",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Referral_Services_Codes",
      xml: "Referral_Services_Codes",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Feature_Dial_Services_Codes",
      xml: "Feature_Dial_Services_Codes",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Service_Annc_Base_Number",
      xml: "Service_Annc_Base_Number",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Vertical Service Announcement Codes"
    },
    {
      name: "Service_Annc_Extension_Codes",
      xml: "Service_Annc_Extension_Codes",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Vertical Service Announcement Codes"
    },
    {
      name: "Prefer_G711u_Code",
      xml: "Prefer_G711u_Code",
      type: {
        kind: "string"
      },
      default: "*017110",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G711u_Code",
      xml: "Force_G711u_Code",
      type: {
        kind: "string"
      },
      default: "*027110",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G711a_Code",
      xml: "Prefer_G711a_Code",
      type: {
        kind: "string"
      },
      default: "*017111",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G711a_Code",
      xml: "Force_G711a_Code",
      type: {
        kind: "string"
      },
      default: "*027111",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G723_Code",
      xml: "Prefer_G723_Code",
      type: {
        kind: "string"
      },
      default: "*01723",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G723_Code",
      xml: "Force_G723_Code",
      type: {
        kind: "string"
      },
      default: "*02723",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G726r16_Code",
      xml: "Prefer_G726r16_Code",
      type: {
        kind: "string"
      },
      default: "*0172616",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G726r16_Code",
      xml: "Force_G726r16_Code",
      type: {
        kind: "string"
      },
      default: "*0272616",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G726r24_Code",
      xml: "Prefer_G726r24_Code",
      type: {
        kind: "string"
      },
      default: "*0172624",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G726r24_Code",
      xml: "Force_G726r24_Code",
      type: {
        kind: "string"
      },
      default: "*0272624",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G726r32_Code",
      xml: "Prefer_G726r32_Code",
      type: {
        kind: "string"
      },
      default: "*0172632",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G726r32_Code",
      xml: "Force_G726r32_Code",
      type: {
        kind: "string"
      },
      default: "*0272632",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G726r40_Code",
      xml: "Prefer_G726r40_Code",
      type: {
        kind: "string"
      },
      default: "*0172640",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G726r40_Code",
      xml: "Force_G726r40_Code",
      type: {
        kind: "string"
      },
      default: "*0272640",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Prefer_G729a_Code",
      xml: "Prefer_G729a_Code",
      type: {
        kind: "string"
      },
      default: "*01729",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Force_G729a_Code",
      xml: "Force_G729a_Code",
      type: {
        kind: "string"
      },
      default: "*02729",
      access: "na",
      section: "Outbound Call Codec Selection Codes"
    },
    {
      name: "Set_Local_Date_(mm/dd)",
      xml: "Set_Local_Date__mm_dd_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Set_Local_Time_(HH/mm)",
      xml: "Set_Local_Time__HH_mm_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Time_Zone",
      xml: "Time_Zone",
      type: {
        kind: "timezone"
      },
      default: "GMT-08:00",
      access: "na",
      section: "Miscellaneous",
      description: "Time zone, GMT-12:00 to GMT+13:00 as the phone lists them."
    },
    {
      name: "Time_Offset_(HH/mm)",
      xml: "Time_Offset__HH_mm_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Daylight_Saving_Time_Rule",
      xml: "Daylight_Saving_Time_Rule",
      type: {
        kind: "dst-rule"
      },
      default: "",
      access: "na",
      section: "Miscellaneous",
      description: "Daylight saving rule: start=month/day/weekday/time;end=...;save=offset."
    },
    {
      name: "Daylight_Saving_Time_Enable",
      xml: "Daylight_Saving_Time_Enable",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "DTMF_Playback_Level",
      xml: "DTMF_Playback_Level",
      type: {
        kind: "decimal",
        unit: "dBm"
      },
      default: "-16",
      access: "na",
      section: "Miscellaneous",
      description: "Local DTMF playback level in dBm.",
      rangeNote: "no range is documented; only the form is checked"
    },
    {
      name: "DTMF_Playback_Length",
      xml: "DTMF_Playback_Length",
      type: {
        kind: "decimal",
        unit: "seconds"
      },
      default: ".1",
      access: "na",
      section: "Miscellaneous",
      description: "Local DTMF playback duration in seconds.",
      rangeNote: "no range is documented; only the form is checked"
    },
    {
      name: "Inband_DTMF_Boost",
      xml: "Inband_DTMF_Boost",
      type: {
        kind: "enum",
        options: ["0dB", "3dB", "6dB", "9dB", "12dB", "15dB", "18dB"]
      },
      default: "12dB",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Dictionary_Server_Script",
      xml: "Dictionary_Server_Script",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Dictionary_Server_Copy",
      xml: "Dictionary_Server_Copy",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Language_Selection",
      xml: "Language_Selection",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Language_Selection_Copy",
      xml: "Language_Selection_Copy",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Dictionary_Update_Status",
      xml: "Dictionary_Update_Status",
      type: {
        kind: "int",
        min: 0
      },
      default: "255",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Default_Character_Encoding",
      xml: "Default_Character_Encoding",
      type: {
        kind: "enum",
        options: ["ISO-8859-1", "UTF-8"]
      },
      default: "ISO-8859-1",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Subscribe_Expires",
      xml: "Subscribe_Expires",
      type: {
        kind: "int",
        min: 0
      },
      default: "1800",
      access: "na",
      section: "General"
    },
    {
      name: "Subscribe_Retry_Interval",
      xml: "Subscribe_Retry_Interval",
      type: {
        kind: "int",
        min: 0
      },
      default: "30",
      access: "na",
      section: "General"
    },
    {
      name: "Unit_1_Enable",
      xml: "Unit_1_Enable",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "General"
    },
    {
      name: "Subscribe_Delay",
      xml: "Subscribe_Delay",
      type: {
        kind: "int",
        min: 0
      },
      default: "1",
      access: "na",
      section: "General"
    },
    {
      name: "Unit_2_Enable",
      xml: "Unit_2_Enable",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "General"
    },
    {
      name: "Server_Type",
      xml: "Server_Type",
      type: {
        kind: "enum",
        options: ["Broadsoft", "SPA9000", "Asterisk", "RFC3265_4235", "Sylantro"]
      },
      default: "Broadsoft",
      access: "na",
      section: "General"
    },
    {
      name: "Test_Mode_Enable",
      xml: "Test_Mode_Enable",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "General"
    },
    {
      name: "SPA932_Call_Pickup_Code",
      xml: "SPA932_Call_Pickup_Code",
      type: {
        kind: "string"
      },
      default: "*98",
      access: "na",
      section: "General"
    },
    {
      name: "Unit_1_Key_1",
      xml: "Unit_1_Key_1",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_2",
      xml: "Unit_1_Key_2",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_3",
      xml: "Unit_1_Key_3",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_4",
      xml: "Unit_1_Key_4",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_5",
      xml: "Unit_1_Key_5",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_6",
      xml: "Unit_1_Key_6",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_7",
      xml: "Unit_1_Key_7",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_8",
      xml: "Unit_1_Key_8",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_9",
      xml: "Unit_1_Key_9",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_10",
      xml: "Unit_1_Key_10",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_11",
      xml: "Unit_1_Key_11",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_12",
      xml: "Unit_1_Key_12",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_13",
      xml: "Unit_1_Key_13",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_14",
      xml: "Unit_1_Key_14",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_15",
      xml: "Unit_1_Key_15",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_16",
      xml: "Unit_1_Key_16",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_17",
      xml: "Unit_1_Key_17",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_18",
      xml: "Unit_1_Key_18",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_19",
      xml: "Unit_1_Key_19",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_20",
      xml: "Unit_1_Key_20",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_21",
      xml: "Unit_1_Key_21",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_22",
      xml: "Unit_1_Key_22",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_23",
      xml: "Unit_1_Key_23",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_24",
      xml: "Unit_1_Key_24",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_25",
      xml: "Unit_1_Key_25",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_26",
      xml: "Unit_1_Key_26",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_27",
      xml: "Unit_1_Key_27",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_28",
      xml: "Unit_1_Key_28",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_29",
      xml: "Unit_1_Key_29",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_30",
      xml: "Unit_1_Key_30",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_31",
      xml: "Unit_1_Key_31",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_1_Key_32",
      xml: "Unit_1_Key_32",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 1"
    },
    {
      name: "Unit_2_Key_1",
      xml: "Unit_2_Key_1",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_2",
      xml: "Unit_2_Key_2",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_3",
      xml: "Unit_2_Key_3",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_4",
      xml: "Unit_2_Key_4",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_5",
      xml: "Unit_2_Key_5",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_6",
      xml: "Unit_2_Key_6",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_7",
      xml: "Unit_2_Key_7",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_8",
      xml: "Unit_2_Key_8",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_9",
      xml: "Unit_2_Key_9",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_10",
      xml: "Unit_2_Key_10",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_11",
      xml: "Unit_2_Key_11",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_12",
      xml: "Unit_2_Key_12",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_13",
      xml: "Unit_2_Key_13",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_14",
      xml: "Unit_2_Key_14",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_15",
      xml: "Unit_2_Key_15",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_16",
      xml: "Unit_2_Key_16",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_17",
      xml: "Unit_2_Key_17",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_18",
      xml: "Unit_2_Key_18",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_19",
      xml: "Unit_2_Key_19",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_20",
      xml: "Unit_2_Key_20",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_21",
      xml: "Unit_2_Key_21",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_22",
      xml: "Unit_2_Key_22",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_23",
      xml: "Unit_2_Key_23",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_24",
      xml: "Unit_2_Key_24",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_25",
      xml: "Unit_2_Key_25",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_26",
      xml: "Unit_2_Key_26",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_27",
      xml: "Unit_2_Key_27",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_28",
      xml: "Unit_2_Key_28",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_29",
      xml: "Unit_2_Key_29",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_30",
      xml: "Unit_2_Key_30",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_31",
      xml: "Unit_2_Key_31",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Unit_2_Key_32",
      xml: "Unit_2_Key_32",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Unit 2"
    },
    {
      name: "Protect_IVR_FactoryReset",
      xml: "Protect_IVR_FactoryReset",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Unit 2",
      description: "Require the admin password to factory-reset from the IVR."
    },
    {
      name: "Resync_Periodic",
      xml: "Resync_Periodic",
      type: {
        kind: "schedule"
      },
      access: "na",
      description: "Seconds between periodic resyncs; empty or 0 disables them.",
      default: "3600",
      section: "Configuration Profile"
    },
    {
      name: "Profile_Rule",
      xml: "Profile_Rule",
      type: {
        kind: "rule",
        language: "profile"
      },
      access: "na",
      description: "Profile rule: [(condition)?] [(assignments)!] [[options]] URL alternatives, evaluated in order A, B, C, D.",
      default: "/spa$PSN.cfg",
      section: "Configuration Profile"
    },
    {
      name: "Text_Logo",
      xml: "Text_Logo",
      type: {
        kind: "string"
      },
      access: "na",
      description: "Text shown as the logo while the phone starts.",
      section: "General",
      rangeNote: "no length limit is documented"
    },
    {
      name: "Select_Background_Picture",
      xml: "Select_Background_Picture",
      type: {
        kind: "string"
      },
      access: "na",
      description: "Background picture of the screen.",
      section: "General",
      rangeNote: "the options are not documented in the sources read"
    },
    {
      name: "Back_Light_Timer",
      xml: "Back_Light_Timer",
      type: {
        kind: "enum",
        options: ["Off", "10 s", "20 s", "30 s", "Always On"]
      },
      access: "na",
      source: "a real SPA922 export (julianjm/spa-provisioning html/provisioning/spacfg.xml, domain.md 2); the options as the SPA5xx sample lists them",
      default: "10 s",
      section: "LCD"
    },
    {
      name: "Default_Ring[n]",
      xml: "Default_Ring_{n}_",
      type: {
        kind: "enum",
        options: ["No Ring", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "User 1", "User 2"]
      },
      access: "na",
      source: "SPA9xx 5.1.x profiles (the 5.2.5 sample writes Default_Ring__n__)",
      default: "1",
      section: "Call Feature Settings",
      firmware: "<5.2.5"
    }
  ]
};
export {
  spa9xx_curated_default as default
};
