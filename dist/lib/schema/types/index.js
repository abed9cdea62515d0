import { checkBool } from './bool.js';
import { checkDstRule } from './dst-rule.js';
import { checkEnum } from './enum.js';
import { checkHost, checkIpv4, checkPhone, checkUrl } from './network.js';
import { checkDecimal, checkInt, checkPort } from './numbers.js';
import { checkCadence, checkTone } from './scripts.js';
import { checkDialPlan, checkPassword, checkString } from './text.js';
import { checkHhmm, checkSchedule, checkTimezone } from './time.js';
const rules = {
    bool: checkBool,
    enum: checkEnum,
    int: checkInt,
    decimal: checkDecimal,
    timezone: checkTimezone,
    hhmm: checkHhmm,
    ipv4: checkIpv4,
    port: checkPort,
    host: checkHost,
    url: checkUrl,
    phone: checkPhone,
    'dst-rule': checkDstRule,
    schedule: checkSchedule,
    tone: checkTone,
    cadence: checkCadence,
    'dial-plan': checkDialPlan,
    string: checkString,
    password: checkPassword,
    // The rule languages are the rules stage's: it passes its check in as ValueCheckers.rule.
    rule: () => undefined,
};
export function checkValue(value, type, checkers = {}) {
    if (type.kind === 'rule' && checkers.rule)
        return checkers.rule(value, type);
    const rule = rules[type.kind];
    return rule(value, type);
}
export const typeKinds = Object.keys(rules);
