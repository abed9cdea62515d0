import { problem } from './shared.js';
// prettier-ignore
/** The Time_Zone options as the phones list them (seed provisioning chapter; SPA5xx/SPA9xx samples). */
export const TIME_ZONES = [
    'GMT-12:00', 'GMT-11:00', 'GMT-10:00', 'GMT-09:00', 'GMT-08:00', 'GMT-07:00', 'GMT-06:00', 'GMT-05:00',
    'GMT-04:00', 'GMT-03:30', 'GMT-03:00', 'GMT-02:00', 'GMT-01:00', 'GMT', 'GMT+01:00', 'GMT+02:00',
    'GMT+03:00', 'GMT+03:30', 'GMT+04:00', 'GMT+05:00', 'GMT+05:30', 'GMT+05:45', 'GMT+06:00', 'GMT+06:30',
    'GMT+07:00', 'GMT+08:00', 'GMT+09:00', 'GMT+09:30', 'GMT+10:00', 'GMT+11:00', 'GMT+12:00', 'GMT+13:00',
];
/** `GMT-5`, `gmt-05`, `UTC+5:30` -> the phone's spelling, when that zone exists. */
function canonicalZone(value) {
    const m = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(value.trim());
    if (!m)
        return /^(?:GMT|UTC)$/i.test(value.trim()) ? 'GMT' : undefined;
    const zone = `GMT${m[1] ?? ''}${(m[2] ?? '').padStart(2, '0')}:${m[3] ?? '00'}`;
    return TIME_ZONES.includes(zone) ? zone : undefined;
}
export const checkTimezone = (value) => {
    if (TIME_ZONES.includes(value))
        return undefined;
    const near = canonicalZone(value);
    const found = problem(`expected a time zone from 'GMT-12:00' to 'GMT+13:00' as the phone lists it${near ? `; did you mean '${near}'?` : ''}`);
    return near === undefined ? found : { ...found, suggestion: near };
};
export const checkHhmm = (value) => /^(?:[01][0-9]|2[0-3])[0-5][0-9]$/.test(value)
    ? undefined
    : problem('expected a 24-hour time as HHmm, such as 0230');
/** `1800,3600,7200` (the last delay repeats) and `3600+600` (a random part), per item. */
export const checkSchedule = (value) => {
    let at = 0;
    for (const item of value.split(',')) {
        if (!/^\s*[0-9]+(?:\s*\+\s*[0-9]+)?\s*$/.test(item)) {
            return problem("expected delays in seconds separated by ',', each with an optional '+random' part, such as 1800,3600+600", at, item.length);
        }
        at += item.length + 1;
    }
    return undefined;
};
