import { problem } from './shared.js';
const DURATION = /^(?:\*|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
const MAX_SCRIPT = 127;
/** `D(on/off[/f1+f2...],...)` segments separated by `;`; `frequencies` is 0 for a cadence (no tones).
 * Tone 0 is silence (the SIT tones end with `0/4/0`). */
function segmentsProblem(text, offset, frequencies) {
    let at = offset;
    for (const segment of text.split(';')) {
        const m = /^([^()]*)\(([^()]*)\)$/.exec(segment);
        const bad = !m || !DURATION.test(m[1] ?? '') || (m[2] ?? '').split(',').some((s) => !sectionOk(s, frequencies));
        if (bad)
            return problem(`expected segments such as ${frequencies > 0 ? '10(*/0/1+2)' : '60(.2/.2,1/4)'}`, at, segment.length);
        at += segment.length + 1;
    }
    return undefined;
}
function sectionOk(section, frequencies) {
    // Real defaults put spaces after the commas (ATA: '30(.1/.1, .1/9.7)').
    const [on = '', off = '', tones, ...rest] = section.split('/').map((s) => s.trim());
    if (rest.length > 0 || !DURATION.test(on) || !DURATION.test(off))
        return false;
    if (frequencies === 0)
        return tones === undefined;
    return tones !== undefined && tones.split('+').every((t) => /^[0-6]$/.test(t) && Number(t) <= frequencies);
}
export const checkCadence = (value) => {
    if (value.length > MAX_SCRIPT)
        return problem(`a cadence script holds at most ${MAX_SCRIPT} characters`);
    return segmentsProblem(value, 0, 0);
};
export const checkTone = (value) => {
    if (value.length > MAX_SCRIPT)
        return problem(`a tone script holds at most ${MAX_SCRIPT} characters`);
    const semi = value.indexOf(';');
    const freqs = semi < 0 ? value : value.slice(0, semi);
    const list = freqs.split(',');
    // `400*33@-19` (400 Hz modulated by 33 Hz) is how South African tone plans write their tones, and
    // integrators put it in profiles; ToneScript as documented has no modulation.
    if (list.length > 6 || !list.every((f) => /^[0-9]+(?:\*[0-9]+)?@-?[0-9]+(?:\.[0-9]+)?$/.test(f))) {
        return problem('expected up to 6 frequencies such as 350@-19,440@-19 before the first ;', 0, freqs.length);
    }
    if (semi < 0)
        return problem('expected the cadence after the frequencies, such as ;10(*/0/1+2)', value.length, 0);
    const found = segmentsProblem(value.slice(semi + 1), semi + 1, list.length);
    const modulated = freqs.indexOf('*');
    if (found || modulated < 0)
        return found;
    const undocumented = problem("'*' modulates a frequency, which ToneScript as documented does not: the phone may not play it", modulated, 1);
    return { ...undocumented, undocumented: true };
};
