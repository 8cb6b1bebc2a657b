/**
 * The comment and the summary as a reader sees them: rendered by a GFM renderer, then
 * checked for what the reader should and should not see, for each case a pull request
 * meets.
 */
import { describe, expect, it } from 'vitest';
import type { Change, Plan, Problem } from '../../src/model.js';
import {
  COMMENT_LIMIT,
  renderAppliedComment,
  renderMarkdown,
  renderSummary,
} from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/types.js';
import { CREATE, DELETE_PRUNE, makePlan, makeReport, RENAME, UPDATE } from './fixtures.js';
import { markdownCells, tableShapes, toHtml, visibleText } from './gfm.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const REPO = 'https://github.com/acme/audiences';

const LONG_BEFORE =
  'Marketing leads at B2B software companies with 50 to 500 employees who own the content calendar, ' +
  'report to the CMO, and measure success by pipeline generated from organic search and newsletters. ' +
  'They prefer short, practical guides over long reports.';
const LONG_AFTER = LONG_BEFORE.replace('organic search', 'organic social');

/** An update with every kind of value the diff has to show well. */
const RICH_UPDATE: Change = {
  kind: 'update',
  name: 'Content marketers',
  id: 'id-rich',
  fieldChanges: [
    { field: 'maxAge', before: 50, after: 55 },
    {
      field: 'interests',
      before: ['SEO', 'B2B SaaS & "growth"'],
      after: ['SEO', 'AI <tools>', 'B2B SaaS & "growth" loops'],
    },
    {
      field: 'genderDistribution',
      before: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
      after: { female: 0.45, male: 0.45, nonBinary: 0.07, preferNotToSay: 0.03 },
    },
    { field: 'additionalInformation', before: LONG_BEFORE, after: LONG_AFTER },
  ],
};

const DELETE_WITH_VALUES: Change = {
  ...DELETE_PRUNE,
  removed: {
    name: 'Old campaign',
    residence: 'Hamburg',
    minAge: 25,
    maxAge: 45,
    interests: ['events & "trade fairs"'],
  },
};

const VERDICTS =
  /^(✅|⛔|🛑|❌|⚠️) (Ready to apply on merge|No changes|Blocked|Delete guard tripped|Invalid audience files|Files valid|Applied|Apply failed|Plan changed since it was reviewed|Merged: nothing to apply) · audience-sync/;

/** Renders and checks what holds for every case; returns the HTML and the visible text. */
function rendered(markdown: string): { html: string; text: string } {
  const html = toHtml(markdown);
  const text = visibleText(html);
  // The first thing shown is the heading, and it carries the verdict.
  const first = html.replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  expect(first).toMatch(/^<h3>/);
  expect(visibleText(first.slice(0, first.indexOf('</h3>'))).trim()).toMatch(VERDICTS);
  // Nothing a reader should never see: escaped quotes, raw tags, double-escaped entities.
  expect(text).not.toMatch(/\\"/);
  expect(text).not.toMatch(/<\/?(details|summary|b|i|script|table|br)\b/);
  expect(text).not.toContain('&amp;');
  expect(text).not.toMatch(/&(lt|gt|quot|#\d+);/);
  // Tables intact: every row has as many cells as the header, in the source and rendered.
  for (const shape of tableShapes(html)) {
    for (const row of shape) expect(row).toBe(shape[0]);
  }
  const sourceRows = markdown.split('\n').filter((line) => line.startsWith('| '));
  const widths = new Set(sourceRows.map((row) => markdownCells(row).length));
  expect(widths.size).toBeLessThanOrEqual(1);
  // Every <details> opened is closed.
  expect(html.match(/<details/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
  return { html, text };
}

function diffBlocks(html: string): string[] {
  return [...html.matchAll(/<code class="language-diff">([\s\S]*?)<\/code>/g)].map((m) =>
    visibleText(m[1] ?? ''),
  );
}

function planReport(plan: Plan, parts: Partial<RunReport> = {}): RunReport {
  return makeReport({ plan, repoUrl: REPO, commitSha: SHA, ...parts });
}

describe('the rendered comment: a small plan', () => {
  const plan = makePlan({ changes: [RICH_UPDATE, RENAME, CREATE, DELETE_WITH_VALUES], noops: 3 });
  const md = renderMarkdown(planReport(plan), { marker: '<!-- audience-sync:plan key=k -->' });
  const { html, text } = rendered(md);

  it('says first that it is ready to apply, then the counts without zeros and what merging does', () => {
    expect(visibleText(html.slice(0, html.indexOf('</h3>'))).trim()).toBe(
      '✅ Ready to apply on merge · audience-sync · Acme Marketing · audiences',
    );
    expect(text).toContain(
      '1 to delete · 1 to update · 1 to rename · 1 to create · 3 unchanged. Merging applies 4 changes to Acme Marketing.',
    );
    expect(text).not.toMatch(/\b0 to /);
  });

  it('shows a diff block per audience, the delete first, with the values it removes', () => {
    const blocks = diffBlocks(html);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toBe(
      [
        '- name: Old campaign',
        '- residence: Hamburg',
        '- minAge: 25',
        '- maxAge: 45',
        '- interests:',
        '-   - events & "trade fairs"',
        '',
      ].join('\n'),
    );
  });

  it('diffs values: changed shares only, list items added and removed, long text by word', () => {
    const update = diffBlocks(html)[1] ?? '';
    expect(update).toContain('- maxAge: 50\n+ maxAge: 55\n');
    expect(update).toContain('  genderDistribution:\n-   female: 0.5\n+   female: 0.45\n');
    expect(update).not.toContain('nonBinary');
    expect(update).toContain('-   - B2B SaaS & "growth"\n');
    expect(update).toContain('+   - AI <tools>\n+   - B2B SaaS & "growth" loops\n');
    expect(update).not.toMatch(/^[-+] {3}- SEO$/m);
    const words = update.split('\n').filter((l) => /^[-+] {3}…/.test(l));
    expect(words).toEqual([
      '-   …by pipeline generated from organic search and newsletters. They prefer short,…',
      '+   …by pipeline generated from organic social and newsletters. They prefer short,…',
    ]);
  });

  it('folds a create but shows its values inside', () => {
    expect(html).toMatch(/<details><summary>🆕 Founders · create \(1 field\)<\/summary>/);
    expect(diffBlocks(html)[3]).toBe('+ name: Founders\n');
  });
});

describe('the rendered comment: 300+ changes', () => {
  const updates: Change[] = Array.from({ length: 300 }, (_, i) => ({
    kind: 'update',
    name: `Old list ${i + 1}`,
    id: `u${i}`,
    fieldChanges: [{ field: 'maxAge', before: 45, after: 50 }],
  }));
  const odd: Change[] = Array.from({ length: 20 }, (_, i) => ({
    kind: 'update',
    name: `Region ${i + 1}`,
    id: `r${i}`,
    fieldChanges: [{ field: 'residence', before: `City ${i}`, after: `Town ${i}` }],
  }));
  const deletes: Change[] = Array.from({ length: 8 }, (_, i) => ({
    ...DELETE_WITH_VALUES,
    name: `Retired ${10 - i}`,
    id: `d${i}`,
  }));
  const plan = makePlan({
    changes: [...updates, ...odd, ...deletes],
    guard: { maxDeletes: 10, deletes: 8, tripped: false },
  });
  const md = renderMarkdown(planReport(plan));
  const { html, text } = rendered(md);

  it('stays under the comment limit', () => {
    expect(md.length).toBeLessThan(COMMENT_LIMIT);
  });

  it('groups by kind, riskiest first, each group collapsible', () => {
    const summaries = [...html.matchAll(/<summary>([^<]*)<\/summary>/g)].map((m) => m[1]);
    expect(summaries).toEqual([
      '🗑️ 8 audiences to delete',
      '✏️ 320 audiences to update · 21 distinct changes',
      'All 328 changes as a table',
    ]);
    expect(html).toContain('<details open><summary>🗑️ 8 audiences to delete');
  });

  it('tells 300 identical changes once, and sorts names naturally', () => {
    expect(text).toContain('✏️ 300 audiences: maxAge 45 → 50');
    expect(text).toContain('Old list 1, Old list 2, Old list 3,');
    expect(text.indexOf('Retired 3')).toBeLessThan(text.indexOf('Retired 10'));
  });

  it('shows what each delete removes', () => {
    expect(text).toContain('Retired 3 · pruned — Hamburg · ages 25–45');
  });
});

describe('the rendered comment: when the budget bites, the table goes first', () => {
  const changes: Change[] = Array.from({ length: 400 }, (_, i) => ({
    kind: 'update',
    name: `Audience ${i}`,
    id: `a${i}`,
    fieldChanges: [
      {
        field: 'additionalInformation',
        before: `${LONG_BEFORE} ${i}`,
        after: `${LONG_AFTER} ${i}`,
      },
    ],
  }));
  const md = renderMarkdown(planReport(makePlan({ changes })));
  const { html } = rendered(md);

  it('keeps diffs and cuts table rows, and says so', () => {
    expect(md.length).toBeLessThan(COMMENT_LIMIT);
    expect(diffBlocks(html).length).toBeGreaterThan(50);
    expect(html).not.toContain('All 400 changes as a table');
    expect(md).toMatch(/Not shown: [^.]*400 table rows/);
  });
});

describe('the rendered comment: other cases', () => {
  it('an empty plan says there are no changes', () => {
    const { text } = rendered(renderMarkdown(planReport(makePlan({ noops: 12 }))));
    expect(text).toMatch(/^✅ No changes · audience-sync · Acme Marketing · audiences\n/);
    expect(text).toContain('12 unchanged. The workspace already matches the files');
  });

  it('an invalid file links each problem to its line, grouped by file', () => {
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
        file: 'audiences/b b.yml',
        line: 9,
        column: 7,
        severity: 'error',
        rule: 'gender-sum',
        message: 'the shares sum to 0.9, not 1',
      },
      {
        file: 'audiences/a.yml',
        line: 5,
        column: 3,
        severity: 'warning',
        rule: 'similar-names',
        message: '"A" & "a"',
      },
    ];
    const md = renderMarkdown(
      makeReport({
        mode: 'validate',
        problems,
        repoUrl: REPO,
        commitSha: SHA,
        failure: { reason: 'invalid', message: '2 errors in the audience files.' },
      }),
    );
    const { html, text } = rendered(md);
    expect(text).toMatch(/^❌ Invalid audience files · /);
    expect(html).toContain(`<a href="${REPO}/blob/${SHA}/audiences/a.yml#L2">line 2, column 1</a>`);
    expect(html).toContain(`<a href="${REPO}/blob/${SHA}/audiences/b%20b.yml#L9">`);
    // Grouped: both problems of a.yml come before b b.yml's.
    expect(text.indexOf('"A" & "a"')).toBeLessThan(text.indexOf('the shares sum'));
  });

  it('a tripped guard says so first and lists every delete', () => {
    const deletes = Array.from({ length: 12 }, (_, i) => ({
      ...DELETE_PRUNE,
      name: `Gone ${i}`,
      id: `g${i}`,
    }));
    const md = renderMarkdown(
      planReport(
        makePlan({ changes: deletes, guard: { maxDeletes: 10, deletes: 12, tripped: true } }),
        {
          failure: { reason: 'guard-tripped', message: 'The plan deletes 12 audiences.' },
          guardAllow: ['set `max-deletes: 12`'],
        },
      ),
    );
    const { text } = rendered(md);
    expect(text).toMatch(/^🛑 Delete guard tripped · /);
    expect(text).toContain('Merging applies nothing until the delete guard is lifted.');
    for (let i = 0; i < 12; i++) expect(text).toContain(`Gone ${i}`);
  });

  it('a blocked change is in the table, first, with its reason and its diff', () => {
    const plan = makePlan({
      changes: [UPDATE],
      blocked: [
        {
          kind: 'blocked',
          action: 'update',
          name: 'Partners',
          id: 'id-b',
          fieldChanges: [{ field: 'residence', before: 'Paris', after: 'Lyon' }],
          reason: 'owned by someone else (canUpdate is false)',
        },
      ],
    });
    const { html, text } = rendered(renderMarkdown(planReport(plan)));
    expect(text).toMatch(/^⛔ Blocked · /);
    const firstRow = html.split('<tbody>')[1]?.split('</tr>')[0] ?? '';
    expect(visibleText(firstRow)).toContain('Partners');
    expect(visibleText(firstRow)).toContain('owned by someone else');
    expect(diffBlocks(html)[0]).toBe('- residence: Paris\n+ residence: Lyon\n');
  });

  it('a fork pull request (no credentials) shows the validation only', () => {
    const md = renderMarkdown(
      makeReport({
        mode: 'validate',
        workspace: undefined,
        workspaceInput: 'Acme Marketing',
        notices: [
          'No neuroflash credentials (a pull request from a fork gets no secrets): validated the files only.',
        ],
      }),
    );
    const { text } = rendered(md);
    expect(text).toMatch(/^✅ Files valid · audience-sync · Acme Marketing · audiences\n/);
    expect(text).toContain('a pull request from a fork gets no secrets');
  });
});

describe('the rendered summary and applied comment', () => {
  const plan = makePlan({ changes: [UPDATE, CREATE, DELETE_WITH_VALUES] });
  const applyReport = planReport(plan, {
    mode: 'apply',
    dryRun: false,
    apply: {
      ok: false,
      results: [
        { change: UPDATE, status: 'done' },
        { change: CREATE, status: 'failed', error: 'name taken', httpStatus: 409 },
        {
          change: DELETE_WITH_VALUES,
          status: 'skipped',
          error: 'not started: the run was cancelled',
        },
      ],
    },
    failure: { reason: 'apply-failed', message: '1 change failed.' },
  });

  it('the apply summary speaks in the past tense and says the step failed', () => {
    const { text } = rendered(renderSummary(applyReport));
    expect(text).toMatch(/^❌ Apply failed · audience-sync · Acme Marketing · audiences\n/);
    expect(text).toContain(
      'Applied 1 of 3 changes to Acme Marketing: 1 applied, 1 failed, 1 not started. The step failed (failure-reason apply-failed).',
    );
  });

  it('the applied comment shows each change’s outcome and the merge commit', () => {
    const md = renderAppliedComment(applyReport, { marker: '<!-- audience-sync:plan key=k -->' });
    const { html, text } = rendered(md);
    expect(md.startsWith('<!-- audience-sync:plan key=k -->\n### ')).toBe(true);
    expect(text).toContain('Merged as commit 0123456');
    const rows = html.split('<tbody>')[1]?.split('</tr>').map(visibleText) ?? [];
    expect(rows[0]).toMatch(/Founders[\s\S]*❌\u00a0failed: name taken \(HTTP 409\)/);
    expect(rows[1]).toMatch(/Old campaign[\s\S]*⏭️\u00a0not started: the run was cancelled/);
    expect(rows[2]).toMatch(/Developers[\s\S]*✅\u00a0applied/);
    // The diffs stay, folded under the outcomes.
    expect(html).toContain('<details><summary>What each change did</summary>');
    expect(diffBlocks(html)).toHaveLength(3);
  });

  it('a summary that passed says so', () => {
    const ok = planReport(makePlan({ changes: [UPDATE] }), {
      mode: 'apply',
      dryRun: false,
      apply: { ok: true, results: [{ change: UPDATE, status: 'done' }] },
    });
    const { text } = rendered(renderSummary(ok));
    expect(text).toMatch(/^✅ Applied · /);
    expect(text).toContain('Applied 1 change to Acme Marketing: 1 applied. The step passed.');
  });
});

describe('the comment body without GitHub (the CLI preview)', () => {
  it('renders from what the CLI has: no marker, commit, run or repository', () => {
    const problem: Problem = {
      file: 'audiences/a.yml',
      line: 4,
      column: 2,
      severity: 'warning',
      rule: 'similar-names',
      message: 'Names differ only in case',
    };
    const report: RunReport = {
      mode: 'plan',
      dryRun: true,
      workspace: { id: 'ws-1', name: 'Acme Marketing' },
      paths: ['audiences'],
      files: ['audiences/a.yml'],
      audienceCount: 1,
      problems: [problem],
      plan: makePlan({ changes: [UPDATE] }),
    };
    const { html, text } = rendered(renderMarkdown(report));
    expect(text).toMatch(
      /^✅ Ready to apply on merge · audience-sync · Acme Marketing · audiences\n/,
    );
    expect(diffBlocks(html)).toHaveLength(1);
    expect(html).not.toContain('<a ');
    expect(text).toContain('warning at line 4, column 2: Names differ only in case');
  });
});

describe('the outcome of a change skipped as a conflict', () => {
  it('reads as a conflict, once, in the status line and the table', () => {
    const report = planReport(makePlan({ changes: [UPDATE, RENAME] }), {
      mode: 'apply',
      dryRun: false,
      apply: {
        ok: false,
        results: [
          { change: UPDATE, status: 'conflict', error: 'changed in neuroflash since the plan' },
          { change: RENAME, status: 'done' },
        ],
      },
      failure: { reason: 'apply-failed', message: '1 change was skipped as a conflict.' },
    });
    const { text } = rendered(renderSummary(report));
    expect(text).toContain('1 applied, 1 skipped as a conflict.');
    expect(text).toContain('⚠️\u00a0conflict: changed in neuroflash since the plan');
  });
});

describe('the applied comment when nothing was applied', () => {
  it('says the plan changed, that nothing was applied, and that the step failed', () => {
    const report = planReport(makePlan({ changes: [UPDATE] }), {
      mode: 'plan',
      dryRun: false,
      commitSha: 'f0e1d2c3b4a5968778695a4b3c2d1e0f98765432',
      failure: { reason: 'plan-changed', message: 'The plan changed since it was reviewed.' },
      planChange: {
        reviewedFingerprint: 'aaaa',
        freshFingerprint: 'bbbb',
        removed: [],
        added: ['~ Developers [id-update]: maxAge 40 → 45'],
        action: 'fail',
      },
    });
    const { text } = rendered(renderAppliedComment(report));
    expect(text).toMatch(/^❌ Plan changed since it was reviewed · audience-sync/);
    expect(text).toContain(
      '1 to update. Nothing was applied. The step failed (failure-reason plan-changed).',
    );
    expect(text).toContain('Merged as commit f0e1d2c');
  });

  it('says a merge with nothing to apply had nothing to apply', () => {
    const report = planReport(makePlan({ noops: 4 }), { mode: 'plan', dryRun: false });
    const { text } = rendered(renderAppliedComment(report, { mergeSha: 'abcdef0123456789' }));
    expect(text).toMatch(/^✅ Merged: nothing to apply · audience-sync · Acme Marketing/);
    expect(text).toContain('Merged as commit abcdef0');
  });
});
