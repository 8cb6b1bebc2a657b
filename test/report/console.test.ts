import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model.js';
import { renderConsole } from '../../src/report/console.js';
import {
  CREATE,
  DELETE_ABSENT,
  DELETE_PRUNE,
  makePlan,
  makeReport,
  RENAME,
  smallPlan,
  UPDATE,
} from './fixtures.js';

const WARNING: Problem = {
  file: 'audiences/a.yml',
  line: 3,
  column: 5,
  severity: 'warning',
  rule: 'similar-names',
  message: 'Names "Founders" and "founders" differ only in case',
};

describe('renderConsole: a plan', () => {
  it('prints one line per change, the field lines, and the counts', () => {
    const out = renderConsole(makeReport({ plan: smallPlan(), problems: [WARNING] }), {
      color: false,
    });
    expect(out).toBe(
      [
        'Workspace: Acme Marketing (ws-1)',
        'Read 2 files (17 audiences) from audiences.',
        '',
        'audiences/a.yml:3:5: warning: Names "Founders" and "founders" differ only in case',
        '',
        '> rename  Marketing managers → Marketing leaders',
        '    residence: "Berlin" → "Munich"',
        '~ update  Developers',
        '    maxAge: 40 → 45',
        '    interests: added "SEO", "growth"; removed "AI"',
        '    genderDistribution: female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay 0.03 → female 0.45 · male 0.45 · nonBinary 0.07 · preferNotToSay 0.03',
        '    country: (not set) → "US"',
        '+ create  Founders',
        '- delete  Old campaign  (pruned)',
        '- delete  Retired  (state: absent)',
        '! blocked update  Partners: owned by someone else (canUpdate is false)',
        '! conflict  Twins: 2 audiences have this name (ids id-a, id-b)',
        '· kept  Sales team: owned by someone else',
        '',
        'Plan: 1 to create, 1 to update, 1 to rename, 2 to delete, 1 blocked, 1 conflict; 12 unchanged.',
        '',
      ].join('\n'),
    );
  });

  it('colours each kind: green +, yellow ~, red -, cyan >, magenta !', () => {
    const plan = makePlan({
      changes: [RENAME, UPDATE, CREATE, DELETE_PRUNE],
      blocked: [
        {
          kind: 'blocked',
          action: 'delete',
          name: 'B',
          id: 'b',
          fieldChanges: [],
          reason: 'not the owner',
        },
      ],
      noops: 1,
    });
    const out = renderConsole(makeReport({ plan, workspace: undefined, paths: [] }), {
      color: true,
    });
    expect(out).toBe(
      [
        'Read 2 files (17 audiences).',
        '',
        '\x1b[36m> rename\x1b[0m  Marketing managers → Marketing leaders',
        '    residence: "Berlin" → "Munich"',
        '\x1b[33m~ update\x1b[0m  Developers',
        '    maxAge: 40 → 45',
        '    interests: added "SEO", "growth"; removed "AI"',
        '    genderDistribution: female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay 0.03 → female 0.45 · male 0.45 · nonBinary 0.07 · preferNotToSay 0.03',
        '    country: (not set) → "US"',
        '\x1b[32m+ create\x1b[0m  Founders',
        '\x1b[31m- delete\x1b[0m  Old campaign  (pruned)',
        '\x1b[35m! blocked delete\x1b[0m  B: not the owner',
        '',
        'Plan: 1 to create, 1 to update, 1 to rename, 1 to delete, 1 blocked; 1 unchanged.',
        '',
      ].join('\n'),
    );
  });

  it('has no escape sequence at all without colour', () => {
    const out = renderConsole(makeReport({ plan: smallPlan() }), { color: false });
    expect(out).not.toContain('\x1b');
  });

  it('says so when nothing changes', () => {
    const out = renderConsole(makeReport({ plan: makePlan({ noops: 12 }) }), { color: false });
    expect(out).toBe(
      [
        'Workspace: Acme Marketing (ws-1)',
        'Read 2 files (17 audiences) from audiences.',
        '',
        'No changes. 12 audiences are up to date.',
        '',
      ].join('\n'),
    );
  });

  it('shows the delete guard with the exact ways to allow it', () => {
    const deletes = Array.from({ length: 3 }, (_, i) => ({
      ...DELETE_PRUNE,
      name: `Gone ${i}`,
      id: `g${i}`,
    }));
    const plan = makePlan({
      changes: deletes,
      guard: { maxDeletes: 2, deletes: 3, tripped: true },
    });
    const out = renderConsole(
      makeReport({
        plan,
        guardAllow: ['run with `--max-deletes 3`'],
        failure: {
          reason: 'guard-tripped',
          message: 'The plan deletes 3 audiences; max-deletes is 2.',
        },
      }),
      { color: false },
    );
    expect(out).toBe(
      [
        'Workspace: Acme Marketing (ws-1)',
        'Read 2 files (17 audiences) from audiences.',
        '',
        '- delete  Gone 0  (pruned)',
        '- delete  Gone 1  (pruned)',
        '- delete  Gone 2  (pruned)',
        '',
        'Plan: 0 to create, 0 to update, 0 to rename, 3 to delete; 0 unchanged.',
        '',
        'Delete guard: this plan deletes 3 audiences, more than max-deletes (2). Nothing was written (dry run), and an apply of this plan would stop before its first write.',
        'To allow it: run with `--max-deletes 3`.',
        '',
        'Error (guard-tripped): The plan deletes 3 audiences; max-deletes is 2.',
        '',
      ].join('\n'),
    );
  });
});

describe('renderConsole: after an apply', () => {
  it('prints a result line per change with the API message, then the tally', () => {
    const plan = makePlan({ changes: [RENAME, UPDATE, CREATE, DELETE_ABSENT] });
    const report = makeReport({
      mode: 'apply',
      dryRun: false,
      plan,
      apply: {
        ok: false,
        results: [
          { change: RENAME, status: 'done' },
          { change: UPDATE, status: 'failed', error: 'not the owner', httpStatus: 403 },
          {
            change: CREATE,
            status: 'conflict',
            error: 'an audience with this name appeared since the plan',
          },
        ],
      },
      failure: { reason: 'apply-failed', message: '1 change failed.' },
    });
    const out = renderConsole(report, { color: false });
    // The plan lines come first; the results follow them.
    expect(out.slice(out.indexOf('✓'))).toBe(
      [
        '✓ rename  Marketing managers → Marketing leaders',
        '✗ update  Developers: not the owner (HTTP 403)',
        '⚠ conflict create  Founders: an audience with this name appeared since the plan',
        '· not attempted delete  Retired',
        '',
        'Applied: 1 done, 1 failed, 1 conflict.',
        '',
        'Error (apply-failed): 1 change failed.',
        '',
      ].join('\n'),
    );
  });

  it('marks a skipped change and colours results', () => {
    const report = makeReport({
      mode: 'apply',
      dryRun: false,
      plan: makePlan({ changes: [CREATE, DELETE_PRUNE] }),
      apply: {
        ok: false,
        results: [
          { change: CREATE, status: 'done', id: 'new-1' },
          { change: DELETE_PRUNE, status: 'skipped', error: 'changed since the plan' },
        ],
      },
    });
    const out = renderConsole(report, { color: true });
    expect(out).toContain('\x1b[32m✓ create\x1b[0m  Founders\n');
    expect(out).toContain(
      '\x1b[33m↷ skipped delete\x1b[0m  Old campaign: changed since the plan\n',
    );
    expect(out.endsWith('Applied: 1 done, 1 skipped.\n')).toBe(true);
  });
});

describe('renderConsole: validation', () => {
  const ERROR: Problem = {
    file: 'audiences/b.yml',
    line: 7,
    column: 3,
    severity: 'error',
    rule: 'schema',
    message: 'unknown key "intrests"; did you mean "interests"?',
  };

  it('lists every problem and the verdict', () => {
    const out = renderConsole(
      makeReport({ mode: 'validate', workspace: undefined, problems: [ERROR, WARNING] }),
      {
        color: false,
      },
    );
    expect(out).toBe(
      [
        'audiences/b.yml:7:3: error: unknown key "intrests"; did you mean "interests"?',
        'audiences/a.yml:3:5: warning: Names "Founders" and "founders" differ only in case',
        '',
        'Validated 2 files (17 audiences): 1 error, 1 warning.',
        '',
      ].join('\n'),
    );
  });

  it('colours errors red and warnings yellow', () => {
    const out = renderConsole(makeReport({ mode: 'validate', problems: [ERROR, WARNING] }), {
      color: true,
    });
    expect(out).toContain('\x1b[31maudiences/b.yml:7:3: error: ');
    expect(out).toContain('\x1b[33maudiences/a.yml:3:5: warning: ');
  });

  it('uses the given problem formatter', () => {
    const out = renderConsole(makeReport({ mode: 'validate', problems: [ERROR] }), {
      color: false,
      formatProblem: (p) => `${p.file}(${p.line}): ${p.rule}`,
    });
    expect(out).toContain('\naudiences/b.yml(7): schema\n');
  });

  it('prints notices', () => {
    const out = renderConsole(
      makeReport({
        mode: 'validate',
        workspace: undefined,
        notices: ['No neuroflash credentials: validated the files only.'],
      }),
      { color: false },
    );
    expect(out).toBe(
      [
        'Note: No neuroflash credentials: validated the files only.',
        '',
        'Validated 2 files (17 audiences): no problems.',
        '',
      ].join('\n'),
    );
  });
});

describe('renderConsole: hostile names', () => {
  it('lets no control sequence from a name or an API message reach the terminal', () => {
    const evil = { ...UPDATE, name: 'Evil\x1b[2J\x1b]0;pwned\x07\nfake line' };
    const report = makeReport({
      mode: 'apply',
      dryRun: false,
      plan: makePlan({ changes: [evil] }),
      apply: {
        ok: false,
        results: [{ change: evil, status: 'failed', error: 'boom\x1b[31m\r\n' }],
      },
    });
    const out = renderConsole(report, { color: false });
    expect(out).not.toContain('\x1b');
    expect(out).not.toContain('\x07');
    expect(out).toContain('~ update  Evil\\x1b[2J\\x1b]0;pwned\\x07\\nfake line\n');
    expect(out).toContain(
      '✗ update  Evil\\x1b[2J\\x1b]0;pwned\\x07\\nfake line: boom\\x1b[31m\\r\\n\n',
    );
  });
});
