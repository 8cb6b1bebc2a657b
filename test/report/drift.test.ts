import { describe, expect, it } from 'vitest';
import { renderDriftIssue, wantsHas } from '../../src/report/drift.js';
import { makePlan, makeReport, smallPlan } from './fixtures.js';

const Z = '\u200B';
const RUN = 'https://github.com/acme/audiences/actions/runs/42';

describe('renderDriftIssue', () => {
  it('titles the issue after the workspace', () => {
    expect(renderDriftIssue(makeReport({ plan: smallPlan() })).title).toBe(
      'Audience drift in workspace "Acme Marketing"',
    );
  });

  it('keeps a hostile workspace name to one line in the title', () => {
    const { title } = renderDriftIssue(
      makeReport({
        workspace: { id: 'w', name: 'Acme\n\nMarketing\u202E   team' },
        plan: makePlan(),
      }),
    );
    expect(title).toBe('Audience drift in workspace "Acme↵↵Marketing\uFFFD team"');
  });

  it('lists each drifted audience and field as what the file wants and what neuroflash has', () => {
    const { body } = renderDriftIssue(makeReport({ plan: smallPlan(), dryRun: true }), {
      marker: '<!-- audience-sync-drift:ws-1 -->',
    });
    expect(body).toBe(
      [
        '<!-- audience-sync-drift:ws-1 -->',
        '**Drift in Acme Marketing (`ws-1`):** 7 audiences in neuroflash differ from the files (1 to create, 1 to update, 1 to rename, 2 to delete, 1 blocked, 1 conflict; 12 unchanged).',
        '',
        '- 🔀 **Marketing leaders**: neuroflash has it under its previous name "Marketing managers"',
        '  - **residence:** the file wants "Munich", neuroflash has "Berlin"',
        '- ✏️ **Developers**',
        '  - **maxAge:** the file wants 45, neuroflash has 40',
        '  - **interests:** the file wants \\["Rust", "SEO", "growth"\\], neuroflash has \\["AI", "Rust"\\] (neuroflash lacks "SEO", "growth"; has extra "AI")',
        '  - **genderDistribution:** the file wants female 0.45 · male 0.45 · nonBinary 0.07 · preferNotToSay 0.03, neuroflash has female 0.5 · male 0.4 · nonBinary 0.07 · preferNotToSay 0.03',
        '  - **country:** the file wants "US", neuroflash has (not set)',
        '- 🆕 **Founders**: the files declare it (audiences/founders.yml:1), neuroflash does not have it',
        '- 🗑️ **Old campaign**: neuroflash has it, no file declares it (prune is on)',
        '- 🗑️ **Retired**: the file says `state: absent` (audiences/retired.yml:3), neuroflash still has it',
        '',
        '**Blocked:** the remote permissions forbid repairing these, so a sync never attempts them.',
        '',
        '- ⛔ update **Partners**: owned by someone else (canUpdate is false)',
        '  - **residence:** the file wants "Lyon", neuroflash has "Paris"',
        '',
        '**Conflicts:** several audiences in neuroflash have one of these names, so a sync leaves the name alone.',
        '',
        '- ⚠️ Twins: 2 audiences have this name (ids `id-a`, `id-b`)',
        '',
        'To repair the drift, run audience-sync with `dry-run: false`; to keep it, change the files to match neuroflash. This issue is updated on each drift check, and closed once neuroflash matches the files again.',
        '',
        '---',
        '',
        'Read 2 files (17 audiences) from `audiences`. Dry run: nothing was written.',
        '',
        `Plan fingerprint: \`f1e2d3c4b5a69788\` · planned at commit \`0123456\` · [workflow run](${RUN}) · audience-sync`,
        '',
      ].join('\n'),
    );
  });

  it('says there is no drift when the plan is empty', () => {
    const { body } = renderDriftIssue(makeReport({ plan: makePlan({ noops: 4 }) }));
    expect(body.split('\n')[0]).toBe(
      '**No drift in Acme Marketing (`ws-1`):** No changes. 4 audiences are up to date.',
    );
    expect(body).not.toContain('To repair');
  });

  it('escapes hostile names and values', () => {
    const plan = makePlan({
      changes: [
        {
          kind: 'update',
          name: '@org/team | #5',
          id: 'x',
          fieldChanges: [{ field: 'residence', before: '<img src=x>', after: '[a](javascript:b)' }],
        },
      ],
    });
    const { body } = renderDriftIssue(makeReport({ plan }));
    expect(body).toContain(
      `- ✏️ **@${Z}org/team \\| #${Z}5**\n  - **residence:** the file wants "\\[a\\](javascript:b)", neuroflash has "&lt;img src=x&gt;"\n`,
    );
  });
});

describe('wantsHas', () => {
  it('reads a missing file value as (not set)', () => {
    expect(wantsHas({ field: 'country', before: 'US', after: undefined })).toBe(
      'the file wants (not set), neuroflash has "US"',
    );
  });
});
