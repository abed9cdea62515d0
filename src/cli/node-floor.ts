// CLI: the oldest Node.js spac runs on, and the check of a version against it.
// Input: a version string ("22.12.0"). Output: whether it is older than the floor.
// 22.12: require() of ES modules without a flag (require('spac')) and the compile cache.
export const NODE_FLOOR = '22.12.0';

export const tooOld = (version: string): boolean => {
  const have = version.split('.').map(Number);
  const need = NODE_FLOOR.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (Number.isNaN(a)) return true;
    if (a !== b) return a < b;
  }
  return false;
};
