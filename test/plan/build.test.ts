import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model.js';
import { fingerprintPlan } from '../../src/plan/fingerprint.js';
import { buildPlan } from '../../src/plan/index.js';
import { absent, baseProfile, desired, options, remote, shuffled } from './factories.js';

/** The kind, name and id of each change: the shape most assertions are about. */
function summary(changes: Change[]): string[] {
  return changes.map((c) => `${c.kind} ${c.name}${c.id === undefined ? '' : ` ${c.id}`}`);
}

describe('create', () => {
  it('creates a desired audience that has no remote match, with every declared field', () => {
    const plan = buildPlan(
      [desired('Leaders', {}, { omit: ['country', 'shared'] })],
      [],
      options(),
    );

    expect(plan.changes).toHaveLength(1);
    const change = plan.changes[0];
    expect(change?.kind).toBe('create');
    expect(change?.id).toBeUndefined();
    expect(change?.fieldChanges.map((fc) => fc.field)).toEqual([
      'name',
      'residence',
      'nativeLanguage',
      'minAge',
      'maxAge',
      'genderDistribution',
      'interests',
      'needs',
      'painPoints',
    ]);
    expect(change?.fieldChanges.every((fc) => fc.before === undefined)).toBe(true);
    expect(change?.source).toEqual({ file: 'audiences/Leaders.yml', line: 1, column: 1 });
    expect(plan.counts).toEqual({
      creates: 1,
      updates: 0,
      renames: 0,
      deletes: 0,
      blocked: 0,
      conflicts: 0,
      noops: 0,
    });
  });

  it('sends the declared fields with strings trimmed, and nothing undeclared', () => {
    const plan = buildPlan(
      [
        desired(
          'Leaders',
          { residence: ' Berlin ', interests: [' AI ', 'SEO'] },
          { omit: ['country'] },
        ),
      ],
      [],
      options(),
    );
    const { country: _, ...expected } = baseProfile();

    expect(plan.changes[0]?.body).toEqual({
      ...expected,
      name: 'Leaders',
      residence: 'Berlin',
      interests: ['AI', 'SEO'],
    });
    expect(plan.changes[0]?.fieldChanges.find((fc) => fc.field === 'residence')?.after).toBe(
      'Berlin',
    );
  });
});

describe('update', () => {
  it('lists each differing managed field with its old and new value', () => {
    const plan = buildPlan(
      [desired('Leaders', { maxAge: 50, residence: 'Munich' })],
      [remote('Leaders', {}, { updatedAt: '2025-02-01T10:00:00Z' })],
      options(),
    );

    expect(summary(plan.changes)).toEqual(['update Leaders id-Leaders']);
    expect(plan.changes[0]?.fieldChanges).toEqual([
      { field: 'residence', before: 'Berlin', after: 'Munich' },
      { field: 'maxAge', before: 45, after: 50 },
    ]);
    expect(plan.changes[0]?.remoteUpdatedAt).toBe('2025-02-01T10:00:00Z');
    expect(plan.counts.updates).toBe(1);
  });

  it('keeps the remote value of an undeclared field in the body, and no read-only field', () => {
    const plan = buildPlan(
      [desired('Leaders', { maxAge: 50 }, { omit: ['country', 'shared'] })],
      [remote('Leaders', { country: 'US', shared: false, additionalInformation: 'by hand' })],
      options(),
    );

    expect(plan.changes[0]?.fieldChanges).toEqual([{ field: 'maxAge', before: 45, after: 50 }]);
    expect(plan.changes[0]?.body).toEqual({
      ...baseProfile(),
      name: 'Leaders',
      maxAge: 50,
      country: 'US',
      shared: false,
      additionalInformation: 'by hand',
    });
  });

  it('keeps the remote spelling of a name that matches only when trimmed', () => {
    // A file cannot write `Leaders ` (names are trimmed), so the PUT must not rewrite it:
    // the plan would not show that change.
    expect(buildPlan([desired('Leaders')], [remote('Leaders ')], options()).changes).toEqual([]);
    const plan = buildPlan([desired('Leaders', { maxAge: 50 })], [remote('Leaders ')], options());
    expect(plan.changes[0]?.fieldChanges).toEqual([{ field: 'maxAge', before: 45, after: 50 }]);
    expect(plan.changes[0]?.body?.name).toBe('Leaders ');
  });

  it('carries remote fields it does not know into the PUT, so a new API field is not wiped', () => {
    const remoteOne = remote('Leaders', {
      tone: 'formal',
      brandVoice: { id: 42, strict: true },
      viewedAt: '2025-02-02T00:00:00Z',
      newPermissions: { viewingAllowed: true, updateAllowed: true },
      retired: null,
    });
    // A key `__proto__` as JSON.parse makes it: an own property, not the prototype.
    remoteOne.raw = JSON.parse(
      JSON.stringify(remoteOne.raw).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    );
    const plan = buildPlan([desired('Leaders', { maxAge: 50 })], [remoteOne], options());

    const body = plan.changes[0]?.body as unknown as Record<string, unknown>;
    expect(body.tone).toBe('formal');
    expect(body.brandVoice).toEqual({ id: 42, strict: true });
    expect(body.maxAge).toBe(50);
    for (const readOnly of [
      'id',
      'workspaceId',
      'createdAt',
      'updatedAt',
      'viewedAt',
      'createdByUserId',
      'ownerCustomerId',
      'permissions',
      'newPermissions',
      'retired',
    ]) {
      expect(body, readOnly).not.toHaveProperty(readOnly);
    }
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.keys(body)).not.toContain('__proto__');
    // Only the declared fields are compared: the unknown ones are carried, not planned.
    expect(plan.changes[0]?.fieldChanges).toEqual([{ field: 'maxAge', before: 45, after: 50 }]);
  });

  it('does not compare an undeclared field, so a different remote value is not drift', () => {
    const plan = buildPlan(
      [desired('Leaders', {}, { omit: ['country'] })],
      [remote('Leaders', { country: 'US' })],
      options(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });

  it('treats a declared field the remote lacks as a difference', () => {
    const plan = buildPlan(
      [desired('Leaders', { additionalInformation: 'B2B only' })],
      [remote('Leaders')],
      options(),
    );
    expect(plan.changes[0]?.fieldChanges).toEqual([
      { field: 'additionalInformation', before: undefined, after: 'B2B only' },
    ]);
  });
});

describe('comparing values', () => {
  it('is a no-op when only list order, surrounding spaces or float noise differ', () => {
    const plan = buildPlan(
      [
        desired('Leaders', {
          residence: '  Berlin',
          interests: ['content marketing ', 'AI'],
          genderDistribution: {
            female: 0.1 + 0.2,
            male: 0.6,
            nonBinary: 0.07,
            preferNotToSay: 0.03,
          },
          minAge: 25.0000000001,
        }),
      ],
      [
        remote('Leaders', {
          residence: 'Berlin ',
          interests: ['AI', ' content marketing'],
          genderDistribution: { female: 0.3, male: 0.6, nonBinary: 0.07, preferNotToSay: 0.03 },
        }),
      ],
      options(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });

  it('sees a set member added, a number beyond 1e-9, a boolean flip and a changed case', () => {
    const plan = buildPlan(
      [desired('Leaders', { interests: ['AI', 'content marketing', 'SEO'], shared: false })],
      [
        remote('Leaders', {
          country: 'de',
          genderDistribution: {
            female: 0.500001,
            male: 0.399999,
            nonBinary: 0.07,
            preferNotToSay: 0.03,
          },
        }),
      ],
      options(),
    );
    expect(plan.changes[0]?.fieldChanges.map((fc) => fc.field)).toEqual([
      'country',
      'genderDistribution',
      'interests',
      'shared',
    ]);
  });
});

describe('rename', () => {
  it('updates the audience found under a previous name instead of deleting and recreating', () => {
    const plan = buildPlan(
      [desired('New', { maxAge: 50 }, { previousNames: ['Older', 'Old'] })],
      [remote('Old', {}, { id: 'r1', updatedAt: '2025-03-03T00:00:00Z' })],
      options({ prune: true }),
    );

    expect(summary(plan.changes)).toEqual(['rename New r1']);
    const change = plan.changes[0];
    expect(change?.fromName).toBe('Old');
    expect(change?.fieldChanges).toEqual([
      { field: 'name', before: 'Old', after: 'New' },
      { field: 'maxAge', before: 45, after: 50 },
    ]);
    expect(change?.body?.name).toBe('New');
    expect(change?.remoteUpdatedAt).toBe('2025-03-03T00:00:00Z');
    expect(plan.counts).toMatchObject({ renames: 1, creates: 0, deletes: 0 });
  });

  it('matches the remote name after trimming', () => {
    const plan = buildPlan(
      [desired('New', {}, { previousNames: ['Old'] })],
      [remote(' Old ', {}, { id: 'r1' })],
      options(),
    );
    expect(summary(plan.changes)).toEqual(['rename New r1']);
    expect(plan.changes[0]?.fromName).toBe(' Old ');
  });

  it('updates the new name and reports the old one when both exist, pruning neither', () => {
    const plan = buildPlan(
      [desired('New', { maxAge: 50 }, { previousNames: ['Old'] })],
      [remote('New', {}, { id: 'n1' }), remote('Old', {}, { id: 'o1' })],
      options({ prune: true }),
    );

    expect(summary(plan.changes)).toEqual(['update New n1']);
    expect(plan.conflicts).toEqual([
      {
        name: 'Old',
        ids: ['o1'],
        reason:
          "both 'New' and its previous name 'Old' exist; delete 'Old' with state: absent, or drop it from previousNames",
        source: { file: 'audiences/New.yml', line: 1, column: 1 },
      },
    ]);
  });

  it('reports previous names that match several remote audiences, and changes nothing', () => {
    const plan = buildPlan(
      [desired('New', {}, { previousNames: ['Old', 'Older'] })],
      [remote('Older', {}, { id: 'b' }), remote('Old', {}, { id: 'a' })],
      options({ prune: true }),
    );

    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.name).toBe('New');
    expect(plan.conflicts[0]?.ids).toEqual(['a', 'b']);
    expect(plan.conflicts[0]?.reason).toContain("'Old' (a), 'Older' (b)");
  });

  it('reports one previous name claimed by two audiences instead of renaming it twice', () => {
    const plan = buildPlan(
      [desired('A', {}, { previousNames: ['Old'] }), desired('B', {}, { previousNames: ['Old'] })],
      [remote('Old', {}, { id: 'o1' })],
      options(),
    );

    expect(plan.changes).toEqual([]);
    expect(plan.conflicts.map((c) => [c.name, c.ids])).toEqual([
      ['A', ['o1']],
      ['B', ['o1']],
    ]);
  });

  it('never renames an audience that another file declares by name, so no id is written twice', () => {
    // The loader rejects these files; the planner must still not rename what a file deletes.
    const plan = buildPlan(
      [desired('New', {}, { previousNames: ['X'] }), absent('X')],
      [remote('X', {}, { id: 'x1' })],
      options(),
    );
    expect(summary(plan.changes)).toEqual(['create New', 'delete X x1']);
  });

  it('is a no-op when the audience was already renamed', () => {
    const plan = buildPlan(
      [desired('New', {}, { previousNames: ['Old'] })],
      [remote('New')],
      options({ prune: true }),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });
});

describe('several remote audiences with one name', () => {
  it('reports a present name held twice as a conflict with every id, and changes neither', () => {
    const plan = buildPlan(
      [desired('Leaders', { maxAge: 50 })],
      [remote('Leaders', {}, { id: 'z2' }), remote('Leaders ', {}, { id: 'a1' })],
      options({ prune: true }),
    );

    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        name: 'Leaders',
        ids: ['a1', 'z2'],
        reason:
          "2 audiences in neuroflash are named 'Leaders'; the sync never picks one: delete or rename the extra ones in neuroflash",
        source: { file: 'audiences/Leaders.yml', line: 1, column: 1 },
      },
    ]);
    expect(plan.counts.conflicts).toBe(1);
  });

  it('reports an absent name held twice as a conflict rather than deleting either', () => {
    const plan = buildPlan(
      [absent('Old')],
      [remote('Old', {}, { id: 'a' }), remote('Old', {}, { id: 'b' })],
      options(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts.map((c) => c.ids)).toEqual([['a', 'b']]);
  });
});

describe('state: absent', () => {
  it('deletes an existing audience', () => {
    const plan = buildPlan(
      [absent('Old')],
      [remote('Old', {}, { id: 'o1', updatedAt: '2025-05-05T00:00:00Z' })],
      options(),
    );
    expect(plan.changes).toEqual([
      {
        kind: 'delete',
        name: 'Old',
        id: 'o1',
        fieldChanges: [],
        deleteReason: 'absent',
        removed: expect.objectContaining({ name: 'Old', residence: 'Berlin', shared: true }),
        remoteUpdatedAt: '2025-05-05T00:00:00Z',
        source: { file: 'audiences/gone.yml', line: 1, column: 1 },
      },
    ]);
  });

  it('records what a delete removes, for the report only: the fingerprint ignores it', () => {
    const plan = buildPlan([absent('Old')], [remote('Old', {}, { id: 'o1' })], options());
    const removed = plan.changes[0]?.removed;
    expect(removed?.interests?.length).toBeGreaterThan(0);
    expect(Object.keys(removed ?? {})).not.toContain('id');
    const [change] = plan.changes;
    if (!change) throw new Error('no change');
    const without = { ...plan, changes: [{ ...change, removed: undefined }] };
    expect(fingerprintPlan(without)).toBe(plan.fingerprint);
  });

  it('is a quiet no-op when the audience does not exist', () => {
    const plan = buildPlan([absent('Old')], [remote('Other')], options());
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });

  it('deletes once, as absent, under prune too', () => {
    const plan = buildPlan(
      [absent('Old')],
      [remote('Old', {}, { id: 'o1' })],
      options({ prune: true }),
    );
    expect(plan.changes.map((c) => [c.kind, c.id, c.deleteReason])).toEqual([
      ['delete', 'o1', 'absent'],
    ]);
  });
});

describe('prune', () => {
  const files = [desired('Kept', {}, { previousNames: ['Was kept'] })];
  const world = [
    remote('Kept'),
    remote('Was kept'),
    remote('Stray', {}, { id: 's1' }),
    remote('Legacy Team/EU', {}, { id: 'l1' }),
    remote('Legacy Team', {}, { id: 'l2' }),
  ];

  it('leaves undeclared audiences alone, and uncounted, unless prune is on', () => {
    const plan = buildPlan(files, world, options());
    expect(plan.changes).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });

  it('deletes undeclared audiences that no ignore glob matches', () => {
    const plan = buildPlan(files, world, options({ prune: true, ignore: ['Legacy *'] }));
    expect(summary(plan.changes)).toEqual(['delete Stray s1']);
    expect(plan.changes[0]?.deleteReason).toBe('prune');
    expect(plan.changes[0]?.source).toBeUndefined();
    // Ignored audiences are not managed, so they are not no-ops either.
    expect(plan.counts.noops).toBe(1);
  });

  it('lets `*` in an ignore glob match a `/` in a name', () => {
    const plan = buildPlan(files, world, options({ prune: true, ignore: ['Legacy Team*'] }));
    expect(summary(plan.changes)).toEqual(['delete Stray s1']);
  });

  it('prunes a name with a slash when no glob matches it', () => {
    const plan = buildPlan(files, world, options({ prune: true, ignore: ['Legacy Team'] }));
    expect(summary(plan.changes)).toEqual(['delete Legacy Team/EU l1', 'delete Stray s1']);
  });

  it('deletes each of several undeclared audiences with one name', () => {
    const plan = buildPlan(
      [],
      [remote('Dup', {}, { id: 'd2' }), remote('Dup', {}, { id: 'd1' })],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual(['delete Dup d1', 'delete Dup d2']);
  });

  it('never deletes a name listed in some previousNames, even one that could not be renamed', () => {
    const plan = buildPlan(
      [desired('New', {}, { previousNames: ['Old A', 'Old B'] })],
      [remote('Old A', {}, { id: 'a' }), remote('Old B', {}, { id: 'b' })],
      options({ prune: true }),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts.map((c) => c.ids)).toEqual([['a', 'b']]);
  });
});

describe('permissions', () => {
  it('blocks an update the account may not make, with the would-be field changes', () => {
    const plan = buildPlan(
      [desired('Theirs', { maxAge: 50 })],
      [remote('Theirs', {}, { id: 't1', canUpdate: false })],
      options(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.blocked).toEqual([
      {
        kind: 'blocked',
        action: 'update',
        name: 'Theirs',
        id: 't1',
        fieldChanges: [{ field: 'maxAge', before: 45, after: 50 }],
        reason: 'owned by another user; only the creator may update it',
        source: { file: 'audiences/Theirs.yml', line: 1, column: 1 },
      },
    ]);
    expect(plan.counts.blocked).toBe(1);
  });

  it('does not block an audience the account may not update when nothing differs', () => {
    const plan = buildPlan(
      [desired('Theirs')],
      [remote('Theirs', {}, { canUpdate: false })],
      options(),
    );
    expect(plan.blocked).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });

  it('blocks a rename the account may not make', () => {
    const plan = buildPlan(
      [desired('New', {}, { previousNames: ['Old'] })],
      [remote('Old', {}, { id: 'o1', canUpdate: false })],
      options(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.blocked.map((b) => [b.action, b.name, b.fromName, b.fieldChanges])).toEqual([
      ['rename', 'New', 'Old', [{ field: 'name', before: 'Old', after: 'New' }]],
    ]);
  });

  it('blocks an absent-delete the account may not make', () => {
    const plan = buildPlan(
      [absent('Old')],
      [remote('Old', {}, { id: 'o1', canDelete: false })],
      options(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.blocked.map((b) => [b.action, b.id, b.reason])).toEqual([
      ['delete', 'o1', 'owned by another user; only the creator may delete it'],
    ]);
  });

  it('keeps a prune candidate owned by someone else: never deleted, never blocked', () => {
    const plan = buildPlan(
      [],
      [remote('Theirs', {}, { id: 't1', canDelete: false }), remote('Mine', {}, { id: 'm1' })],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual(['delete Mine m1']);
    expect(plan.blocked).toEqual([]);
    expect(plan.kept).toEqual([{ name: 'Theirs', id: 't1', reason: 'owned by someone else' }]);
    expect(plan.guard.deletes).toBe(1);
  });
});

describe('delete guard', () => {
  const strays = ['S1', 'S2', 'S3'].map((name) => remote(name));

  it('does not trip at exactly max-deletes', () => {
    const plan = buildPlan([], strays, options({ prune: true, maxDeletes: 3 }));
    expect(plan.guard).toEqual({ maxDeletes: 3, deletes: 3, tripped: false });
  });

  it('trips above max-deletes and still returns every change', () => {
    const plan = buildPlan([], strays, options({ prune: true, maxDeletes: 2 }));
    expect(plan.guard).toEqual({ maxDeletes: 2, deletes: 3, tripped: true });
    expect(summary(plan.changes)).toEqual([
      'delete S1 id-S1',
      'delete S2 id-S2',
      'delete S3 id-S3',
    ]);
  });

  it('counts absent-deletes and prune-deletes alike', () => {
    const plan = buildPlan([absent('S1')], strays, options({ prune: true, maxDeletes: 2 }));
    expect(plan.guard.deletes).toBe(3);
    expect(plan.guard.tripped).toBe(true);
  });

  it('does not trip when lifted, and says by what', () => {
    const plan = buildPlan([], strays, options({ prune: true, maxDeletes: 2 }), {
      guardLiftedBy: 'label audience-sync/allow-deletes',
    });
    expect(plan.guard).toEqual({
      maxDeletes: 2,
      deletes: 3,
      tripped: false,
      liftedBy: 'label audience-sync/allow-deletes',
    });
  });

  it('does not claim a lift that was not needed', () => {
    const plan = buildPlan([], strays, options({ prune: true, maxDeletes: 5 }), {
      guardLiftedBy: 'label audience-sync/allow-deletes',
    });
    expect(plan.guard).toEqual({ maxDeletes: 5, deletes: 3, tripped: false });
  });
});

describe('order', () => {
  const files = [
    desired('b create'),
    desired('a create'),
    desired('b update', { maxAge: 50 }),
    desired('C update', { maxAge: 50 }),
    desired('y renamed', {}, { previousNames: ['y old'] }),
    desired('c renamed', {}, { previousNames: ['c old'] }),
    absent('gone'),
    desired('Ä blocked', { maxAge: 50 }),
    desired('A blocked', { maxAge: 50 }),
  ];
  const world = [
    remote('b update'),
    remote('C update'),
    remote('y old'),
    remote('c old'),
    remote('gone'),
    remote('stray 2', {}, { id: 'x2' }),
    remote('stray 2', {}, { id: 'x1' }),
    remote('Ä blocked', {}, { canUpdate: false }),
    remote('A blocked', {}, { canUpdate: false }),
  ];
  const expected = [
    'rename c renamed id-c old',
    'rename y renamed id-y old',
    'update C update id-C update',
    'update b update id-b update',
    'create a create',
    'create b create',
    'delete gone id-gone',
    'delete stray 2 x1',
    'delete stray 2 x2',
  ];

  it('puts renames, updates, creates, then deletes, each by name in code-unit order', () => {
    const plan = buildPlan(files, world, options({ prune: true }));
    expect(summary(plan.changes)).toEqual(expected);
    expect(plan.blocked.map((b) => b.name)).toEqual(['A blocked', 'Ä blocked']);
  });

  it('gives the same order whatever the order of the inputs', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const plan = buildPlan(
        shuffled(files, seed),
        shuffled(world, seed + 10),
        options({ prune: true }),
      );
      expect(summary(plan.changes)).toEqual(expected);
    }
  });

  it('sorts conflicts by name', () => {
    const plan = buildPlan(
      [desired('b'), desired('a')],
      [
        remote('b', {}, { id: 'b1' }),
        remote('b', {}, { id: 'b2' }),
        remote('a', {}, { id: 'a1' }),
        remote('a', {}, { id: 'a2' }),
      ],
      options(),
    );
    expect(plan.conflicts.map((c) => c.name)).toEqual(['a', 'b']);
  });
});

describe('the plan value', () => {
  it('carries the schema version, the counts and a 16-hex-digit fingerprint', () => {
    const plan = buildPlan(
      [desired('New'), desired('Up', { maxAge: 50 }), absent('Gone')],
      [remote('Up'), remote('Gone'), remote('Same')],
      options(),
    );
    expect(plan.schemaVersion).toBe(1);
    expect(plan.counts).toEqual({
      creates: 1,
      updates: 1,
      renames: 0,
      deletes: 1,
      blocked: 0,
      conflicts: 0,
      noops: 0,
    });
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('shares no arrays or objects with its inputs', () => {
    const files = [desired('Up', { interests: ['x'] })];
    const world = [remote('Up', { needs: ['n'] })];
    const plan = buildPlan(files, world, options());
    const body = plan.changes[0]?.body;
    body?.interests.push('mutated');
    body?.needs.push('mutated');
    expect(files[0]?.fields.interests).toEqual(['x']);
    expect(world[0]?.raw.needs).toEqual(['n']);
  });
});

describe('Unicode-safe names', () => {
  const nfc = 'Caf\u00e9 people';
  const nfd = 'Cafe\u0301 people';

  it('matches an NFD file to an NFC remote: an update that keeps the remote spelling, no delete', () => {
    const remoteOne = remote(nfc, { additionalInformation: 'kept' }, { id: 'r1' });
    const plan = buildPlan(
      [desired(nfd, { maxAge: 50 }, { omit: ['additionalInformation'] })],
      [remoteOne],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual([`update ${nfc} r1`]);
    expect(plan.changes[0]?.body?.name).toBe(nfc);
    expect(plan.changes[0]?.body?.additionalInformation).toBe('kept');
    expect(plan.changes[0]?.fieldChanges).toEqual([{ field: 'maxAge', before: 45, after: 50 }]);
  });

  it('is a no-op when only the spelling differs', () => {
    const plan = buildPlan([desired(nfd)], [remote(nfc)], options({ prune: true }));
    expect(plan.changes).toEqual([]);
    expect(plan.counts.noops).toBe(1);
  });

  it('deletes the NFC remote for an NFD `state: absent`, and finds an NFD previous name', () => {
    expect(
      summary(buildPlan([absent(nfd)], [remote(nfc, {}, { id: 'r1' })], options()).changes),
    ).toEqual([`delete ${nfc} r1`]);
    const renamed = buildPlan(
      [desired('Bistro people', {}, { previousNames: [nfd] })],
      [remote(nfc, {}, { id: 'r1' })],
      options({ prune: true }),
    );
    expect(summary(renamed.changes)).toEqual(['rename Bistro people r1']);
  });

  it('reports two files that spell one name alike as a conflict instead of writing it twice', () => {
    const plan = buildPlan(
      [desired(nfc, { maxAge: 50 }), desired(nfd, { maxAge: 60 })],
      [remote(nfc, {}, { id: 'r1' })],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual([`update ${nfc} r1`]);
    expect(plan.conflicts.map((c) => c.name)).toEqual([nfd]);
  });

  it('keeps case significant: names differing only in case are two audiences, each updated, none deleted', () => {
    const plan = buildPlan(
      [desired('Team A', { maxAge: 50 }), desired('team a', { maxAge: 60 })],
      [remote('Team A', {}, { id: 'upper' }), remote('team a', {}, { id: 'lower' })],
      options({ prune: true }),
    );
    expect(summary(plan.changes)).toEqual(['update Team A upper', 'update team a lower']);
    const ids = plan.changes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
