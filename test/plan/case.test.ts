/**
 * Names are case-sensitive: `Leaders` and `leaders` are two audiences. Matching them
 * case-insensitively would update an audience for one file and, with prune on, delete the
 * same audience for not being declared: two writes to one audience in one plan.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model.js';
import { buildPlan } from '../../src/plan/index.js';
import { desired, options, remote } from './factories.js';

function summary(changes: Change[]): string[] {
  return changes.map((c) => `${c.kind} ${c.name}${c.id === undefined ? '' : ` ${c.id}`}`);
}

/** Remote ids that more than one change writes. */
function writtenTwice(changes: Change[]): string[] {
  const ids = changes.flatMap((c) => (c.id === undefined ? [] : [c.id]));
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('names that differ only in case', () => {
  it('with prune on, a file named Leaders creates it and deletes the remote leaders', () => {
    const plan = buildPlan(
      [desired('Leaders', { residence: 'Hamburg' })],
      [remote('leaders', {}, { id: 'r1' })],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual(['create Leaders', 'delete leaders r1']);
    expect(writtenTwice(plan.changes)).toEqual([]);
  });

  it('without prune, the remote leaders is left alone and Leaders is created', () => {
    const plan = buildPlan([desired('Leaders')], [remote('leaders', {}, { id: 'r1' })], options());
    expect(summary(plan.changes)).toEqual(['create Leaders']);
  });

  it('a previous name matches only its exact spelling', () => {
    const plan = buildPlan(
      [desired('Leaders', {}, { previousNames: ['Old leaders'] })],
      [remote('old leaders', {}, { id: 'r1' })],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual(['create Leaders', 'delete old leaders r1']);
    expect(writtenTwice(plan.changes)).toEqual([]);
  });
});
