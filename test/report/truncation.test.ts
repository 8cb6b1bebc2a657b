import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model.js';
import { renderDriftIssue } from '../../src/report/drift.js';
import {
  codeUnits,
  fitToLimit,
  type Part,
  ReportTooLargeError,
  type Section,
} from '../../src/report/fit.js';
import { renderMarkdown, renderSummary } from '../../src/report/markdown.js';
import { makePlan, makeReport } from './fixtures.js';

const MARKER = '<!-- audience-sync:ws-1 -->';
const RUN = 'https://github.com/acme/audiences/actions/runs/42';

function section(priority: number, items: string[]): Section {
  return {
    kind: 'section',
    priority,
    head: '[',
    items,
    tail: ']',
    hiddenNote: (hidden, shown) => `(${hidden} hidden${shown > 0 ? ' more' : ''})`,
    describeCut: (hidden, total) => `${hidden}/${total}`,
  };
}

const NOTE: Part = { kind: 'note', render: (cuts) => `{cut ${cuts.join(',')}}` };

/** A section and a note with tiny notes, so that the arithmetic stays readable. */
function short(priority: number, items: string[]): Section {
  return {
    ...section(priority, items),
    hiddenNote: (hidden) => `(-${hidden})`,
    describeCut: (hidden) => `${hidden}`,
  };
}
const SHORT_NOTE: Part = { kind: 'note', render: (cuts) => `{${cuts.join(',')}}` };

describe('fitToLimit', () => {
  it('joins everything when it fits', () => {
    const parts = ['A', NOTE, section(0, ['1', '2']), 'Z'];
    expect(fitToLimit(parts, { limit: 100, measure: codeUnits })).toBe('A[12]Z');
  });

  it('drops the least important section first, whole items from the end', () => {
    const ten = (ch: string) => ch.repeat(10);
    const parts = [
      'A',
      SHORT_NOTE,
      short(1, [ten('a'), ten('b'), ten('c')]),
      short(0, [ten('x'), ten('y')]),
      'Z',
    ];
    // The whole is 56 long. Under 50, the important section keeps both items, the other
    // one of three, and both say what they hide.
    const out = fitToLimit(parts, { limit: 50, measure: codeUnits });
    expect(out).toBe(`A{2}[${ten('a')}](-2)[${ten('x')}${ten('y')}]Z`);
  });

  it('leaves out a section head when none of its items fit, and says how many are hidden', () => {
    const parts = ['A', NOTE, section(1, ['a'.repeat(50)]), section(0, ['x']), 'Z'];
    expect(fitToLimit(parts, { limit: 40, measure: codeUnits })).toBe('A{cut 1/1}(1 hidden)[x]Z');
  });

  it('stays strictly under the limit', () => {
    const items = Array.from({ length: 100 }, (_, i) => `item ${i};`);
    for (let limit = 60; limit < 400; limit += 7) {
      const out = fitToLimit(['head ', NOTE, section(0, items), ' foot'], {
        limit,
        measure: codeUnits,
      });
      expect(out.length).toBeLessThan(limit);
      // Only whole items: what is between the brackets splits into complete ones.
      const inner = /\[(.*)\]/.exec(out)?.[1] ?? '';
      for (const piece of inner.split(';').slice(0, -1)) expect(piece).toMatch(/^item \d+$/);
    }
  });

  it('throws when the fixed parts alone exceed the limit', () => {
    expect(() =>
      fitToLimit(['x'.repeat(20), section(0, ['a'])], { limit: 10, measure: codeUnits }),
    ).toThrow(ReportTooLargeError);
  });
});

/** A long name built to be as costly to escape as possible. */
function hostileName(i: number): string {
  return `${'|<script>@org/team #1 `x` ](javascript:alert(1)) *_~$ '.repeat(3)}${i}`;
}

function hostileUpdates(count: number): Change[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'update' as const,
    name: hostileName(i),
    id: `id-${i}`,
    fieldChanges: [
      { field: 'residence' as const, before: hostileName(i), after: `${hostileName(i)} new` },
      { field: 'interests' as const, before: ['<b>a</b>'], after: ['@org/b', '#2'] },
    ],
  }));
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((line) => line.startsWith('| '));
}

/** The number of cells of a row, counting only pipes that a GFM table splits at. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

describe('renderMarkdown: 2,000 changes with long hostile names', () => {
  const report = makeReport({ plan: makePlan({ changes: hostileUpdates(2000), noops: 5 }) });
  const md = renderMarkdown(report, { marker: MARKER });
  const diffs = md.match(/^```diff$/gm)?.length ?? 0;
  const hidden = 2000 - diffs;

  it('stays under 65,536 characters, yet fills most of the space', () => {
    expect(md.length).toBeLessThan(65_536);
    expect(md.length).toBeGreaterThan(60_000);
  });

  it('keeps the marker first, then the verdict heading', () => {
    expect(
      md.startsWith(
        `${MARKER}\n### ✅ Ready to apply on merge · audience-sync · Acme Marketing · \`audiences\`\n\n**2,000 to update · 5 unchanged.**`,
      ),
    ).toBe(true);
  });

  it('gives the budget to the diffs and cuts the table first, saying what is not shown', () => {
    expect(diffs).toBeGreaterThan(50);
    expect(hidden).toBeGreaterThan(1000);
    expect(tableRows(md)).toHaveLength(0);
    expect(md).toContain(`_… and ${hidden.toLocaleString('en-US')} more items not shown._\n`);
    expect(md).toContain(
      `> **Shortened to fit GitHub's size limit.** Not shown: ${hidden.toLocaleString('en-US')} items of the audiences to update; 2,000 of 2,000 table rows. The complete plan is in the [job summary of this run](${RUN}).\n`,
    );
    expect(md).toContain(
      `_2,000 table rows not shown._ The complete plan is in the [job summary of this run](${RUN}).\n`,
    );
  });

  it('keeps every diff block closed', () => {
    expect(md.match(/^```diff$/gm)?.length).toBe(md.match(/^```$/gm)?.length ?? 0);
  });

  it('keeps the footer', () => {
    expect(md.endsWith(`[workflow run](${RUN}) · audience-sync\n`)).toBe(true);
  });
});

describe('renderMarkdown: truncation order', () => {
  const report = makeReport({ plan: makePlan({ changes: hostileUpdates(50) }) });
  const full = renderMarkdown(report);

  it('cuts table rows before any diff, and keeps every row whole, at three cells', () => {
    expect(tableRows(full)).toHaveLength(51);
    const md = renderMarkdown(report, { maxLength: full.length - 1 });
    expect(md.length).toBeLessThan(full.length - 1);
    const rows = tableRows(md);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(51);
    for (const row of rows) expect(cellCount(row)).toBe(3);
    expect(md.match(/^```diff$/gm)?.length).toBe(50);
    expect(md).toContain(`more table rows not shown._`);
  });

  it('never leaves a <details> block open at any limit', () => {
    for (let maxLength = 3_000; maxLength < full.length; maxLength += 1_777) {
      const md = renderMarkdown(report, { maxLength });
      expect(md.length).toBeLessThan(maxLength);
      const opened = md.match(/<details[ >]/g)?.length ?? 0;
      expect(md.match(/<\/details>/g)?.length ?? 0).toBe(opened);
      const blocks = md.split(/<details(?: open)?>/).slice(1);
      for (const block of blocks)
        expect(block).toMatch(/^<summary>[^\n]*<\/summary>\n\n[\s\S]*?\n\n<\/details>\n/);
    }
  });

  it('falls back to the heading, status and footer when even the banners do not fit', () => {
    const md = renderMarkdown(
      makeReport({
        plan: makePlan({ changes: hostileUpdates(3) }),
        notices: Array(10).fill('n'.repeat(2000)),
      }),
      { marker: MARKER, maxLength: 2_000 },
    );
    expect(md.length).toBeLessThan(2_000);
    expect(md).toBe(
      [
        MARKER,
        '### ✅ Ready to apply on merge · audience-sync · Acme Marketing · `audiences`',
        '',
        '**3 to update.** Merging applies 3 changes to Acme Marketing.',
        '',
        '> [!NOTE]',
        `> **This report is too long to show here.** The complete plan is in the [job summary of this run](${RUN}).`,
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

  it('uses the caller’s hint for where the rest is', () => {
    const md = renderMarkdown(report, { maxLength: 5_000, summaryHint: 'See the artifact.' });
    expect(md).toContain('table rows not shown._ See the artifact.\n');
  });
});

describe('renderSummary: the 1,000,000-byte budget', () => {
  it('counts UTF-8 bytes, so names in CJK script cannot push it over 1 MiB', () => {
    const name = (i: number) => `市場調査チーム${'営業部門の顧客'.repeat(40)}${i}`;
    const changes: Change[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'update',
      name: name(i),
      id: `id-${i}`,
      fieldChanges: [{ field: 'residence', before: name(i), after: `${name(i)}東京` }],
    }));
    const summary = renderSummary(makeReport({ plan: makePlan({ changes }) }));
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(1_000_000);
    expect(Buffer.byteLength(summary, 'utf8')).toBeGreaterThan(990_000);
    expect(summary).toContain('**Shortened to fit GitHub');
    expect(summary).toContain(
      "This step's `plan` output, or `audience-sync plan` run locally, gives the complete plan.",
    );
    expect(summary).not.toContain('<!--');
  });
});

describe('renderDriftIssue: 2,000 drifted audiences', () => {
  it('stays under 65,536 characters and says what is not shown', () => {
    const { body } = renderDriftIssue(
      makeReport({ plan: makePlan({ changes: hostileUpdates(2000) }) }),
      {
        marker: '<!-- audience-sync-drift:ws-1 -->',
      },
    );
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith('<!-- audience-sync-drift:ws-1 -->\n**Drift in Acme Marketing')).toBe(
      true,
    );
    expect(body).toMatch(
      /_… and [\d,]+ more drifted audiences not shown\._ The complete plan is in the \[job summary/,
    );
    // Each shown audience keeps all its field lines: entries are cut whole.
    const entries = body.split('\n- ✏️ ').slice(1);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(entry.split('\n  - ').length).toBe(3);
  });
});
