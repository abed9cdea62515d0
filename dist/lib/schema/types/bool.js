import { problem } from './shared.js';
const TRUE = new Set(['Yes', 'yes', 'Enable', 'enable', '1']);
const FALSE = new Set(['No', 'no', 'Disable', 'disable', '0']);
export const canonicalBool = (value) => TRUE.has(value) ? 'Yes' : FALSE.has(value) ? 'No' : undefined;
/** `YES`, `True`, `off`: the Yes/No they were meant as, offered as a fix. */
const meant = (value) => {
    const v = value.trim().toLowerCase();
    if (['yes', 'y', 'true', 'on', 'enable', 'enabled', '1'].includes(v))
        return 'Yes';
    return ['no', 'n', 'false', 'off', 'disable', 'disabled', '0'].includes(v) ? 'No' : undefined;
};
export const checkBool = (value) => {
    if (canonicalBool(value) !== undefined)
        return undefined;
    const near = meant(value);
    const found = problem(`expected 'Yes' or 'No'${near ? `; did you mean '${near}'?` : ''}`);
    return near === undefined ? found : { ...found, suggestion: near };
};
