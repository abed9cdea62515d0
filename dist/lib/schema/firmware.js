const VERSION = /^(\d{1,4}(?:\.\d{1,4}){0,3})([a-z]{0,3}|\([a-z0-9]{1,8}\))$/i;
export function parseVersion(text) {
    const match = VERSION.exec(text.trim());
    if (!match)
        return undefined;
    const [, numbers = '', suffix = ''] = match;
    return { parts: numbers.split('.').map(Number), suffix: suffix.toLowerCase(), text: text.trim() };
}
/** Missing parts count as 0 (7.5 is 7.5.0); a letter suffix comes after the plain version (7.6.2a is
 * after 7.6.2), as Cisco numbers its maintenance builds. */
export function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.parts.length, b.parts.length); i++) {
        const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0;
}
export function parseRange(text) {
    const words = text.trim().split(/\s+/);
    if (words.length === 0 || words.length > 2)
        return undefined;
    const bounds = [];
    for (const word of words) {
        const op = word.startsWith('>=') ? '>=' : word.startsWith('<') ? '<' : undefined;
        const version = op === undefined ? undefined : parseVersion(word.slice(op.length));
        if (!op || !version)
            return undefined;
        bounds.push({ op, version });
    }
    return bounds;
}
export const rangeProblem = (text) => parseRange(text) === undefined
    ? `'${text}' is not a firmware range: write '>=7.5', '<5.2.5' or '>=5.2 <5.3'`
    : undefined;
/** Whether `version` lies in the range; a range that does not parse (the meta-check refuses those)
 * limits nothing. */
export function inRange(version, range) {
    const bounds = parseRange(range);
    if (!bounds)
        return true;
    return bounds.every((b) => b.op === '>=' ? compareVersions(version, b.version) >= 0 : compareVersions(version, b.version) < 0);
}
export function parseTarget(text) {
    const at = text.indexOf('@');
    if (at < 0)
        return { model: text };
    const model = text.slice(0, at);
    const written = text.slice(at + 1);
    const firmware = parseVersion(written);
    return firmware ? { model, firmware } : { model, badFirmware: written };
}
/** A model's line count on `firmware` (its own count when none is given or no range holds it). */
export function linesOnFirmware(model, firmware) {
    const special = firmware && model.firmwareLines?.find((f) => inRange(firmware, f.firmware));
    return special ? special.lines : model.lines;
}
/** `SPA504G@7.5.5` -> `SPA504G`: what macros ($PN) and the manifest call the model. */
export const modelName = (target) => (target === undefined ? target : parseTarget(target).model);
