import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import "./chunk-LSU6IVAH.js";

// src/schema/data/ata.curated.json
var ata_curated_default = {
  schemaVersion: 1,
  family: "ata",
  title: "Linksys/Sipura analogue telephone adapters",
  source: "provisioner/Provisioner endpoint/cisco/linksysata/$model.cfg (derived by scripts/import-corpus.ts)",
  models: [
    {
      name: "SPA2102",
      lines: 2
    },
    {
      name: "SPA3102",
      lines: 2,
      firmware: "5.1.10(GW)"
    },
    {
      name: "AG310",
      lines: 1
    },
    {
      name: "PAP2T",
      lines: 2
    },
    {
      name: "RTP300",
      lines: 2
    },
    {
      name: "SPA1001",
      lines: 1
    },
    {
      name: "SPA8000",
      lines: 8
    },
    {
      name: "WRP400",
      lines: 2
    },
    {
      name: "WRTP54G",
      lines: 2
    },
    {
      name: "WRTP54G2",
      lines: 2
    },
    {
      name: "SPA112",
      lines: 2
    },
    {
      name: "SPA232D",
      lines: 14
    },
    {
      name: "SPA122",
      lines: 2
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
        options: ["DHCP", "Static IP", "PPPOE", "PPPOE,DHCP", "DHCP,PPPOE"]
      },
      default: "DHCP",
      access: "rw",
      section: "Internet Connection Settings"
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
      name: "PPPOE_Login_Name",
      xml: "PPPOE_Login_Name",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "PPPoE Settings"
    },
    {
      name: "PPPOE_Login_Password",
      xml: "PPPOE_Login_Password",
      type: {
        kind: "password"
      },
      default: "",
      access: "rw",
      section: "PPPoE Settings",
      secret: !0
    },
    {
      name: "PPPOE_Service_Name",
      xml: "PPPOE_Service_Name",
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
      section: "Optional Settings"
    },
    {
      name: "Domain",
      xml: "Domain",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Optional Settings"
    },
    {
      name: "Primary_DNS",
      xml: "Primary_DNS",
      type: {
        kind: "ipv4"
      },
      default: "8.8.8.8",
      access: "rw",
      section: "Optional Settings"
    },
    {
      name: "Secondary_DNS",
      xml: "Secondary_DNS",
      type: {
        kind: "ipv4"
      },
      default: "8.8.4.4",
      access: "rw",
      section: "Optional Settings"
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
      section: "Optional Settings"
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
      section: "Optional Settings"
    },
    {
      name: "Primary_NTP_Server",
      xml: "Primary_NTP_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Optional Settings"
    },
    {
      name: "Secondary_NTP_Server",
      xml: "Secondary_NTP_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Optional Settings"
    },
    {
      name: "DHCP_IP_Revalidate_Timer",
      xml: "DHCP_IP_Revalidate_Timer",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "Optional Settings"
    },
    {
      name: "Networking_Service",
      xml: "Networking_Service",
      type: {
        kind: "enum",
        options: ["NAT", "Bridge", "Auto"]
      },
      default: "NAT",
      access: "rw",
      section: "Optional Settings"
    },
    {
      name: "Auto_NetService_Private_IP_Ranges",
      xml: "Auto_NetService_Private_IP_Ranges",
      type: {
        kind: "string"
      },
      default: "10.0.0.0-10.255.255.255,192.168.0.0-192.168.255.255,172.16.0.0-172.31.255.255",
      access: "rw",
      section: "Optional Settings"
    },
    {
      name: "LAN_IP_Address",
      xml: "LAN_IP_Address",
      type: {
        kind: "ipv4"
      },
      default: "192.168.0.1",
      access: "rw",
      section: "LAN Network Settings"
    },
    {
      name: "LAN_Subnet_Mask",
      xml: "LAN_Subnet_Mask",
      type: {
        kind: "ipv4"
      },
      default: "255.255.255.0",
      access: "rw",
      section: "LAN Network Settings"
    },
    {
      name: "Enable_DHCP_Server",
      xml: "Enable_DHCP_Server",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "LAN Network Settings"
    },
    {
      name: "DHCP_Lease_Time",
      xml: "DHCP_Lease_Time",
      type: {
        kind: "int",
        min: 0
      },
      default: "24",
      access: "rw",
      section: "LAN Network Settings"
    },
    {
      name: "DHCP_Client_Starting_IP_Address",
      xml: "DHCP_Client_Starting_IP_Address",
      type: {
        kind: "int",
        min: 0
      },
      default: "2",
      access: "rw",
      section: "LAN Network Settings"
    },
    {
      name: "Number_of_Client_IP_Addresses",
      xml: "Number_of_Client_IP_Addresses",
      type: {
        kind: "int",
        min: 0
      },
      default: "50",
      access: "rw",
      section: "LAN Network Settings"
    },
    {
      name: "Enable_MAC_Clone_Service",
      xml: "Enable_MAC_Clone_Service",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "MAC Clone Settings"
    },
    {
      name: "Cloned_MAC_Address",
      xml: "Cloned_MAC_Address",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "MAC Clone Settings"
    },
    {
      name: "QOS_Policy",
      xml: "QOS_Policy",
      type: {
        kind: "enum",
        options: ["Always On", "On When Phone In Use"]
      },
      default: "Always On",
      access: "na",
      section: "QOS Settings"
    },
    {
      name: "QOS_QDisc",
      xml: "QOS_QDisc",
      type: {
        kind: "enum",
        options: ["NONE", "TBF"]
      },
      default: "NONE",
      access: "rw",
      section: "QOS Settings"
    },
    {
      name: "Maximum_Uplink_Speed",
      xml: "Maximum_Uplink_Speed",
      type: {
        kind: "int",
        min: 0
      },
      default: "128",
      access: "rw",
      section: "QOS Settings"
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
      name: "Syslog_Server",
      xml: "Syslog_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Miscellaneous Settings"
    },
    {
      name: "Debug_Server",
      xml: "Debug_Server",
      type: {
        kind: "host"
      },
      default: "",
      access: "na",
      section: "Miscellaneous Settings"
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
      section: "Miscellaneous Settings"
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
      default: "3600",
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
      name: "Recovery_URL",
      xml: "Recovery_URL",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Firmware Upgrade"
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
      name: "Hook_Flash_MIME_Type",
      xml: "Hook_Flash_MIME_Type",
      type: {
        kind: "string"
      },
      default: "application/hook-flash",
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
      default: "32",
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
      default: "32",
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
      default: "32",
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
      default: "32",
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
      default: "32",
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
      name: "NSE_Dynamic_Payload",
      xml: "NSE_Dynamic_Payload",
      type: {
        kind: "int",
        min: 0
      },
      default: "100",
      access: "na",
      section: "SDP Payload Types"
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
      name: "NSE_Codec_Name",
      xml: "NSE_Codec_Name",
      type: {
        kind: "string"
      },
      default: "NSE",
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
      name: "TURN_Server",
      xml: "TURN_Server",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "Auth_Server",
      xml: "Auth_Server",
      type: {
        kind: "string"
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
      name: "Line_Enable[n]",
      xml: "Line_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "NAT Support Parameters"
    },
    {
      name: "SAS_Enable[n]",
      xml: "SAS_Enable_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Streaming Audio Server (SAS)"
    },
    {
      name: "SAS_DLG_Refresh_Intvl[n]",
      xml: "SAS_DLG_Refresh_Intvl_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "30",
      access: "na",
      section: "Streaming Audio Server (SAS)"
    },
    {
      name: "SAS_Inbound_RTP_Sink[n]",
      xml: "SAS_Inbound_RTP_Sink_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Streaming Audio Server (SAS)"
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
      name: "SIP_ToS/DiffServ_Value[n]",
      xml: "SIP_ToS_DiffServ_Value_{n}_",
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
        kind: "int",
        min: 0
      },
      default: "3",
      access: "na",
      section: "Network Settings"
    },
    {
      name: "RTP_ToS/DiffServ_Value[n]",
      xml: "RTP_ToS_DiffServ_Value_{n}_",
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
        kind: "int",
        min: 0
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
        "2": "5061"
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
      default: "Yes",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "SIP_GUID[n]",
      xml: "SIP_GUID_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
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
      name: "RTP_Log_Intvl[n]",
      xml: "RTP_Log_Intvl_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "SIP Settings"
    },
    {
      name: "Restrict_Source_IP[n]",
      xml: "Restrict_Source_IP_{n}_",
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
      name: "Reply_182_On_Call_Waiting[n]",
      xml: "Reply_182_On_Call_Waiting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
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
      name: "Use_Local_Addr_In_FROM[n]",
      xml: "Use_Local_Addr_In_FROM_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
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
      name: "Xfer_When_Hangup_Conf[n]",
      xml: "Xfer_When_Hangup_Conf_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
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
      name: "Conference_Bridge_Ports[n]",
      xml: "Conference_Bridge_Ports_{n}_",
      type: {
        kind: "enum",
        options: ["3", "4", "5", "6", "7", "8", "9", "10"]
      },
      default: "3",
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
      name: "Voice_Mail_Server[n]",
      xml: "Voice_Mail_Server_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Proxy and Registration"
    },
    {
      name: "Mailbox_Subscribe_Expires[n]",
      xml: "Mailbox_Subscribe_Expires_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "2147483647",
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
      name: "Call_Waiting_Serv[n]",
      xml: "Call_Waiting_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Block_CID_Serv[n]",
      xml: "Block_CID_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Block_ANC_Serv[n]",
      xml: "Block_ANC_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Dist_Ring_Serv[n]",
      xml: "Dist_Ring_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Cfwd_All_Serv[n]",
      xml: "Cfwd_All_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Cfwd_Busy_Serv[n]",
      xml: "Cfwd_Busy_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Cfwd_No_Ans_Serv[n]",
      xml: "Cfwd_No_Ans_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Cfwd_Sel_Serv[n]",
      xml: "Cfwd_Sel_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Cfwd_Last_Serv[n]",
      xml: "Cfwd_Last_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Block_Last_Serv[n]",
      xml: "Block_Last_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Accept_Last_Serv[n]",
      xml: "Accept_Last_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "DND_Serv[n]",
      xml: "DND_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "CID_Serv[n]",
      xml: "CID_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "CWCID_Serv[n]",
      xml: "CWCID_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Call_Return_Serv[n]",
      xml: "Call_Return_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Call_Redial_Serv[n]",
      xml: "Call_Redial_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Call_Back_Serv[n]",
      xml: "Call_Back_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Three_Way_Call_Serv[n]",
      xml: "Three_Way_Call_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Three_Way_Conf_Serv[n]",
      xml: "Three_Way_Conf_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Attn_Transfer_Serv[n]",
      xml: "Attn_Transfer_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Unattn_Transfer_Serv[n]",
      xml: "Unattn_Transfer_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "MWI_Serv[n]",
      xml: "MWI_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "VMWI_Serv[n]",
      xml: "VMWI_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Speed_Dial_Serv[n]",
      xml: "Speed_Dial_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Secure_Call_Serv[n]",
      xml: "Secure_Call_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Referral_Serv[n]",
      xml: "Referral_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Feature_Dial_Serv[n]",
      xml: "Feature_Dial_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Supplementary Service Subscription"
    },
    {
      name: "Service_Announcement_Serv[n]",
      xml: "Service_Announcement_Serv_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Service Subscription"
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
      name: "Silence_Threshold[n]",
      xml: "Silence_Threshold_{n}_",
      type: {
        kind: "enum",
        options: ["high", "medium", "low"]
      },
      default: "medium",
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
      name: "Echo_Canc_Enable[n]",
      xml: "Echo_Canc_Enable_{n}_",
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
      name: "Echo_Canc_Adapt_Enable[n]",
      xml: "Echo_Canc_Adapt_Enable_{n}_",
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
      name: "Echo_Supp_Enable[n]",
      xml: "Echo_Supp_Enable_{n}_",
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
      name: "FAX_CED_Detect_Enable[n]",
      xml: "FAX_CED_Detect_Enable_{n}_",
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
      name: "FAX_CNG_Detect_Enable[n]",
      xml: "FAX_CNG_Detect_Enable_{n}_",
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
      name: "FAX_Passthru_Codec[n]",
      xml: "FAX_Passthru_Codec_{n}_",
      type: {
        kind: "enum",
        options: ["G711u", "G711a"]
      },
      default: "G711u",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "DTMF_Process_INFO[n]",
      xml: "DTMF_Process_INFO_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "FAX_Codec_Symmetric[n]",
      xml: "FAX_Codec_Symmetric_{n}_",
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
      name: "FAX_Passthru_Method[n]",
      xml: "FAX_Passthru_Method_{n}_",
      type: {
        kind: "enum",
        options: ["None", "NSE", "ReINVITE"]
      },
      default: "NSE",
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
      name: "DTMF_Tx_Mode[n]",
      xml: "DTMF_Tx_Mode_{n}_",
      type: {
        kind: "enum",
        options: ["Normal", "Strict"]
      },
      default: "Strict",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "DTMF_Tx_Strict_Hold_Off_Time[n]",
      xml: "DTMF_Tx_Strict_Hold_Off_Time_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "40",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "FAX_Process_NSE[n]",
      xml: "FAX_Process_NSE_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Hook_Flash_Tx_Method[n]",
      xml: "Hook_Flash_Tx_Method_{n}_",
      type: {
        kind: "enum",
        options: ["None", "AVT", "INFO"]
      },
      default: "None",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "FAX_Disable_ECAN[n]",
      xml: "FAX_Disable_ECAN_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
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
      name: "FAX_Enable_T38[n]",
      xml: "FAX_Enable_T38_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "FAX_T38_Redundancy[n]",
      xml: "FAX_T38_Redundancy_{n}_",
      type: {
        kind: "enum",
        options: ["0", "1", "2", "3"]
      },
      default: "1",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "FAX_T38_V29_Only[n]",
      xml: "FAX_T38_V29_Only_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "FAX_Tone_Detect_Mode[n]",
      xml: "FAX_Tone_Detect_Mode_{n}_",
      type: {
        kind: "enum",
        options: ["caller or callee", "caller only", "callee only"]
      },
      default: "caller or callee",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Audio_Dump_Option1[n]",
      xml: "Audio_Dump_Option1_{n}_",
      type: {
        kind: "enum",
        options: ["nb_in", "nb_out", "full", "all_lines_full", "none"]
      },
      default: "none",
      access: "na",
      section: "Audio Configuration"
    },
    {
      name: "Audio_Dump_Option2[n]",
      xml: "Audio_Dump_Option2_{n}_",
      type: {
        kind: "enum",
        options: ["nb_in", "nb_out", "full", "all_lines_full", "none"]
      },
      default: "none",
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
      name: "Enable_IP_Dialing[n]",
      xml: "Enable_IP_Dialing_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
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
      name: "Idle_Polarity[n]",
      xml: "Idle_Polarity_{n}_",
      type: {
        kind: "enum",
        options: ["Forward", "Reverse"]
      },
      default: "Forward",
      access: "na",
      section: "FXS Port Polarity Configuration"
    },
    {
      name: "Caller_Conn_Polarity[n]",
      xml: "Caller_Conn_Polarity_{n}_",
      type: {
        kind: "enum",
        options: ["Forward", "Reverse"]
      },
      default: "Forward",
      access: "na",
      section: "FXS Port Polarity Configuration"
    },
    {
      name: "Callee_Conn_Polarity[n]",
      xml: "Callee_Conn_Polarity_{n}_",
      type: {
        kind: "enum",
        options: ["Forward", "Reverse"]
      },
      default: "Forward",
      access: "na",
      section: "FXS Port Polarity Configuration"
    },
    {
      name: "Cfwd_All_Dest[n]",
      xml: "Cfwd_All_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Call Forward Settings"
    },
    {
      name: "Cfwd_Busy_Dest[n]",
      xml: "Cfwd_Busy_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Call Forward Settings"
    },
    {
      name: "Cfwd_No_Ans_Dest[n]",
      xml: "Cfwd_No_Ans_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Call Forward Settings"
    },
    {
      name: "Cfwd_No_Ans_Delay[n]",
      xml: "Cfwd_No_Ans_Delay_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "20",
      access: "rw",
      section: "Call Forward Settings"
    },
    {
      name: "Cfwd_Sel1_Caller[n]",
      xml: "Cfwd_Sel1_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel1_Dest[n]",
      xml: "Cfwd_Sel1_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel2_Caller[n]",
      xml: "Cfwd_Sel2_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel2_Dest[n]",
      xml: "Cfwd_Sel2_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel3_Caller[n]",
      xml: "Cfwd_Sel3_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel3_Dest[n]",
      xml: "Cfwd_Sel3_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel4_Caller[n]",
      xml: "Cfwd_Sel4_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel4_Dest[n]",
      xml: "Cfwd_Sel4_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel5_Caller[n]",
      xml: "Cfwd_Sel5_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel5_Dest[n]",
      xml: "Cfwd_Sel5_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel6_Caller[n]",
      xml: "Cfwd_Sel6_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel6_Dest[n]",
      xml: "Cfwd_Sel6_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel7_Caller[n]",
      xml: "Cfwd_Sel7_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel7_Dest[n]",
      xml: "Cfwd_Sel7_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel8_Caller[n]",
      xml: "Cfwd_Sel8_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Sel8_Dest[n]",
      xml: "Cfwd_Sel8_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Last_Caller[n]",
      xml: "Cfwd_Last_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Cfwd_Last_Dest[n]",
      xml: "Cfwd_Last_Dest_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Block_Last_Caller[n]",
      xml: "Block_Last_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Accept_Last_Caller[n]",
      xml: "Accept_Last_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Selective Call Forward Settings"
    },
    {
      name: "Speed_Dial_2[n]",
      xml: "Speed_Dial_2_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_3[n]",
      xml: "Speed_Dial_3_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_4[n]",
      xml: "Speed_Dial_4_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_5[n]",
      xml: "Speed_Dial_5_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_6[n]",
      xml: "Speed_Dial_6_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_7[n]",
      xml: "Speed_Dial_7_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_8[n]",
      xml: "Speed_Dial_8_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "Speed_Dial_9[n]",
      xml: "Speed_Dial_9_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Speed Dial Settings"
    },
    {
      name: "CW_Setting[n]",
      xml: "CW_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "Block_CID_Setting[n]",
      xml: "Block_CID_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "Block_ANC_Setting[n]",
      xml: "Block_ANC_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "DND_Setting[n]",
      xml: "DND_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "CID_Setting[n]",
      xml: "CID_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "CWCID_Setting[n]",
      xml: "CWCID_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "Dist_Ring_Setting[n]",
      xml: "Dist_Ring_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "Secure_Call_Setting[n]",
      xml: "Secure_Call_Setting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Supplementary Service Settings"
    },
    {
      name: "Message_Waiting[n]",
      xml: "Message_Waiting_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "Supplementary Service Settings"
    },
    {
      name: "Accept_Media_Loopback_Request[n]",
      xml: "Accept_Media_Loopback_Request_{n}_",
      type: {
        kind: "enum",
        options: ["never", "automatic", "manual"]
      },
      default: "automatic",
      access: "na",
      section: "Supplementary Service Settings"
    },
    {
      name: "Media_Loopback_Mode[n]",
      xml: "Media_Loopback_Mode_{n}_",
      type: {
        kind: "enum",
        options: ["source", "mirror"]
      },
      default: "source",
      access: "na",
      section: "Supplementary Service Settings"
    },
    {
      name: "Media_Loopback_Type[n]",
      xml: "Media_Loopback_Type_{n}_",
      type: {
        kind: "enum",
        options: ["media", "packet"]
      },
      default: "media",
      access: "na",
      section: "Supplementary Service Settings"
    },
    {
      name: "Ring1_Caller[n]",
      xml: "Ring1_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring2_Caller[n]",
      xml: "Ring2_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring3_Caller[n]",
      xml: "Ring3_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring4_Caller[n]",
      xml: "Ring4_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring5_Caller[n]",
      xml: "Ring5_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring6_Caller[n]",
      xml: "Ring6_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring7_Caller[n]",
      xml: "Ring7_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring8_Caller[n]",
      xml: "Ring8_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "rw",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Ring9_Caller[n]",
      xml: "Ring9_Caller_{n}_",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Distinctive Ring Settings"
    },
    {
      name: "Default_Ring[n]",
      xml: "Default_Ring_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
      },
      default: "1",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "Default_CWT[n]",
      xml: "Default_CWT_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
      },
      default: "1",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "Hold_Reminder_Ring[n]",
      xml: "Hold_Reminder_Ring_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "none"]
      },
      default: "8",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "Call_Back_Ring[n]",
      xml: "Call_Back_Ring_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
      },
      default: "7",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "Cfwd_Ring_Splash_Len[n]",
      xml: "Cfwd_Ring_Splash_Len_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "Cblk_Ring_Splash_Len[n]",
      xml: "Cblk_Ring_Splash_Len_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "VMWI_Ring_Splash_Len[n]",
      xml: "VMWI_Ring_Splash_Len_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "rw",
      section: "Ring Settings"
    },
    {
      name: "VMWI_Ring_Policy[n]",
      xml: "VMWI_Ring_Policy_{n}_",
      type: {
        kind: "enum",
        options: ["New VM Available", "New VM Becomes Available", "New VM Arrives"]
      },
      default: "New VM Available",
      access: "na",
      section: "Ring Settings"
    },
    {
      name: "Ring_On_No_New_VM[n]",
      xml: "Ring_On_No_New_VM_{n}_",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Ring Settings"
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
      name: "Second_Dial_Tone",
      xml: "Second_Dial_Tone",
      type: {
        kind: "tone"
      },
      default: "420@-19,520@-19;10(*/0/1+2)",
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
      name: "Ring_Back_2_Tone",
      xml: "Ring_Back_2_Tone",
      type: {
        kind: "tone"
      },
      default: "440@-19,480@-19;*(1/1/1+2)",
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
      default: "600@-19;*(.1/.1/1,.1/.1/1,.1/9.5/1)",
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
      name: "Feature_Invocation_Tone",
      xml: "Feature_Invocation_Tone",
      type: {
        kind: "tone"
      },
      default: "350@-16;*(.1/.1/1)",
      access: "na",
      section: "Call Progress Tones",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Ring1_Cadence",
      xml: "Ring1_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(2/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring2_Cadence",
      xml: "Ring2_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(.8/.4,.8/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring3_Cadence",
      xml: "Ring3_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(.4/.2,.4/.2,.8/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring4_Cadence",
      xml: "Ring4_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(.3/.2,1/.2,.3/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring5_Cadence",
      xml: "Ring5_Cadence",
      type: {
        kind: "cadence"
      },
      default: "1(.5/.5)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring6_Cadence",
      xml: "Ring6_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(.2/.4,.2/.4,.2/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring7_Cadence",
      xml: "Ring7_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(.4/.2,.4/.2,.4/4)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring8_Cadence",
      xml: "Ring8_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(0.25/9.75)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring9_Cadence",
      xml: "Ring9_Cadence",
      type: {
        kind: "cadence"
      },
      default: "60(.4/.2,.4/2)",
      access: "na",
      section: "Distinctive Ring Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT1_Cadence",
      xml: "CWT1_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.3/9.7)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT2_Cadence",
      xml: "CWT2_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.1/.1, .1/9.7)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT3_Cadence",
      xml: "CWT3_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.1/.1, .1/.1, .1/9.7)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT4_Cadence",
      xml: "CWT4_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.1/.1,.3/.1,.1/9.3)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT5_Cadence",
      xml: "CWT5_Cadence",
      type: {
        kind: "cadence"
      },
      default: "1(.5/.5)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT6_Cadence",
      xml: "CWT6_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.1/.1,.3/.2,.3/9.1)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT7_Cadence",
      xml: "CWT7_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.3/.1,.3/.1,.1/9.1)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT8_Cadence",
      xml: "CWT8_Cadence",
      type: {
        kind: "cadence"
      },
      default: "2.3(.3/2)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "CWT9_Cadence",
      xml: "CWT9_Cadence",
      type: {
        kind: "cadence"
      },
      default: "30(.3/9.7)",
      access: "na",
      section: "Distinctive Call Waiting Tone Patterns",
      rangeNote: "CadScript: up to 127 characters"
    },
    {
      name: "Ring1_Name",
      xml: "Ring1_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r1",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring2_Name",
      xml: "Ring2_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r2",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring3_Name",
      xml: "Ring3_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r3",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring4_Name",
      xml: "Ring4_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r4",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring5_Name",
      xml: "Ring5_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r5",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring6_Name",
      xml: "Ring6_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r6",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring7_Name",
      xml: "Ring7_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r7",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring8_Name",
      xml: "Ring8_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r8",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring9_Name",
      xml: "Ring9_Name",
      type: {
        kind: "string"
      },
      default: "Bellcore-r9",
      access: "na",
      section: "Distinctive Ring/CWT Pattern Names"
    },
    {
      name: "Ring_Waveform",
      xml: "Ring_Waveform",
      type: {
        kind: "enum",
        options: ["Sinusoid", "Trapezoid"]
      },
      default: "Trapezoid",
      access: "na",
      section: "Ring and Call Waiting Tone Spec"
    },
    {
      name: "Ring_Frequency",
      xml: "Ring_Frequency",
      type: {
        kind: "int",
        min: 0
      },
      default: "20",
      access: "na",
      section: "Ring and Call Waiting Tone Spec"
    },
    {
      name: "Ring_Voltage",
      xml: "Ring_Voltage",
      type: {
        kind: "int",
        min: 0
      },
      default: "85",
      access: "na",
      section: "Ring and Call Waiting Tone Spec"
    },
    {
      name: "CWT_Frequency",
      xml: "CWT_Frequency",
      type: {
        kind: "string"
      },
      default: "440@-10",
      access: "na",
      section: "Ring and Call Waiting Tone Spec"
    },
    {
      name: "Hook_Flash_Timer_Min",
      xml: "Hook_Flash_Timer_Min",
      type: {
        kind: "decimal"
      },
      default: ".1",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Hook_Flash_Timer_Max",
      xml: "Hook_Flash_Timer_Max",
      type: {
        kind: "decimal"
      },
      default: ".9",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "Callee_On_Hook_Delay",
      xml: "Callee_On_Hook_Delay",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "na",
      section: "Control Timer Values (sec)"
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
      name: "VMWI_Refresh_Intvl",
      xml: "VMWI_Refresh_Intvl",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
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
      name: "CPC_Delay",
      xml: "CPC_Delay",
      type: {
        kind: "int",
        min: 0
      },
      default: "2",
      access: "na",
      section: "Control Timer Values (sec)"
    },
    {
      name: "CPC_Duration",
      xml: "CPC_Duration",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
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
      name: "Call_Redial_Code",
      xml: "Call_Redial_Code",
      type: {
        kind: "string"
      },
      default: "*07",
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
      name: "Call_Back_Busy_Act_Code",
      xml: "Call_Back_Busy_Act_Code",
      type: {
        kind: "string"
      },
      default: "*05",
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
      name: "Cfwd_Last_Act_Code",
      xml: "Cfwd_Last_Act_Code",
      type: {
        kind: "string"
      },
      default: "*63",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Cfwd_Last_Deact_Code",
      xml: "Cfwd_Last_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*83",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_Last_Act_Code",
      xml: "Block_Last_Act_Code",
      type: {
        kind: "string"
      },
      default: "*60",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Block_Last_Deact_Code",
      xml: "Block_Last_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*80",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Accept_Last_Act_Code",
      xml: "Accept_Last_Act_Code",
      type: {
        kind: "string"
      },
      default: "*64",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Accept_Last_Deact_Code",
      xml: "Accept_Last_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*84",
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
      name: "CID_Act_Code",
      xml: "CID_Act_Code",
      type: {
        kind: "string"
      },
      default: "*65",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CID_Deact_Code",
      xml: "CID_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*85",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CWCID_Act_Code",
      xml: "CWCID_Act_Code",
      type: {
        kind: "string"
      },
      default: "*25",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "CWCID_Deact_Code",
      xml: "CWCID_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*45",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Dist_Ring_Act_Code",
      xml: "Dist_Ring_Act_Code",
      type: {
        kind: "string"
      },
      default: "*26",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Dist_Ring_Deact_Code",
      xml: "Dist_Ring_Deact_Code",
      type: {
        kind: "string"
      },
      default: "*46",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Speed_Dial_Act_Code",
      xml: "Speed_Dial_Act_Code",
      type: {
        kind: "string"
      },
      default: "*74",
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
      name: "Conference_Act_Code",
      xml: "Conference_Act_Code",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Attn-Xfer_Act_Code",
      xml: "Attn-Xfer_Act_Code",
      type: {
        kind: "string"
      },
      default: "",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "Modem_Line_Toggle_Code",
      xml: "Modem_Line_Toggle_Code",
      type: {
        kind: "string"
      },
      default: "*99",
      access: "na",
      section: "Vertical Service Activation Codes"
    },
    {
      name: "FAX_Line_Toggle_Code",
      xml: "FAX_Line_Toggle_Code",
      type: {
        kind: "string"
      },
      default: "#99",
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
      name: "FXS_Port_Impedance",
      xml: "FXS_Port_Impedance",
      type: {
        kind: "enum",
        options: [
          "600",
          "900",
          "600+2.16uF",
          "900+2.16uF",
          "270+750||150nF",
          "220+820||120nF",
          "220+820||115nF",
          "200+600||100nF",
          "370+620||310nF"
        ]
      },
      default: "600",
      access: "na",
      section: "Miscellaneous",
      description: "Electrical impedance of the FXS port."
    },
    {
      name: "Daylight_Saving_Time_Rule",
      xml: "Daylight_Saving_Time_Rule",
      type: {
        kind: "dst-rule"
      },
      default: "start=4/1/7;end=10/-1/7;save=1",
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
      name: "FXS_Port_Input_Gain",
      xml: "FXS_Port_Input_Gain",
      type: {
        kind: "decimal",
        unit: "dB"
      },
      default: "-3",
      access: "na",
      section: "Miscellaneous",
      description: "Input gain of the FXS port in dB.",
      rangeNote: "no range is documented; only the form is checked"
    },
    {
      name: "FXS_Port_Output_Gain",
      xml: "FXS_Port_Output_Gain",
      type: {
        kind: "decimal",
        unit: "dB"
      },
      default: "-3",
      access: "na",
      section: "Miscellaneous",
      description: "Output gain of the FXS port in dB.",
      rangeNote: "no range is documented; only the form is checked"
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
      name: "Detect_ABCD",
      xml: "Detect_ABCD",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Miscellaneous",
      description: "Detect the DTMF digits A, B, C and D."
    },
    {
      name: "Playback_ABCD",
      xml: "Playback_ABCD",
      type: {
        kind: "bool"
      },
      default: "Yes",
      access: "na",
      section: "Miscellaneous",
      description: "Play back the DTMF digits A, B, C and D."
    },
    {
      name: "Caller_ID_Method",
      xml: "Caller_ID_Method",
      type: {
        kind: "enum",
        options: [
          "Bellcore(N.Amer,China)",
          "DTMF(Finland,Sweden)",
          "DTMF(Denmark)",
          "ETSI DTMF",
          "ETSI DTMF With PR",
          "ETSI DTMF After Ring",
          "ETSI FSK",
          "ETSI FSK With PR(UK)",
          "DTMF(Denmark) With PR"
        ]
      },
      default: "Bellcore(N.Amer,China)",
      access: "na",
      section: "Miscellaneous",
      description: "Caller ID signalling method of the FXS port."
    },
    {
      name: "Caller_ID_FSK_Standard",
      xml: "Caller_ID_FSK_Standard",
      type: {
        kind: "enum",
        options: ["bell 202", "v.23"]
      },
      default: "bell 202",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Feature_Invocation_Method",
      xml: "Feature_Invocation_Method",
      type: {
        kind: "enum",
        options: ["Default", "Sweden"]
      },
      default: "Default",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "More_Echo_Suppression",
      xml: "More_Echo_Suppression",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "Miscellaneous"
    },
    {
      name: "Enable_DMZ",
      xml: "Enable_DMZ",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "rw",
      section: "DMZ Settings"
    },
    {
      name: "DMZ_Host_IP_Address",
      xml: "DMZ_Host_IP_Address",
      type: {
        kind: "int",
        min: 0
      },
      default: "0",
      access: "rw",
      section: "DMZ Settings"
    },
    {
      name: "Multicast_Passthru",
      xml: "Multicast_Passthru",
      type: {
        kind: "enum",
        options: ["Disabled", "Inbound Only", "Outbound Only", "Inbound and Outbound"]
      },
      default: "Disabled",
      access: "rw",
      section: "Miscellaneous Settings"
    },
    {
      name: "Starting_Port",
      xml: "Starting_Port",
      type: {
        kind: "int",
        min: 0
      },
      default: "50000",
      access: "rw",
      section: "System Reserved Ports Range"
    },
    {
      name: "Num_of_Ports_Reserved",
      xml: "Num_of_Ports_Reserved",
      type: {
        kind: "enum",
        options: ["256", "512", "1024"]
      },
      default: "256",
      access: "rw",
      section: "System Reserved Ports Range"
    },
    {
      name: "Protect_IVR_FactoryReset",
      xml: "Protect_IVR_FactoryReset",
      type: {
        kind: "bool"
      },
      default: "No",
      access: "na",
      section: "System Reserved Ports Range",
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
      name: "Enable_WAN_Web_Server",
      xml: "Enable_WAN_Web_Server",
      type: {
        kind: "bool"
      },
      access: "na",
      description: "Serve the web interface on the WAN (Internet) port.",
      section: "Router"
    },
    {
      name: "WAN_Web_Server_Port",
      xml: "WAN_Web_Server_Port",
      type: {
        kind: "port"
      },
      access: "na",
      description: "Port of the web interface on the WAN port.",
      default: "80",
      section: "Router"
    },
    {
      name: "FXS_Port_Power_Limit",
      xml: "FXS_Port_Power_Limit",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      description: "FXS port power limit, 1 to 8.",
      default: "3",
      section: "FXS Port Polarity Configuration"
    },
    {
      name: "Gateway_1[n]",
      xml: "Gateway_1_{n}_",
      type: {
        kind: "host"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW1_NAT_Mapping_Enable[n]",
      xml: "GW1_NAT_Mapping_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      default: "No",
      section: "Gateway Accounts"
    },
    {
      name: "GW1_Auth_ID[n]",
      xml: "GW1_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW1_Password[n]",
      xml: "GW1_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts",
      secret: !0
    },
    {
      name: "Gateway_2[n]",
      xml: "Gateway_2_{n}_",
      type: {
        kind: "host"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW2_NAT_Mapping_Enable[n]",
      xml: "GW2_NAT_Mapping_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      default: "No",
      section: "Gateway Accounts"
    },
    {
      name: "GW2_Auth_ID[n]",
      xml: "GW2_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW2_Password[n]",
      xml: "GW2_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts",
      secret: !0
    },
    {
      name: "Gateway_3[n]",
      xml: "Gateway_3_{n}_",
      type: {
        kind: "host"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW3_NAT_Mapping_Enable[n]",
      xml: "GW3_NAT_Mapping_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      default: "No",
      section: "Gateway Accounts"
    },
    {
      name: "GW3_Auth_ID[n]",
      xml: "GW3_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW3_Password[n]",
      xml: "GW3_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts",
      secret: !0
    },
    {
      name: "Gateway_4[n]",
      xml: "Gateway_4_{n}_",
      type: {
        kind: "host"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW4_NAT_Mapping_Enable[n]",
      xml: "GW4_NAT_Mapping_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      default: "No",
      section: "Gateway Accounts"
    },
    {
      name: "GW4_Auth_ID[n]",
      xml: "GW4_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts"
    },
    {
      name: "GW4_Password[n]",
      xml: "GW4_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4)",
      section: "Gateway Accounts",
      secret: !0
    },
    {
      name: "Auto_PSTN_Fallback[n]",
      xml: "Auto_PSTN_Fallback_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4); Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Yes",
      section: "VoIP Fallback To PSTN"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_1[n]",
      xml: "Dial_Plan_1_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_2[n]",
      xml: "Dial_Plan_2_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_3[n]",
      xml: "Dial_Plan_3_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_4[n]",
      xml: "Dial_Plan_4_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_5[n]",
      xml: "Dial_Plan_5_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_6[n]",
      xml: "Dial_Plan_6_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_7[n]",
      xml: "Dial_Plan_7_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "Dial Plans",
      models: ["SPA3102", "SPA232D"],
      name: "Dial_Plan_8[n]",
      xml: "Dial_Plan_8_{n}_",
      type: {
        kind: "dial-plan"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA232D"],
      name: "PSTN_Line_Enable[n]",
      xml: "PSTN_Line_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP-To-PSTN_Gateway_Enable[n]",
      xml: "VoIP-To-PSTN_Gateway_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_Auth_Method[n]",
      xml: "VoIP_Caller_Auth_Method_{n}_",
      type: {
        kind: "enum",
        options: ["none", "PIN", "HTTP Digest"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "none"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_PIN_Max_Retry[n]",
      xml: "VoIP_PIN_Max_Retry_{n}_",
      type: {
        kind: "int",
        min: 1
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "3"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "One_Stage_Dialing[n]",
      xml: "One_Stage_Dialing_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Line_1_VoIP_Caller_DP[n]",
      xml: "Line_1_VoIP_Caller_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_Default_DP[n]",
      xml: "VoIP_Caller_Default_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Line_1_Fallback_DP[n]",
      xml: "Line_1_Fallback_DP_{n}_",
      type: {
        kind: "enum",
        options: ["none", "1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "none"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_ID_Pattern[n]",
      xml: "VoIP_Caller_ID_Pattern_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Access_List[n]",
      xml: "VoIP_Access_List_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_1_PIN[n]",
      xml: "VoIP_Caller_1_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_1_DP[n]",
      xml: "VoIP_Caller_1_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_1_Auth_ID[n]",
      xml: "VoIP_User_1_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_1_Password[n]",
      xml: "VoIP_User_1_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_1_DP[n]",
      xml: "VoIP_User_1_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_1_PIN[n]",
      xml: "PSTN_Caller_1_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_1_DP[n]",
      xml: "PSTN_Caller_1_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_2_PIN[n]",
      xml: "VoIP_Caller_2_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_2_DP[n]",
      xml: "VoIP_Caller_2_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_2_Auth_ID[n]",
      xml: "VoIP_User_2_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_2_Password[n]",
      xml: "VoIP_User_2_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_2_DP[n]",
      xml: "VoIP_User_2_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_2_PIN[n]",
      xml: "PSTN_Caller_2_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_2_DP[n]",
      xml: "PSTN_Caller_2_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_3_PIN[n]",
      xml: "VoIP_Caller_3_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_3_DP[n]",
      xml: "VoIP_Caller_3_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_3_Auth_ID[n]",
      xml: "VoIP_User_3_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_3_Password[n]",
      xml: "VoIP_User_3_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_3_DP[n]",
      xml: "VoIP_User_3_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_3_PIN[n]",
      xml: "PSTN_Caller_3_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_3_DP[n]",
      xml: "PSTN_Caller_3_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_4_PIN[n]",
      xml: "VoIP_Caller_4_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_4_DP[n]",
      xml: "VoIP_Caller_4_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_4_Auth_ID[n]",
      xml: "VoIP_User_4_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_4_Password[n]",
      xml: "VoIP_User_4_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_4_DP[n]",
      xml: "VoIP_User_4_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_4_PIN[n]",
      xml: "PSTN_Caller_4_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_4_DP[n]",
      xml: "PSTN_Caller_4_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_5_PIN[n]",
      xml: "VoIP_Caller_5_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_5_DP[n]",
      xml: "VoIP_Caller_5_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_5_Auth_ID[n]",
      xml: "VoIP_User_5_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_5_Password[n]",
      xml: "VoIP_User_5_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_5_DP[n]",
      xml: "VoIP_User_5_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_5_PIN[n]",
      xml: "PSTN_Caller_5_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_5_DP[n]",
      xml: "PSTN_Caller_5_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_6_PIN[n]",
      xml: "VoIP_Caller_6_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_6_DP[n]",
      xml: "VoIP_Caller_6_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_6_Auth_ID[n]",
      xml: "VoIP_User_6_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_6_Password[n]",
      xml: "VoIP_User_6_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_6_DP[n]",
      xml: "VoIP_User_6_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_6_PIN[n]",
      xml: "PSTN_Caller_6_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_6_DP[n]",
      xml: "PSTN_Caller_6_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_7_PIN[n]",
      xml: "VoIP_Caller_7_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_7_DP[n]",
      xml: "VoIP_Caller_7_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_7_Auth_ID[n]",
      xml: "VoIP_User_7_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_7_Password[n]",
      xml: "VoIP_User_7_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_7_DP[n]",
      xml: "VoIP_User_7_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_7_PIN[n]",
      xml: "PSTN_Caller_7_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_7_DP[n]",
      xml: "PSTN_Caller_7_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_8_PIN[n]",
      xml: "VoIP_Caller_8_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Caller_8_DP[n]",
      xml: "VoIP_Caller_8_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_8_Auth_ID[n]",
      xml: "VoIP_User_8_Auth_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_8_Password[n]",
      xml: "VoIP_User_8_Password_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_User_8_DP[n]",
      xml: "VoIP_User_8_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_8_PIN[n]",
      xml: "PSTN_Caller_8_PIN_{n}_",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      secret: !0
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_8_DP[n]",
      xml: "PSTN_Caller_8_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN-To-VoIP_Gateway_Enable[n]",
      xml: "PSTN-To-VoIP_Gateway_Enable_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_Auth_Method[n]",
      xml: "PSTN_Caller_Auth_Method_{n}_",
      type: {
        kind: "enum",
        options: ["none", "PIN"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "none"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Ring_Thru_Line_1[n]",
      xml: "PSTN_Ring_Thru_Line_1_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "a public SPA3102 provisioning script",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Ring_Thru_1[n]",
      xml: "PSTN_Ring_Thru_1_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_PIN_Max_Retry[n]",
      xml: "PSTN_PIN_Max_Retry_{n}_",
      type: {
        kind: "int",
        min: 1
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "3"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_CID_For_VoIP_CID[n]",
      xml: "PSTN_CID_For_VoIP_CID_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "No"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_CID_Number_Prefix[n]",
      xml: "PSTN_CID_Number_Prefix_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_CID_Name_Prefix[n]",
      xml: "PSTN_CID_Name_Prefix_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_Default_DP[n]",
      xml: "PSTN_Caller_Default_DP_{n}_",
      type: {
        kind: "enum",
        options: ["1", "2", "3", "4", "5", "6", "7", "8"]
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Line_1_Signal_Hook_Flash_To_PSTN[n]",
      xml: "Line_1_Signal_Hook_Flash_To_PSTN_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Disabled"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Caller_ID_Pattern[n]",
      xml: "PSTN_Caller_ID_Pattern_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Access_List[n]",
      xml: "PSTN_Access_List_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Answer_Delay[n]",
      xml: "VoIP_Answer_Delay_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "0"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_PIN_Digit_Timeout[n]",
      xml: "VoIP_PIN_Digit_Timeout_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "10"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Answer_Delay[n]",
      xml: "PSTN_Answer_Delay_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "16"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_PIN_Digit_Timeout[n]",
      xml: "PSTN_PIN_Digit_Timeout_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "10"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Ring_Thru_Delay[n]",
      xml: "PSTN_Ring_Thru_Delay_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "SPA100PG (the SPA232D PSTN line, index 3) and a public SPA3102 provisioning script (the PSTN line, index 2)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Ring_Thru_CWT_Delay[n]",
      xml: "PSTN_Ring_Thru_CWT_Delay_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "3"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN-To-VoIP_Call_Max_Dur[n]",
      xml: "PSTN-To-VoIP_Call_Max_Dur_{n}_",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "0"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP-To-PSTN_Call_Max_Dur[n]",
      xml: "VoIP-To-PSTN_Call_Max_Dur_{n}_",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "0"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_DLG_Refresh_Intvl[n]",
      xml: "VoIP_DLG_Refresh_Intvl_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "0"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Ring_Timeout[n]",
      xml: "PSTN_Ring_Timeout_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "5"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Dialing_Delay[n]",
      xml: "PSTN_Dialing_Delay_{n}_",
      type: {
        kind: "int",
        min: 0,
        max: 255,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Dial_Digit_Len[n]",
      xml: "PSTN_Dial_Digit_Len_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: ".1/.1"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Hook_Flash_Len[n]",
      xml: "PSTN_Hook_Flash_Len_{n}_",
      type: {
        kind: "decimal",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: ".25"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Detect_CPC[n]",
      xml: "Detect_CPC_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Detect_Polarity_Reversal[n]",
      xml: "Detect_Polarity_Reversal_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Detect_PSTN_Long_Silence[n]",
      xml: "Detect_PSTN_Long_Silence_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "No"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Detect_VoIP_Long_Silence[n]",
      xml: "Detect_VoIP_Long_Silence_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "No"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Long_Silence_Duration[n]",
      xml: "PSTN_Long_Silence_Duration_{n}_",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "30"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_Long_Silence_Duration[n]",
      xml: "VoIP_Long_Silence_Duration_{n}_",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "30"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_Silence_Threshold[n]",
      xml: "PSTN_Silence_Threshold_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "medium"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Min_CPC_Duration[n]",
      xml: "Min_CPC_Duration_{n}_",
      type: {
        kind: "decimal",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "0.2"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Detect_Disconnect_Tone[n]",
      xml: "Detect_Disconnect_Tone_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "Yes"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Disconnect_Tone[n]",
      xml: "Disconnect_Tone_{n}_",
      type: {
        kind: "tone"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "480@-30,620@-30;4(.25/.25/1+2)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "FXO_Country_Setting[n]",
      xml: "FXO_Country_Setting_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "USA"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Tip_Ring_Voltage_Adjust[n]",
      xml: "Tip_Ring_Voltage_Adjust_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "3.5V"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ring_Frequency_Min[n]",
      xml: "Ring_Frequency_Min_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "10"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ring_Frequency_Max[n]",
      xml: "Ring_Frequency_Max_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "100"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "SPA_To_PSTN_Gain[n]",
      xml: "SPA_To_PSTN_Gain_{n}_",
      type: {
        kind: "int",
        min: -15,
        max: 12,
        unit: "dB"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "0"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_To_SPA_Gain[n]",
      xml: "PSTN_To_SPA_Gain_{n}_",
      type: {
        kind: "int",
        min: -15,
        max: 12,
        unit: "dB"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "0"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ring_Validation_Time[n]",
      xml: "Ring_Validation_Time_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ring_Indication_Delay[n]",
      xml: "Ring_Indication_Delay_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ring_Timeout[n]",
      xml: "Ring_Timeout_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ring_Threshold[n]",
      xml: "Ring_Threshold_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Line-In-Use_Voltage[n]",
      xml: "Line-In-Use_Voltage_{n}_",
      type: {
        kind: "int",
        min: 0
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "30"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Ringer_Impedance[n]",
      xml: "Ringer_Impedance_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "a public SPA3102 provisioning script"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "Off_Hook_While_Calling_VoIP[n]",
      xml: "Off_Hook_While_Calling_VoIP_{n}_",
      type: {
        kind: "bool"
      },
      access: "na",
      source: "a public SPA3102 provisioning script"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "FXO_Port_Impedance[n]",
      xml: "FXO_Port_Impedance_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "a public SPA3102 provisioning script"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "VoIP_PIN_Tone",
      xml: "VoIP_PIN_Tone",
      type: {
        kind: "tone"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4); Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      section: "PSTN Line",
      models: ["SPA3102", "SPA232D"],
      name: "PSTN_PIN_Tone",
      xml: "PSTN_PIN_Tone",
      type: {
        kind: "tone"
      },
      access: "na",
      source: "the SPA3102 5.1.10(GW) SPC sample profile (domain.md 1.4); Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      rangeNote: "ToneScript: up to 127 characters"
    },
    {
      name: "Resync_At_(HHmm)",
      xml: "Resync_At__HHmm_",
      type: {
        kind: "hhmm"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      section: "Configuration Profile",
      models: ["SPA112", "SPA122", "SPA232D"],
      description: "Time of day (24-hour HHmm) for a daily resync; overrides Resync_Periodic."
    },
    {
      name: "Resync_At_Random_Delay",
      xml: "Resync_At_Random_Delay",
      type: {
        kind: "int",
        min: 0,
        unit: "seconds"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      default: "600",
      section: "Configuration Profile",
      models: ["SPA112", "SPA122", "SPA232D"],
      description: "Random window after Resync_At for the daily resync.",
      rangeNote: "no range is documented; only the form is checked"
    },
    {
      name: "Mailbox_ID[n]",
      xml: "Mailbox_ID_{n}_",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG)",
      section: "Call Feature Settings",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Bonjour_Enable",
      xml: "Bonjour_Enable",
      type: {
        kind: "enum",
        options: ["0", "1"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      section: "Router",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Reset_Button_Enable",
      xml: "Reset_Button_Enable",
      type: {
        kind: "enum",
        options: ["0", "1"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      section: "Router",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Router_Mode",
      xml: "Router_Mode",
      type: {
        kind: "enum",
        options: ["0", "1"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      section: "Router",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Monitor_WAN_Port_Only",
      xml: "Monitor_WAN_Port_Only",
      type: {
        kind: "enum",
        options: ["0", "1"]
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      section: "Router",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Web_Login_Admin_Name",
      xml: "Web_Login_Admin_Name",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      default: "admin",
      section: "Router",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Web_Login_Admin_Password",
      xml: "Web_Login_Admin_Password",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      section: "Router",
      secret: !0,
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Web_Login_Guest_Name",
      xml: "Web_Login_Guest_Name",
      type: {
        kind: "string"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      default: "cisco",
      section: "Router",
      models: ["SPA112", "SPA122", "SPA232D"]
    },
    {
      name: "Web_Login_Guest_Password",
      xml: "Web_Login_Guest_Password",
      type: {
        kind: "password"
      },
      access: "na",
      source: "Cisco SPA100 series provisioning guide, XML parameter reference (SPA100PG) ch.7 (router settings); FusionPBX SPA112/SPA122 templates",
      section: "Router",
      secret: !0,
      models: ["SPA112", "SPA122", "SPA232D"]
    }
  ]
};
export {
  ata_curated_default as default
};
