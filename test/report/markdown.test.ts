import { describe, expect, it } from 'vitest';
import type { Change, Problem } from '../../src/model.js';
import { renderMarkdown, renderSummary, summaryLine } from '../../src/report/markdown.js';
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
import { markdownCells, toHtml } from './gfm.js';

const MARKER = '<!-- audience-sync:ws-1 -->';
const Z = '\u200B';
const RUN = 'https://github.com/acme/audiences/actions/runs/42';
const FOOTER = [
  '---',
  '',
  'Read 2 files (17 audiences) from `audiences`. Dry run: nothing was written.',
  '',
  `Plan fingerprint: \`f1e2d3c4b5a69788\` · planned at commit \`0123456\` · [workflow run](${RUN}) · audience-sync`,
  '',
].join('\n');

const cells = markdownCells;

function tableRows(md: string): string[] {
  return md.split('\n').filter((line) => line.startsWith('| '));
}

describe('renderMarkdown: the plan comment', () => {
  it('renders the marker, summary, table, details, blocked, conflicts, kept, problems and footer', () => {
    const problem: Problem = {
      file: 'audiences/a.yml',
      line: 3,
      column: 5,
      severity: 'warning',
      rule: 'similar-names',
      message: 'Names differ only in case',
    };
    const md = renderMarkdown(makeReport({ plan: smallPlan(), problems: [problem] }), {
      marker: MARKER,
    });
    expect(md).toBe(
      [
        MARKER,
        '### ⛔ Blocked · audience-sync · Acme Marketing · `audiences`',
        '',
        '**1 blocked · 1 conflict · 2 to delete · 1 to update · 1 to rename · 1 to create · 12 unchanged.** Merging applies the other 5 changes to Acme Marketing; blocked changes and conflicts are never attempted, and the check fails until the files change.',
        '',
        '**Conflicts:** several audiences in neuroflash have one of these names, so the name is left alone.',
        '',
        '- ⚠️ Twins: 2 audiences have this name (ids `id-a`, `id-b`)',
        '',
        '| | Audience | Change |',
        '|---|---|---|',
        '| ⛔ | Partners | blocked update (residence): owned by someone else (canUpdate is false) |',
        '| 🗑️ | Old campaign | delete (pruned: no file declares it) |',
        '| 🗑️ | Retired | delete (state: absent) |',
        '| ✏️ | Developers | update: maxAge, interests, genderDistribution, country |',
        '| 🔀 | Marketing managers → Marketing leaders | rename; also residence |',
        '| 🆕 | Founders | create |',
        '',
        '⛔ **Partners** · blocked update: owned by someone else (canUpdate is false)',
        '',
        '```diff',
        '- residence: Paris',
        '+ residence: Lyon',
        '```',
        '',
        '🗑️ **Old campaign** · delete (pruned: no file declares it)',
        '',
        '```diff',
        '- name: Old campaign',
        '```',
        '',
        '🗑️ **Retired** · delete (state: absent)',
        '',
        '```diff',
        '- name: Retired',
        '```',
        '',
        '✏️ **Developers** · update: maxAge, interests, genderDistribution, country',
        '',
        '```diff',
        '- maxAge: 40',
        '+ maxAge: 45',
        '  interests:',
        '-   - AI',
        '+   - SEO',
        '+   - growth',
        '  genderDistribution:',
        '-   female: 0.5',
        '+   female: 0.45',
        '-   male: 0.4',
        '+   male: 0.45',
        '+ country: US',
        '```',
        '',
        '🔀 **Marketing managers → Marketing leaders** · rename; also residence',
        '',
        '```diff',
        '- name: Marketing managers',
        '+ name: Marketing leaders',
        '- residence: Berlin',
        '+ residence: Munich',
        '```',
        '',
        '<details><summary>🆕 Founders · create (1 field)</summary>',
        '',
        '```diff',
        '+ name: Founders',
        '```',
        '',
        '</details>',
        '',
        '**Kept:** no file declares these audiences, but prune may not delete them.',
        '',
        '- 🔒 Sales team: owned by someone else',
        '',
        '**Validation problems** (1 problem):',
        '',
        '📄 `audiences/a.yml`',
        '',
        '- ⚠️ warning at line 3, column 5: Names differ only in case',
        '',
        FOOTER,
      ].join('\n'),
    );
  });

  it('says "No changes" for an empty plan rather than staying silent', () => {
    const md = renderMarkdown(makeReport({ plan: makePlan({ noops: 12 }) }), { marker: MARKER });
    expect(md).toBe(
      [
        MARKER,
        '### ✅ No changes · audience-sync · Acme Marketing · `audiences`',
        '',
        '**12 unchanged.** The workspace already matches the files; merging changes nothing.',
        '',
        FOOTER,
      ].join('\n'),
    );
  });

  it('shows one row per change, riskiest kind first, with a symbol and a short description', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan({ changes: [RENAME, UPDATE, CREATE, DELETE_PRUNE, DELETE_ABSENT] }),
      }),
    );
    expect(tableRows(md).slice(1).map(cells)).toEqual([
      ['🗑️', 'Old campaign', 'delete (pruned: no file declares it)'],
      ['🗑️', 'Retired', 'delete (state: absent)'],
      ['✏️', 'Developers', 'update: maxAge, interests, genderDistribution, country'],
      ['🔀', 'Marketing managers → Marketing leaders', 'rename; also residence'],
      ['🆕', 'Founders', 'create'],
    ]);
  });

  it('sorts names naturally within a kind: "Old list 2" before "Old list 10"', () => {
    const named = (name: string): Change => ({ ...DELETE_PRUNE, name, id: name });
    const md = renderMarkdown(
      makeReport({
        plan: makePlan({
          changes: [named('Old list 10'), named('Old list 2'), named('Old list 1')],
        }),
      }),
    );
    expect(
      tableRows(md)
        .slice(1)
        .map((row) => cells(row)[1]),
    ).toEqual(['Old list 1', 'Old list 2', 'Old list 10']);
  });

  it('gives a rename without other field changes a row and a name diff', () => {
    const bare: Change = {
      ...RENAME,
      fieldChanges: [RENAME.fieldChanges[0] ?? { field: 'name', before: '', after: '' }],
    };
    const md = renderMarkdown(makeReport({ plan: makePlan({ changes: [bare] }) }));
    expect(md).toContain('| 🔀 | Marketing managers → Marketing leaders | rename |\n');
    expect(md).toContain('```diff\n- name: Marketing managers\n+ name: Marketing leaders\n```\n');
    expect(md).not.toContain('<details>');
  });

  it('leaves the marker out when none is given', () => {
    const md = renderMarkdown(makeReport({ plan: makePlan() }));
    expect(md.startsWith('### ✅ No changes · audience-sync · Acme Marketing')).toBe(true);
  });

  it('leaves the run link out when the URL is not http(s)', () => {
    const md = renderMarkdown(makeReport({ plan: makePlan(), runUrl: 'javascript:alert(1)' }));
    expect(md).not.toContain('javascript');
    expect(md).toContain('planned at commit `0123456` · audience-sync\n');
  });
});

describe('renderMarkdown: banners', () => {
  const deletes = Array.from({ length: 12 }, (_, i) => ({
    ...DELETE_PRUNE,
    name: `Gone ${i}`,
    id: `g${i}`,
  }));

  it('shows the tripped delete guard with the exact ways to allow it, and that nothing was written', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan({ changes: deletes, guard: { maxDeletes: 10, deletes: 12, tripped: true } }),
        guardAllow: [
          'set `max-deletes: 12`',
          'add the label `audience-sync/allow-deletes` to the pull request',
        ],
        failure: {
          reason: 'guard-tripped',
          message: 'The plan deletes 12 audiences; max-deletes is 10.',
        },
      }),
      { marker: MARKER },
    );
    expect(md.slice(0, md.indexOf('<details open>'))).toBe(
      [
        MARKER,
        '### 🛑 Delete guard tripped · audience-sync · Acme Marketing · `audiences`',
        '',
        '**12 to delete.** Merging applies nothing until the delete guard is lifted.',
        '',
        '> [!CAUTION]',
        '> **Delete guard:** this plan deletes 12 audiences, more than `max-deletes` (10) allows. Nothing was written (dry run), and an apply of this plan would stop before its first write.',
        '>',
        '> To allow it:',
        '> - set `max-deletes: 12`',
        '> - add the label `audience-sync/allow-deletes` to the pull request',
        '',
        '',
      ].join('\n'),
    );
    // The guard never hides the plan: every delete is still listed.
    expect(tableRows(md)).toHaveLength(13);
  });

  it('says the run stopped before its first write when it was not a dry run', () => {
    const md = renderMarkdown(
      makeReport({
        mode: 'apply',
        dryRun: false,
        plan: makePlan({ changes: deletes, guard: { maxDeletes: 10, deletes: 12, tripped: true } }),
      }),
    );
    expect(md).toContain(
      '> **Delete guard:** this plan deletes 12 audiences, more than `max-deletes` (10) allows. The run stopped before its first write: nothing was written.\n',
    );
  });

  it('notes the allow-deletes label when it is on the pull request', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan({
          changes: deletes,
          guard: { maxDeletes: 10, deletes: 12, tripped: false, liftedBy: 'label' },
        }),
        allowDeletesLabel: { name: 'audience-sync/allow-deletes', present: true },
      }),
    );
    expect(md).toContain(
      '> [!NOTE]\n> The label `audience-sync/allow-deletes` is on this pull request: the delete guard is lifted for the apply of its merge commit.\n\n',
    );
    expect(md).not.toContain('[!CAUTION]');
  });

  it('says nothing about the label when it is absent and the guard holds', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan({ changes: [DELETE_PRUNE] }),
        allowDeletesLabel: { name: 'audience-sync/allow-deletes', present: false },
      }),
    );
    expect(md).not.toContain('allow-deletes');
  });

  it('marks a stale plan with the newer commit', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan(),
        stale: { latestSha: 'fedcba9876543210fedcba9876543210fedcba98' },
      }),
    );
    expect(md).toContain(
      '> [!WARNING]\n> **Stale plan:** commit `fedcba9` was pushed while this plan ran (this plan was made at `0123456`). The run for the newer commit will replace this report.\n\n',
    );
  });

  it('shows a plan change that fails the run with its diff', () => {
    const md = renderMarkdown(
      makeReport({
        mode: 'apply',
        dryRun: false,
        plan: makePlan({ changes: [UPDATE] }),
        planChange: {
          reviewedFingerprint: 'aaaa1111',
          freshFingerprint: 'bbbb2222',
          removed: ['~ update Developers: maxAge'],
          added: ['~ update Developers: maxAge, interests', '+ create @org/team ```'],
          action: 'fail',
        },
        failure: { reason: 'plan-changed', message: 'The plan differs from the reviewed one.' },
      }),
    );
    expect(md).toContain(
      [
        '> [!CAUTION]',
        "> **The plan changed since it was reviewed.** The pull request's plan has fingerprint `aaaa1111`; the plan made now has `bbbb2222`. The run stopped before its first write (`on-plan-change: fail`).",
        '>',
        '> ````diff',
        '> - ~ update Developers: maxAge',
        '> + ~ update Developers: maxAge, interests',
        '> + + create @org/team ```',
        '> ````',
        '',
        '',
      ].join('\n'),
    );
    // The failure is the plan change, told once: no second banner repeats it.
    expect(md.split('The plan changed since it was reviewed.**')).toHaveLength(2);
    expect(md).not.toContain('[!CAUTION]\n> **The plan changed since it was reviewed** (');
  });

  it('shows a plan change that only warns as a warning', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan(),
        planChange: {
          reviewedFingerprint: 'a',
          freshFingerprint: 'b',
          removed: [],
          added: [],
          action: 'warn',
        },
      }),
    );
    expect(md).toContain(
      "> [!WARNING]\n> **The plan changed since it was reviewed.** The pull request's plan has fingerprint `a`; the plan made now has `b`. The run goes on with the new plan (`on-plan-change: warn`).\n\n",
    );
  });

  it('shows notices, one alone as a sentence and several as a list', () => {
    const one = renderMarkdown(
      makeReport({
        mode: 'validate',
        notices: [
          'No neuroflash credentials (a pull request from a fork gets no secrets): validated the files only.',
        ],
      }),
    );
    expect(one).toContain(
      '> [!NOTE]\n> No neuroflash credentials (a pull request from a fork gets no secrets): validated the files only.\n\n',
    );
    const two = renderMarkdown(
      makeReport({ mode: 'validate', notices: ['First.', 'Second `x`.'] }),
    );
    expect(two).toContain('> [!NOTE]\n> - First.\n> - Second `x`.\n\n');
  });

  it('shows a failure without a reason (an unforeseen error) as a failure, not as a validation', () => {
    const md = renderSummary(
      makeReport({
        mode: 'validate',
        plan: undefined,
        problems: [],
        failure: { message: 'EACCES: permission denied, open <audiences/a.yml>' },
      }),
    );
    expect(md.split('\n').slice(0, 6)).toEqual([
      '### ❌ The run failed · audience-sync · Acme Marketing · `audiences`',
      '',
      'The run stopped before it could plan. Read 2 files (17 audiences).',
      '',
      '> [!CAUTION]',
      '> **The run failed**: EACCES: permission denied, open &lt;audiences/a.yml&gt;',
    ]);
    expect(md).not.toContain('Validated');
    expect(md).not.toContain('failure-reason');
    expect(md).toContain('failed at commit `0123456`');
  });

  it('shows a top-level failure with its reason and escaped message', () => {
    const md = renderMarkdown(
      makeReport({
        failure: { reason: 'auth', message: 'token endpoint → 401: invalid_client <b>@admin</b>' },
      }),
    );
    expect(md).toBe(
      [
        '### ❌ neuroflash refused the credentials · audience-sync · Acme Marketing · `audiences`',
        '',
        'The run stopped before it could plan. Read 2 files (17 audiences).',
        '',
        '> [!CAUTION]',
        `> **neuroflash refused the credentials** (failure-reason \`auth\`): token endpoint → 401: invalid\\_client &lt;b&gt;@${Z}admin&lt;/b&gt;`,
        '',
        '---',
        '',
        'Read 2 files (17 audiences) from `audiences`. Dry run: nothing was written.',
        '',
        `failed at commit \`0123456\` · [workflow run](${RUN}) · audience-sync`,
        '',
      ].join('\n'),
    );
  });
});

describe('renderMarkdown: after an apply', () => {
  it('shows a results table, failures first, with the API messages', () => {
    const plan = makePlan({ changes: [RENAME, UPDATE, CREATE, DELETE_PRUNE], noops: 3 });
    const md = renderMarkdown(
      makeReport({
        mode: 'apply',
        dryRun: false,
        plan,
        apply: {
          ok: false,
          results: [
            { change: RENAME, status: 'done' },
            {
              change: UPDATE,
              status: 'failed',
              error: 'must be between 3 and 100 characters | name',
              httpStatus: 422,
            },
            { change: CREATE, status: 'done', id: 'new-1' },
            { change: DELETE_PRUNE, status: 'skipped', error: 'changed since the plan' },
          ],
        },
      }),
    );
    expect(md.split('\n').slice(0, 3)).toEqual([
      '### ✅ Applied · audience-sync · Acme Marketing · `audiences`',
      '',
      '**Applied 2 of 4 changes to Acme Marketing:** 2 applied, 1 failed, 1 not started. The step passed.',
    ]);
    const rows = tableRows(md).map(cells);
    expect(rows).toEqual([
      ['', 'Audience', 'Change', 'Result'],
      [
        '✏️',
        'Developers',
        'update: maxAge, interests, genderDistribution, country',
        '❌\u00a0failed: must be between 3 and 100 characters \\| name (HTTP 422)',
      ],
      [
        '🗑️',
        'Old campaign',
        'delete (pruned: no file declares it)',
        '⏭️\u00a0skipped: changed since the plan',
      ],
      ['🔀', 'Marketing managers → Marketing leaders', 'rename; also residence', '✅\u00a0applied'],
      ['🆕', 'Founders', 'create', '✅\u00a0applied'],
    ]);
    expect(md).not.toContain('Dry run');
  });

  it('names a change that has no result as not started', () => {
    const md = renderMarkdown(
      makeReport({
        mode: 'apply',
        dryRun: false,
        plan: makePlan({ changes: [UPDATE, CREATE] }),
        apply: { ok: true, results: [{ change: { ...UPDATE }, status: 'done' }] },
      }),
    );
    expect(tableRows(md).map(cells).slice(1)).toEqual([
      ['🆕', 'Founders', 'create', '⏭️\u00a0not started'],
      [
        '✏️',
        'Developers',
        'update: maxAge, interests, genderDistribution, country',
        '✅\u00a0applied',
      ],
    ]);
  });
});

describe('renderMarkdown: validation', () => {
  const problems: Problem[] = [
    {
      file: 'audiences/a.yml',
      line: 2,
      column: 1,
      severity: 'error',
      rule: 'schema',
      message: 'unknown key "intrests"',
    },
    {
      file: 'audiences/b.yml',
      line: 9,
      column: 7,
      severity: 'error',
      rule: 'gender-sum',
      message: 'the shares sum to 0.9, not 1',
    },
    {
      file: 'audiences/b.yml',
      line: 1,
      column: 7,
      severity: 'warning',
      rule: 'similar-names',
      message: '"A" and "a"',
    },
  ];

  it('lists every problem, past the ten annotations GitHub shows', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...problems[0], line: i + 1 }) as Problem);
    const md = renderMarkdown(makeReport({ mode: 'validate', problems: many }));
    expect(md.match(/^- ❌ error at line \d+, column 1: unknown key "intrests"$/gm)).toHaveLength(
      25,
    );
  });

  it('says validation failed and nothing was written', () => {
    const md = renderMarkdown(
      makeReport({
        mode: 'validate',
        problems,
        failure: { reason: 'invalid', message: '2 errors.' },
      }),
    );
    expect(md.split('\n\n').slice(0, 9)).toEqual([
      '### ❌ Invalid audience files · audience-sync · Acme Marketing · `audiences`',
      '**2 errors, 1 warning** in 2 files (17 audiences). Nothing was sent to neuroflash.',
      '> [!CAUTION]\n> **The audience files are invalid** (failure-reason `invalid`): 2 errors.',
      '**Validation problems** (3 problems):',
      '📄 `audiences/a.yml`',
      '- ❌ error at line 2, column 1: unknown key "intrests"',
      '📄 `audiences/b.yml`',
      [
        '- ❌ error at line 9, column 7: the shares sum to 0.9, not 1',
        '- ⚠️ warning at line 1, column 7: "A" and "a"',
      ].join('\n'),
      '---',
    ]);
  });

  it('says the files are valid', () => {
    expect(summaryLine(makeReport({ mode: 'validate' }))).toBe(
      '✅ Files valid · audience-sync · Acme Marketing · `audiences`: **Validated 2 files (17 audiences):** no problems. No plan was made.',
    );
  });
});

describe('renderMarkdown: hostile names', () => {
  const HOSTILE = [
    'Pipe | in | name',
    'Line\nbreak',
    '<script>alert(1)</script>',
    '@org/team ping',
    'Fixes #1',
    '`code` and ``more``',
    '[click](javascript:alert(1))',
    '![img](https://evil.example/x.png)',
    '*bold* _it_',
    '</summary></details><details open>',
  ];
  const changes: Change[] = HOSTILE.map((name, i) => ({
    kind: 'update',
    name,
    id: `h${i}`,
    fieldChanges: [{ field: 'residence', before: name, after: `${name} 2` }],
  }));
  const md = renderMarkdown(
    makeReport({
      workspace: { id: 'ws', name: '@acme/admins <b>' },
      plan: makePlan({
        changes,
        conflicts: [{ name: '| @x #2', ids: ['a`b', 'c'], reason: '<i>two</i>' }],
      }),
    }),
  );

  it('keeps every table row at exactly three cells, the name in the second', () => {
    const rows = tableRows(md);
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const row of rows) expect(cells(row)).toHaveLength(3);
  });

  it('writes each name as escaped text in its cell', () => {
    const names = tableRows(md)
      .slice(1)
      .map((row) => cells(row)[1]);
    expect([...names].sort()).toEqual(
      [
        'Pipe \\| in \\| name',
        'Line↵break',
        '&lt;script&gt;alert(1)&lt;/script&gt;',
        `@${Z}org/team ping`,
        `Fixes #${Z}1`,
        '\\`code\\` and \\`\\`more\\`\\`',
        '\\[click\\](javascript:alert(1))',
        `!\\[img\\](https:${Z}//evil.example/x.png)`,
        '\\*bold\\* \\_it\\_',
        '&lt;/summary&gt;&lt;/details&gt;&lt;details open&gt;',
      ].sort(),
    );
  });

  it('injects no tag, link, mention or issue reference anywhere', () => {
    const html = toHtml(md);
    expect(html).not.toMatch(/<script|<b>|<i>|<details|<img/);
    // The one link is the footer's run link.
    expect(html.match(/<a /g)).toEqual(['<a ']);
    expect(html).toContain(`<a href="${RUN}">workflow run</a>`);
    // Outside code blocks (which GitHub shows literally, mentions included) nothing pings.
    const prose = md.replace(/^```diff\n[\s\S]*?\n```$/gm, '');
    expect(prose).not.toMatch(/@(org|acme|x)\b/);
    expect(prose).not.toMatch(/(?<!&)#\d/);
    expect(prose).not.toMatch(/(?<!\\)\]\(javascript/);
    // Inside them a value shows as written: no escape a reader would see.
    expect(md).toContain('- residence: [click](javascript:alert(1))\n');
    expect(md).toContain('- residence: <script>alert(1)</script>\n');
  });

  it('escapes names inside <summary> as HTML text', () => {
    const creates: Change[] = HOSTILE.slice(-3).map((name) => ({
      kind: 'create',
      name,
      fieldChanges: [{ field: 'name', before: undefined, after: name }],
    }));
    const folded = renderMarkdown(makeReport({ plan: makePlan({ changes: creates }) }));
    expect(folded).toContain(
      '<details><summary>🆕 &lt;/summary&gt;&lt;/details&gt;&lt;details open&gt; · create (1 field)</summary>',
    );
    expect(folded).toContain(
      `<details><summary>🆕 !&#91;img&#93;(https:${Z}//evil.example/x.png) · create (1 field)</summary>`,
    );
    expect(folded).toContain(
      '<details><summary>🆕 &#42;bold&#42; &#95;it&#95; · create (1 field)</summary>',
    );
    const html = toHtml(folded);
    expect(html.match(/<details>/g)).toHaveLength(3);
    expect(html.match(/<\/details>/g)).toHaveLength(3);
  });

  it('escapes the workspace name in the heading', () => {
    expect(md.split('\n')[0]).toBe(
      `### ⛔ Blocked · audience-sync · @${Z}acme/admins &lt;b&gt; · \`audiences\``,
    );
  });

  it('keeps code spans of remote ids closed', () => {
    expect(md).toContain(
      `- ⚠️ \\| @${Z}x #${Z}2: &lt;i&gt;two&lt;/i&gt; (ids \`\`a\`b\`\`, \`c\`)\n`,
    );
  });
});

describe('renderSummary', () => {
  it('is the comment without the marker', () => {
    const report = makeReport({ plan: smallPlan() });
    expect(renderSummary(report)).toBe(renderMarkdown(report));
    expect(renderSummary(report)).not.toContain('<!--');
  });
});
