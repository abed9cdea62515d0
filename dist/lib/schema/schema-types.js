// Schema stage: the typed, versioned schema format (data, read by one generic checker).
// Input: none (types only). Output: the shapes of schema files, parameters, models and value types.
export const SCHEMA_VERSION = 1;
