/**
 * The PR comment and the job summary: one markdown document, sized to its sink.
 */
import type { ApplyResult, BlockedChange, Change, ChangeResult, ChangeStatus } from '../model.js';
import {
  alert,
  banners,
  failedBeforePlan,
  footer,
  jobSummaryHint,
  note,
  plain,
  problemsSection,
  shortenedNote,
} from './blocks.js';
import { codeSpan, escapeHtml, escapeMarkdown, truncateText } from './escape.js';
import {
  codeUnits,
  fitToLimit,
  type Part,
  ReportTooLargeError,
  type Section,
  utf8Bytes,
} from './fit.js';
import {
  changedFieldNames,
  describeFieldChange,
  detailFieldChanges,
  formatCount,
  hasChanges,
  noChangesSentence,
  plural,
  problemCounts,
  summaryCounts,
} from './format.js';
import type { RunReport } from './types.js';

/** GitHub's limit for a comment body, in characters; the comment stays strictly under it. */
export const COMMENT_LIMIT = 65_536;

/** The job summary's budget in UTF-8 bytes, below GitHub's 1 MiB per step. */
export const SUMMARY_LIMIT = 1_000_000;

/** A long value in a field diff is shown up to this many characters. */
const MAX_DETAIL = 2_000;

export interface MarkdownOptions {
  /** The hidden marker (an HTML comment) that finds the comment again; it comes first. */
  marker?: string;
  /** The size limit in UTF-16 code units; the output stays strictly below. Default 65,536. */
  maxLength?: number;
  /**
   * Markdown telling where the complete report is when this one is shortened. Default:
   * the job summary of the run, linked when `runUrl` is known.
   */
  summaryHint?: string;
}

/**
 * The PR comment: marker, summary line, banners, the table of changes, a collapsible
 * field diff per update or rename, blocked changes, conflicts, kept audiences, apply
 * results, validation problems and the footer. Shortened, whole items at a time, to
 * stay under `maxLength`; if even the banners do not fit, only the marker, the summary
 * line, a pointer to the rest and the footer remain.
 *
 * @throws ReportTooLargeError when not even those fit (a `maxLength` of a few hundred).
 */
export function renderMarkdown(report: RunReport, options: MarkdownOptions = {}): string {
  return renderDocument(report, {
    marker: options.marker,
    limit: options.maxLength ?? COMMENT_LIMIT,
    measure: codeUnits,
    hint: options.summaryHint ?? jobSummaryHint(report),
  });
}

/**
 * The job summary: the comment's content without the marker, within 1,000,000 UTF-8
 * bytes (GitHub allows 1 MiB per step).
 */
export function renderSummary(
  report: RunReport,
  options: { maxBytes?: number; summaryHint?: string } = {},
): string {
  return renderDocument(report, {
    limit: options.maxBytes ?? SUMMARY_LIMIT,
    measure: utf8Bytes,
    hint:
      options.summaryHint ??
      `This step's ${codeSpan('plan')} output, or ${codeSpan('audience-sync plan')} run locally, gives the complete plan.`,
  });
}

interface DocumentOptions {
  marker?: string | undefined;
  limit: number;
  measure: (text: string) => number;
  hint: string;
}

function renderDocument(report: RunReport, options: DocumentOptions): string {
  const head = options.marker ? `${options.marker}\n` : '';
  const summary = `${summaryLine(report)}\n\n`;
  const end = footer(report);
  const parts: Part[] = [
    head,
    summary,
    ...banners(report),
    shortenedNote(options.hint),
    ...planSections(report, options.hint),
    problemsSection(report.problems, 0),
    end,
  ];
  const fitOptions = { limit: options.limit, measure: options.measure };
  try {
    return fitToLimit(parts, fitOptions);
  } catch (error) {
    if (!(error instanceof ReportTooLargeError)) throw error;
    // Even the banners do not fit (a tiny limit): keep what identifies the report.
    const cut = alert('NOTE', [`**This report is too long to show here.** ${options.hint}`]);
    return fitToLimit([head, summary, cut, end], fitOptions);
  }
}

/** The bold first line: the plan's counts, the apply's outcome, or validation's verdict. */
export function summaryLine(report: RunReport): string {
  const { plan, apply, workspace } = report;
  const where = workspace ? ` ${plain(workspace.name)}` : '';
  if (plan && report.mode === 'apply' && apply) {
    const outcome = apply.results.length === 0 ? noChangesSentence(plan) : `${applyCounts(apply)}.`;
    return `**Applied${where ? ` to${where}` : ''}:** ${outcome} Plan: ${summaryCounts(plan)}.`;
  }
  if (plan) {
    const counts = hasChanges(plan) ? `${summaryCounts(plan)}` : noChangesSentence(plan);
    return `**Plan${where ? ` for${where}` : ''}:** ${counts}`;
  }
  const errors = report.problems.some((p) => p.severity === 'error');
  const read = `${plural(report.files.length, 'file')} (${plural(report.audienceCount, 'audience')})`;
  if (errors) {
    return `**Validation failed:** ${problemCounts(report.problems)} in ${read}. Nothing was written.`;
  }
  if (failedBeforePlan(report)) {
    return `**No plan${where ? ` for${where}` : ''}:** the run failed before it could plan.`;
  }
  return `**Validated ${read}:** ${problemCounts(report.problems)}`;
}

const STATUS_ORDER: Record<ChangeStatus | 'not-run', number> = {
  failed: 0,
  conflict: 1,
  skipped: 2,
  'not-run': 3,
  done: 4,
};

/** `5 done, 1 failed, 1 skipped, 1 conflict`: failures always named, zeros left out. */
export function applyCounts(apply: ApplyResult): string {
  const count = (status: ChangeStatus) => apply.results.filter((r) => r.status === status).length;
  const parts = [`${formatCount(count('done'))} done`];
  if (count('failed') > 0) parts.push(`${formatCount(count('failed'))} failed`);
  if (count('skipped') > 0) parts.push(`${formatCount(count('skipped'))} skipped`);
  if (count('conflict') > 0) parts.push(plural(count('conflict'), 'conflict'));
  return parts.join(', ');
}

/** The emoji of each kind of change in markdown. */
export const KIND_SYMBOL: Record<Change['kind'], string> = {
  create: '➕',
  update: '✏️',
  rename: '🔀',
  delete: '➖',
};

const STATUS_CELL: Record<ChangeStatus, string> = {
  done: '✅ done',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  conflict: '⚠️ conflict',
};

/** `Old → New` for a rename, else the name, escaped for a table cell. */
function audienceCell(change: Pick<Change, 'kind' | 'name' | 'fromName'>): string {
  if (change.kind === 'rename' && change.fromName !== undefined) {
    return `${escapeMarkdown(change.fromName)} → ${escapeMarkdown(change.name)}`;
  }
  return escapeMarkdown(change.name);
}

/** What the change does, in a few words. */
export function changeWords(change: Change): string {
  const fields = changedFieldNames(change.fieldChanges, change.kind);
  switch (change.kind) {
    case 'create':
      return 'create';
    case 'update':
      return `update: ${fields.join(', ')}`;
    case 'rename':
      return fields.length > 0 ? `rename; also ${fields.join(', ')}` : 'rename';
    case 'delete':
      return change.deleteReason === 'absent'
        ? 'delete (state: absent)'
        : 'delete (pruned: no file declares it)';
  }
}

function resultWords(result: ChangeResult | undefined): string {
  if (!result) return '— not attempted';
  const why = result.error ? `: ${escapeMarkdown(truncateText(result.error, 500))}` : '';
  const status = result.httpStatus !== undefined ? ` (HTTP ${result.httpStatus})` : '';
  return `${STATUS_CELL[result.status]}${why}${status}`;
}

/** The key that ties a result to its change even when the applier copied the change. */
export function changeKey(change: Pick<Change, 'kind' | 'name' | 'id'>): string {
  return `${change.kind}\u0000${change.id ?? ''}\u0000${change.name}`;
}

/** Each change with its result, failures first after an apply, else in plan order. */
function rows(report: RunReport): { change: Change; result?: ChangeResult }[] {
  const changes = report.plan?.changes ?? report.apply?.results.map((r) => r.change) ?? [];
  if (!report.apply) return changes.map((change) => ({ change }));
  const byKey = new Map(report.apply.results.map((r) => [changeKey(r.change), r]));
  const paired = changes.map((change) => ({ change, result: byKey.get(changeKey(change)) }));
  const rank = (r: ChangeResult | undefined) => STATUS_ORDER[r?.status ?? 'not-run'];
  return paired
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row.result) - rank(b.row.result) || a.i - b.i)
    .map(({ row }) =>
      row.result ? { change: row.change, result: row.result } : { change: row.change },
    );
}

/** The sections that come from the plan and the apply, in document order. */
function planSections(report: RunReport, hint: string): Part[] {
  const plan = report.plan;
  const applied = report.apply !== undefined;
  const table = rows(report);
  const noun = applied ? 'result' : 'change';
  const changeTable: Section = {
    kind: 'section',
    priority: 2,
    head: applied
      ? '| | Audience | Change | Result |\n|---|---|---|---|\n'
      : '| | Audience | Change |\n|---|---|---|\n',
    items: table.map(({ change, result }) => {
      const cells = [
        KIND_SYMBOL[change.kind],
        audienceCell(change),
        escapeMarkdown(changeWords(change)),
      ];
      if (applied) cells.push(resultWords(result));
      return `| ${cells.join(' | ')} |\n`;
    }),
    tail: '\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, noun, ` ${hint}`),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, noun)}`,
  };
  const detailed = table.map((r) => r.change).filter(hasDetails);
  const details: Section = {
    kind: 'section',
    priority: 5,
    head: '',
    items: detailed.map(detailsBlock),
    tail: '',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'field diff'),
    describeCut: (hidden) => `the field diffs of ${plural(hidden, 'change')}`,
  };
  const blocked: Section = {
    kind: 'section',
    priority: 1,
    head: '**Blocked:** the remote permissions forbid these changes, so they are never attempted.\n\n',
    items: (plan?.blocked ?? []).map((b) => `- ⛔ ${blockedWords(b)}: ${plain(b.reason)}\n`),
    tail: '\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'blocked change'),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'blocked change')}`,
  };
  const conflicts: Section = {
    kind: 'section',
    priority: 1,
    head: '**Conflicts:** several audiences in neuroflash have one of these names, so the name is left alone.\n\n',
    items: (plan?.conflicts ?? []).map((c) => {
      const ids = c.ids.map((id) => codeSpan(truncateText(id, 100))).join(', ');
      return `- ⚠️ ${escapeMarkdown(c.name)}: ${plain(c.reason)} (ids ${ids})\n`;
    }),
    tail: '\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'conflict'),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'conflict')}`,
  };
  const kept: Section = {
    kind: 'section',
    priority: 3,
    head: '**Kept:** no file declares these audiences, but prune may not delete them.\n\n',
    items: (plan?.kept ?? []).map((k) => `- 🔒 ${escapeMarkdown(k.name)}: ${plain(k.reason)}\n`),
    tail: '\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'kept audience'),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'kept audience')}`,
  };
  return [changeTable, details, blocked, conflicts, kept];
}

function blockedWords(b: BlockedChange): string {
  const who = audienceCell({ kind: b.action, name: b.name, fromName: b.fromName });
  const fields = changedFieldNames(b.fieldChanges, b.action);
  const what =
    fields.length > 0 && b.action !== 'delete' ? ` (${escapeMarkdown(fields.join(', '))})` : '';
  return `${b.action} ${who}${what}`;
}

function hasDetails(change: Change): boolean {
  return (
    (change.kind === 'update' || change.kind === 'rename') &&
    detailFieldChanges(change.fieldChanges, change.kind).length > 0
  );
}

/** A collapsed per-field diff: `<details>` and `</details>` always travel together. */
function detailsBlock(change: Change): string {
  const who =
    change.kind === 'rename' && change.fromName !== undefined
      ? `${change.fromName} → ${change.name}`
      : change.name;
  const fields = changedFieldNames(change.fieldChanges, change.kind);
  const summary = `${KIND_SYMBOL[change.kind]} ${change.kind} ${escapeHtml(who)}: ${escapeHtml(fields.join(', '))}`;
  const lines = detailFieldChanges(change.fieldChanges, change.kind).map((fc) => {
    const text = describeFieldChange(fc);
    const shown =
      text.length > MAX_DETAIL
        ? `${truncateText(text, MAX_DETAIL)} (${formatCount(text.length)} characters in all)`
        : text;
    return `- **${escapeMarkdown(fc.field)}:** ${escapeMarkdown(shown)}`;
  });
  return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>\n\n`;
}
