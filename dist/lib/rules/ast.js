// Rules stage (syntax tree): the parsed form of profile, upgrade and report rules and of conditions.
// Every part keeps its offsets inside the value, so diagnostics point at the exact characters.
export const conditionOf = (alt) => alt.groups.find((g) => g.kind === 'condition')?.condition;
export const assignmentsOf = (alt) => alt.groups.flatMap((g) => g.assignments ?? []);
export const optionOf = (alt, name) => alt.options?.list.find((o) => o.name === name);
