/**
 * Pooling small cells (shared/insights/privacy-pool.ts): cells under the minimum go to one
 * "other" row per group, a pool still too small takes the smallest shown cells, a pooled set pools
 * to itself (a rerun of the phase changes nothing), and groups are pooled apart.
 */
import assert from 'node:assert/strict';
import { OTHER, type PoolRule, poolSmallCells } from '../../../shared/insights/privacy-pool.js';

interface Row {
  department: string;
  site: string;
  kind: string;
  day: string;
  people: number;
  active: number;
}
const rule: PoolRule<Row> = {
  groupOf: (r) => r.day,
  size: (r) => r.people,
  merge: (a, b) => ({ ...a, people: a.people + b.people, active: a.active + b.active }),
};
const row = (department: string, people: number, active: number, day = 'd1'): Row => ({
  department,
  site: 'Lyon',
  kind: 'member',
  day,
  people,
  active,
});
const names = (rows: Row[]) => rows.map((r) => `${r.department}:${r.people}:${r.active}`).sort();

describe('Insights privacy pool', () => {
  it('moves cells under the minimum into one "other" row', () => {
    const pooled = poolSmallCells([row('A', 9, 4), row('B', 3, 1), row('C', 2, 2), row('D', 6, 0)], 5, rule);
    assert.deepEqual(names(pooled), ['A:9:4', 'D:6:0', `${OTHER}:5:3`]);
    const other = pooled.find((r) => r.department === OTHER)!;
    assert.deepEqual([other.site, other.kind], [OTHER, OTHER]);
  });

  it('lets a pool too small take the smallest shown cells until it is not', () => {
    const pooled = poolSmallCells([row('A', 9, 4), row('B', 3, 1), row('D', 6, 0), row('E', 6, 5)], 5, rule);
    // B (3) takes D (6, before E by name): the total minus A and E is 9 people, not 3
    assert.deepEqual(names(pooled), ['A:9:4', 'E:6:5', `${OTHER}:9:1`]);
  });

  it('leaves everything in "other" when even all together are too few, and nothing to pool alone', () => {
    assert.deepEqual(names(poolSmallCells([row('A', 2, 1), row('B', 1, 0)], 5, rule)), [`${OTHER}:3:1`]);
    assert.deepEqual(names(poolSmallCells([row('A', 5, 1), row('B', 7, 0)], 5, rule)), ['A:5:1', 'B:7:0']);
  });

  it('pools a pooled set to itself, and each group apart', () => {
    const rows = [row('A', 9, 4), row('B', 3, 1), row('D', 6, 0), row('B', 5, 2, 'd2'), row('C', 1, 1, 'd2')];
    const once = poolSmallCells(rows, 5, rule);
    assert.deepEqual(names(poolSmallCells(once, 5, rule)), names(once));
    assert.deepEqual(names(once.filter((r) => r.day === 'd2')), [`${OTHER}:6:3`]);
  });
});
