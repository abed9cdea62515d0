// A build in parts: every device is built by exactly one part, whatever order the parts ask in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_BLOCK, claimer, claimTable } from '../src/fleet/claims.js';

describe('claims', () => {
  it('gives each place to exactly one part, a block of places at a time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.nat(), { maxLength: 2000 }),
        (of, devices, turns) => {
          const table = claimTable();
          const parts = Array.from({ length: of }, (_, part) => ({
            mine: claimer(table, part, of),
            next: 0,
          }));
          const owner = new Map<number, number>();
          // The parts take turns in an arbitrary order, each asking about its next place.
          const ask = (p: number) => {
            const part = parts[p];
            if (!part || part.next >= devices) return;
            if (part.mine(part.next)) {
              expect(owner.has(part.next)).toBe(false);
              owner.set(part.next, p);
            }
            part.next++;
          };
          for (const turn of turns) ask(turn % of);
          for (let p = 0; p < of; p++) while ((parts[p]?.next ?? devices) < devices) ask(p);
          expect(owner.size).toBe(devices);
          for (const [place, part] of owner) expect(owner.get(place - (place % CLAIM_BLOCK))).toBe(part);
        },
      ),
    );
  });
});
