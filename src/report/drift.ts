/**
 * The drift issue: what someone changed in the neuroflash app, field by field, told
 * from the files' side ("the file wants X, neuroflash has Y").
 */
import type { BlockedChange, Change, FieldChange, SourceLocation } from '../model.js';
import { banners, footer, jobSummaryHint, note, plain, shortenedNote } from './blocks.js';
import { COMMENT_LIMIT } from './document.js';
import { KIND_SYMBOL } from './entries.js';
import { codeSpan, escapeMarkdown, escapeTitle, truncateText } from './escape.js';
import { codeUnits, fitToLimit, type Part, type Section } from './fit.js';
import {
  detailFieldChanges,
  formatCount,
  formatValue,
  hasChanges,
  listDelta,
  noChangesSentence,
  plural,
  quoteList,
  summaryCounts,
} from './format.js';
import type { RunReport } from './types.js';

const MAX_VALUE = 1_000;

export interface DriftIssueOptions {
  /** A hidden marker (an HTML comment) that finds the issue again; it comes first. */
  marker?: string;
  /** Default 65,536, GitHub's limit for an issue body; the body stays strictly under. */
  maxLength?: number;
  /** Markdown telling where the complete report is when the body is shortened. */
  summaryHint?: string;
}

/**
 * The title and body of the drift issue of the report's workspace. The body lists each
 * drifted audience with each drifted field, then blocked changes and conflicts, and is
 * shortened, whole audiences at a time, to stay under `maxLength`.
 */
export function renderDriftIssue(
  report: RunReport,
  options: DriftIssueOptions = {},
): { title: string; body: string } {
  const name = report.workspace?.name;
  const title = escapeTitle(
    name === undefined
      ? 'Audience drift'
      : `Audience drift in workspace "${truncateText(name, 200)}"`,
  );
  const hint = options.summaryHint ?? jobSummaryHint(report);
  const parts: Part[] = [
    options.marker ? `${options.marker}\n` : '',
    `${driftLine(report)}\n\n`,
    ...banners(report),
    shortenedNote(hint),
    ...driftSections(report, hint),
    repairAdvice(report),
    footer(report),
  ];
  const body = fitToLimit(parts, { limit: options.maxLength ?? COMMENT_LIMIT, measure: codeUnits });
  return { title, body };
}

function driftLine(report: RunReport): string {
  const plan = report.plan;
  const where = report.workspace
    ? ` in ${plain(report.workspace.name)} (${codeSpan(truncateText(report.workspace.id, 100))})`
    : '';
  if (!plan) return `**No drift check${where}:** the run could not make a plan.`;
  if (!hasChanges(plan)) return `**No drift${where}:** ${noChangesSentence(plan)}`;
  const drifted = plan.changes.length + plan.blocked.length + plan.conflicts.length;
  return `**Drift${where}:** ${plural(drifted, 'audience')} in neuroflash ${drifted === 1 ? 'differs' : 'differ'} from the files (${summaryCounts(plan)}).`;
}

function driftSections(report: RunReport, hint: string): Section[] {
  const plan = report.plan;
  if (!plan) return [];
  return [
    {
      kind: 'section',
      priority: 1,
      head: '',
      items: plan.changes.map(changeEntry),
      tail: '\n',
      hiddenNote: (hidden, shown) => note(hidden, shown, 'drifted audience', ` ${hint}`),
      describeCut: (hidden, total) =>
        `${formatCount(hidden)} of ${plural(total, 'drifted audience')}`,
    },
    {
      kind: 'section',
      priority: 0,
      head: '**Blocked:** the remote permissions forbid repairing these, so a sync never attempts them.\n\n',
      items: plan.blocked.map(blockedEntry),
      tail: '\n',
      hiddenNote: (hidden, shown) => note(hidden, shown, 'blocked audience'),
      describeCut: (hidden, total) =>
        `${formatCount(hidden)} of ${plural(total, 'blocked audience')}`,
    },
    {
      kind: 'section',
      priority: 0,
      head: '**Conflicts:** several audiences in neuroflash have one of these names, so a sync leaves the name alone.\n\n',
      items: plan.conflicts.map(
        (c) =>
          `- ⚠️ ${escapeMarkdown(c.name)}: ${plain(c.reason)} (ids ${c.ids.map((id) => codeSpan(truncateText(id, 100))).join(', ')})\n`,
      ),
      tail: '\n',
      hiddenNote: (hidden, shown) => note(hidden, shown, 'conflict'),
      describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'conflict')}`,
    },
  ];
}

/** One drifted audience: a headline and, indented below it, one line per field. */
function changeEntry(change: Change): string {
  const name = `**${escapeMarkdown(change.name)}**`;
  const from = where(change.source);
  let headline: string;
  switch (change.kind) {
    case 'create':
      headline = `${name}: the files declare it${from}, neuroflash does not have it`;
      break;
    case 'update':
      headline = `${name}${from}`;
      break;
    case 'rename':
      headline = `${name}${from}: neuroflash has it under its previous name ${plain(JSON.stringify(change.fromName ?? ''))}`;
      break;
    case 'delete':
      headline =
        change.deleteReason === 'absent'
          ? `${name}: the file says ${codeSpan('state: absent')}${from}, neuroflash still has it`
          : `${name}: neuroflash has it, no file declares it (prune is on)`;
      break;
  }
  const fields =
    change.kind === 'update' || change.kind === 'rename'
      ? fieldLines(change.fieldChanges, change.kind)
      : [];
  return `- ${KIND_SYMBOL[change.kind]} ${headline}\n${fields}`;
}

function blockedEntry(b: BlockedChange): string {
  const who =
    b.action === 'rename' && b.fromName !== undefined
      ? `${escapeMarkdown(b.fromName)} → ${escapeMarkdown(b.name)}`
      : escapeMarkdown(b.name);
  const fields = b.action === 'delete' ? '' : fieldLines(b.fieldChanges, b.action);
  return `- ⛔ ${b.action} **${who}**${where(b.source)}: ${plain(b.reason)}\n${fields}`;
}

function where(source: SourceLocation | undefined): string {
  return source ? ` (${escapeMarkdown(`${source.file}:${source.line}`)})` : '';
}

/** `  - **residence:** the file wants "Munich", neuroflash has "Berlin"` per field. */
function fieldLines(changes: readonly FieldChange[], kind: Change['kind']): string {
  return detailFieldChanges(changes, kind)
    .map((fc) => `  - **${escapeMarkdown(fc.field)}:** ${escapeMarkdown(wantsHas(fc))}\n`)
    .join('');
}

/** In a drift plan `after` is the file's value and `before` the remote's. */
export function wantsHas(fc: FieldChange): string {
  const wants = truncateText(formatValue(fc.field, fc.after), MAX_VALUE);
  const has = truncateText(formatValue(fc.field, fc.before), MAX_VALUE);
  let text = `the file wants ${wants}, neuroflash has ${has}`;
  const delta = listDelta(fc);
  if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
    const parts: string[] = [];
    if (delta.added.length > 0) parts.push(`lacks ${quoteList(delta.added)}`);
    if (delta.removed.length > 0) parts.push(`has extra ${quoteList(delta.removed)}`);
    text += ` (neuroflash ${truncateText(parts.join('; '), MAX_VALUE)})`;
  }
  return text;
}

function repairAdvice(report: RunReport): string {
  if (!report.plan || !hasChanges(report.plan)) return '';
  return `To repair the drift, run audience-sync with ${codeSpan('dry-run: false')}; to keep it, change the files to match neuroflash. This issue is updated on each drift check, and closed once neuroflash matches the files again.\n\n`;
}
