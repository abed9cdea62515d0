import { closest } from '../../text/distance.js';
import { listOf, problem } from './shared.js';
export const checkEnum = (value, spec) => {
    if (spec.options.includes(value))
        return undefined;
    const same = spec.options.find((o) => o.toLowerCase() === value.toLowerCase());
    const near = same ?? closest(value, spec.options);
    const hint = near === undefined ? '' : `; did you mean '${near}'?`;
    const found = problem(`expected ${listOf(spec.options)}${hint}`);
    return near === undefined ? found : { ...found, suggestion: near };
};
