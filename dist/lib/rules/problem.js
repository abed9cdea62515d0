export const ruleProblem = (code, span, message, fix) => ({ code, span, message, ...(fix ? { fix } : {}) });
export const at = (start, length = 1) => ({ start, end: start + length });
