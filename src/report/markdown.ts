/**
 * The PR comment and the job summary: one markdown document, sized to its sink.
 *
 * Read top to bottom it answers, in order: may this merge (the heading's verdict), what
 * does it do (the status line), what could go wrong (banners, then blocked changes and
 * deletes before updates, renames and creates) and what exactly changes (a `diff` block
 * per audience, which GitHub colours). A large plan folds: one collapsible group per
 * kind, identical changes on many audiences told once, and the full table collapsed last,
 * so that when the size limit bites it is the table that gives way, not the diffs.
 */
import type {
  ApplyResult,
  BlockedChange,
  Change,
  ChangeKind,
  ChangeResult,
  ChangeStatus,
  FieldChange,
  Profile,
} from '../model.js';
import { canonicalFieldValue, canonicalJson } from '../plan/compare.js';
import {
  alert,
  footer,
  jobSummaryHint,
  note,
  plain,
  problemsSection,
  shortenedNote,
  banners as warningBanners,
} from './blocks.js';
import { fieldDiffLines, plainValue, profileLines } from './diff.js';
import { codeBlock, codeSpan, escapeHtml, escapeMarkdown, truncateText } from './escape.js';
import {
  codeUnits,
  fitToLimit,
  type Part,
  ReportTooLargeError,
  type Section,
  utf8Bytes,
} from './fit.js';
import { changedFieldNames, formatCount, naturalCompare, plural, shortSha } from './format.js';
import type { RunReport } from './types.js';
import { headingLine, statusLine, type Verdict } from './verdict.js';

/** GitHub's limit for a comment body, in characters; the comment stays strictly under it. */
export const COMMENT_LIMIT = 65_536;

/** The job summary's budget in UTF-8 bytes, below GitHub's 1 MiB per step. */
export const SUMMARY_LIMIT = 1_000_000;

/** Up to this many changes (blocked ones included), every audience gets its own diff block. */
export const SMALL_PLAN = 10;

/** A diff block shows at most this many lines. */
const MAX_BLOCK_LINES = 60;

/** A group of identical changes names this many audiences, then counts the rest. */
const MAX_CLUSTER_NAMES = 12;

/** A group of updates or renames starts open when it folds into this many items or fewer. */
const OPEN_GROUP_ITEMS = 10;

/** A value fits the one-line form of a shared change (`maxAge 45 → 50`) up to this length. */
const MAX_INLINE_VALUE = 40;

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

/** Options of the comment that replaces a merged pull request's plan comment. */
export interface AppliedCommentOptions extends MarkdownOptions {
  /** The merge commit that was applied; default: the report's `commitSha`. */
  mergeSha?: string;
}

/**
 * The PR comment: marker, verdict heading, status line, banners, the changes (a diff per
 * audience, or groups for a large plan), conflicts, kept audiences, validation problems
 * and the footer. Shortened, whole items at a time, to stay under `maxLength`; if even
 * the banners do not fit, only the marker, the heading, a pointer to the rest and the
 * footer remain. Needs nothing from GitHub: the CLI renders the same body.
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

/** The applied comment's verdict when the merge had nothing to write. */
const nothingApplied: Verdict = { symbol: '✅', title: 'Merged: nothing to apply' };

/**
 * The comment a merged pull request's plan comment becomes after the apply on push: the
 * outcome of each change (applied, failed, blocked, not started), the merge commit, and
 * whether the step failed. `report` is the apply run's view; keep the plan comment's
 * marker as `marker` so that a re-run of the apply still finds what was reviewed.
 */
export function renderAppliedComment(
  report: RunReport,
  options: AppliedCommentOptions = {},
): string {
  const sha = options.mergeSha ?? report.commitSha;
  const applied = !report.apply && !report.failure && report.plan ? nothingApplied : undefined;
  return renderDocument(report, {
    marker: options.marker,
    limit: options.maxLength ?? COMMENT_LIMIT,
    measure: codeUnits,
    hint: options.summaryHint ?? jobSummaryHint(report),
    verdict: applied,
    afterStatus: sha
      ? `Merged as commit ${codeSpan(shortSha(truncateText(sha, 100)))}; this comment was updated after the apply.\n\n`
      : 'This comment was updated after the apply.\n\n',
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
  verdict?: Verdict | undefined;
  afterStatus?: string;
}

function renderDocument(report: RunReport, options: DocumentOptions): string {
  const head = options.marker ? `${options.marker}\n` : '';
  const top = `${headingLine(report, options.verdict)}\n\n${statusLine(report)}\n\n${options.afterStatus ?? ''}`;
  const end = footer(report);
  const parts: Part[] = [
    head,
    top,
    ...warningBanners(report),
    shortenedNote(options.hint),
    ...planSections(report, options.hint),
    problemsSection(report.problems, 0, fileLinks(report)),
    end,
  ];
  const fitOptions = { limit: options.limit, measure: options.measure };
  try {
    return fitToLimit(parts, fitOptions);
  } catch (error) {
    if (!(error instanceof ReportTooLargeError)) throw error;
    // Even the banners do not fit (a tiny limit): keep what identifies the report.
    const cut = alert('NOTE', [`**This report is too long to show here.** ${options.hint}`]);
    return fitToLimit([head, top, cut, end], fitOptions);
  }
}

/** Where validation problems link to: the files at the commit that was checked. */
function fileLinks(report: RunReport): { repoUrl: string; sha: string } | undefined {
  if (!report.repoUrl || !report.commitSha || !/^[0-9a-f]{7,64}$/i.test(report.commitSha)) {
    return undefined;
  }
  return { repoUrl: report.repoUrl.replace(/\/+$/, ''), sha: report.commitSha };
}

/**
 * The first line, kept for callers that log it: the heading's verdict and the status.
 * Plain markdown, one line.
 */
export function summaryLine(report: RunReport): string {
  return `${headingLine(report).replace(/^### /, '')}: ${statusLine(report)}`;
}

/** `5 done, 1 failed, 1 skipped, 1 conflict`: failures always named, zeros left out. */
export function applyCounts(apply: ApplyResult): string {
  const count = (status: ChangeStatus) => apply.results.filter((r) => r.status === status).length;
  const parts = [`${formatCount(count('done'))} done`];
  if (count('failed') > 0) parts.push(`${formatCount(count('failed'))} failed`);
  if (count('skipped') > 0) parts.push(`${formatCount(count('skipped'))} skipped`);
  if (count('conflict') > 0) parts.push(plural(count('conflict'), 'conflict'));
  return parts.join(', ');
}

/** The emoji of each kind of change in markdown; each shows on light and dark themes. */
export const KIND_SYMBOL: Record<Change['kind'], string> = {
  create: '🆕',
  update: '✏️',
  rename: '🔀',
  delete: '🗑️',
};

const BLOCKED_SYMBOL = '⛔';

// A no-break space keeps each symbol on the line of its word in a narrow column.
const STATUS_CELL: Record<ChangeStatus, string> = {
  done: '✅\u00a0applied',
  failed: '❌\u00a0failed',
  skipped: '⏭️\u00a0skipped',
  conflict: '⚠️\u00a0conflict',
};

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

/** The key that ties a result to its change even when the applier copied the change. */
export function changeKey(change: Pick<Change, 'kind' | 'name' | 'id'>): string {
  return `${change.kind}\u0000${change.id ?? ''}\u0000${change.name}`;
}

/** One line of the report: a change, or a blocked change, with its result after an apply. */
interface Entry {
  /** `blocked`, or the change's kind. */
  risk: 'blocked' | ChangeKind;
  /** What it does, or for a blocked change what it would do. */
  action: ChangeKind;
  name: string;
  fromName?: string | undefined;
  fieldChanges: FieldChange[];
  removed?: Partial<Profile> | undefined;
  /** The words of the table's Change column (unescaped). */
  words: string;
  /** The same, shorter, for a list under a heading that already names the kind. */
  short: string;
  /** For a blocked change: why. */
  reason?: string;
  change?: Change;
  result?: ChangeResult;
}

const RISK_ORDER: Record<Entry['risk'], number> = {
  blocked: 0,
  delete: 1,
  update: 2,
  rename: 3,
  create: 4,
};

const STATUS_ORDER: Record<ChangeStatus | 'not-run', number> = {
  failed: 0,
  conflict: 1,
  skipped: 2,
  'not-run': 3,
  done: 4,
};

function changeEntry(change: Change, result?: ChangeResult): Entry {
  const entry: Entry = {
    risk: change.kind,
    action: change.kind,
    name: change.name,
    fromName: change.fromName,
    fieldChanges: change.fieldChanges,
    removed: change.removed,
    words: changeWords(change) + brief(change.kind, change),
    short:
      (change.kind === 'delete'
        ? change.deleteReason === 'absent'
          ? 'state: absent'
          : 'pruned'
        : change.kind) + brief(change.kind, change),
    change,
  };
  if (result) entry.result = result;
  return entry;
}

function blockedEntry(b: BlockedChange): Entry {
  const fields = changedFieldNames(b.fieldChanges, b.action);
  const what = fields.length > 0 && b.action !== 'delete' ? ` (${fields.join(', ')})` : '';
  return {
    risk: 'blocked',
    action: b.action,
    name: b.name,
    fromName: b.fromName,
    fieldChanges: b.fieldChanges,
    removed: b.removed,
    words: `blocked ${b.action}${what}: ${b.reason}`,
    short: `${b.action}${what}: ${b.reason}`,
    reason: b.reason,
  };
}

/** ` — Berlin · ages 25–45`: what a delete removes, or what a create makes, at a glance. */
function brief(kind: ChangeKind, change: Change): string {
  const profile =
    kind === 'delete'
      ? change.removed
      : kind === 'create'
        ? (change.body ?? profileOf(change.fieldChanges))
        : undefined;
  if (!profile) return '';
  const parts: string[] = [];
  if (typeof profile.residence === 'string') parts.push(truncateText(profile.residence, 60));
  if (typeof profile.country === 'string') parts.push(truncateText(profile.country, 20));
  if (typeof profile.minAge === 'number' && typeof profile.maxAge === 'number') {
    parts.push(`ages ${profile.minAge}–${profile.maxAge}`);
  }
  return parts.length > 0 ? ` — ${parts.join(' · ')}` : '';
}

/** A create's declared values as a profile, from its field changes. */
function profileOf(fieldChanges: readonly FieldChange[]): Partial<Profile> {
  return Object.fromEntries(fieldChanges.map((fc) => [fc.field, fc.after])) as Partial<Profile>;
}

/**
 * Every change and blocked change, riskiest first and names in natural order; after an
 * apply, failures lead.
 */
function entries(report: RunReport): Entry[] {
  const plan = report.plan;
  const changes = plan?.changes ?? report.apply?.results.map((r) => r.change) ?? [];
  const byKey = new Map((report.apply?.results ?? []).map((r) => [changeKey(r.change), r]));
  const all = [
    ...changes.map((c) => changeEntry(c, byKey.get(changeKey(c)))),
    ...(plan?.blocked ?? []).map(blockedEntry),
  ];
  const status = (e: Entry) =>
    report.apply && e.risk !== 'blocked' ? STATUS_ORDER[e.result?.status ?? 'not-run'] : 5;
  return all.sort(
    (a, b) =>
      (report.apply ? status(a) - status(b) : 0) ||
      RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
      naturalCompare(a.name, b.name),
  );
}

function symbolOf(entry: Entry): string {
  return entry.risk === 'blocked' ? BLOCKED_SYMBOL : KIND_SYMBOL[entry.action];
}

/** `Old → New` for a rename, else the name. */
function whoText(entry: Pick<Entry, 'name' | 'fromName'>): string {
  return entry.fromName !== undefined && entry.fromName !== entry.name
    ? `${entry.fromName} → ${entry.name}`
    : entry.name;
}

function resultWords(entry: Entry): string {
  if (entry.risk === 'blocked') return `${BLOCKED_SYMBOL}\u00a0blocked, never attempted`;
  const result = entry.result;
  if (!result) return '⏭️\u00a0not started';
  const notStarted = result.status === 'skipped' && result.error?.startsWith('not started');
  const head = notStarted ? '⏭️\u00a0not started' : STATUS_CELL[result.status];
  const error = notStarted ? result.error?.replace(/^not started:?\s*/, '') : result.error;
  const why = error ? `: ${escapeMarkdown(truncateText(error, 500))}` : '';
  const status = result.httpStatus !== undefined ? ` (HTTP ${result.httpStatus})` : '';
  return `${head}${why}${status}`;
}

function tableRow(entry: Entry, withResult: boolean): string {
  const cells = [
    symbolOf(entry),
    escapeMarkdown(whoText(entry)),
    escapeMarkdown(truncateText(entry.words, 600)),
  ];
  if (withResult) cells.push(resultWords(entry));
  return `| ${cells.join(' | ')} |\n`;
}

/** The lines of an entry's diff block. */
function diffLines(entry: Entry): string[] {
  if (entry.action === 'delete') {
    if (!entry.removed) return [`- name: ${plainValue(entry.name)}`];
    const { residence, country, minAge, maxAge, interests, additionalInformation } = entry.removed;
    const key = { residence, country, minAge, maxAge, interests, additionalInformation };
    return profileLines('-', { name: entry.name, ...key });
  }
  if (entry.action === 'create') return profileLines('+', profileOf(entry.fieldChanges));
  return entry.fieldChanges.flatMap(fieldDiffLines);
}

function diffBlock(lines: string[]): string {
  const shown = lines.slice(0, MAX_BLOCK_LINES);
  if (lines.length > MAX_BLOCK_LINES) {
    shown.push(`  … and ${formatCount(lines.length - MAX_BLOCK_LINES)} more lines`);
  }
  return `${codeBlock(shown, 'diff').join('\n')}\n\n`;
}

/** `✏️ **Developers** · update: maxAge` and its diff block; a create folds its values. */
function diffItem(entry: Entry): string {
  const block = diffBlock(diffLines(entry));
  if (entry.risk === 'create') {
    const fields = plural(entry.fieldChanges.length, 'field');
    const summary = `${symbolOf(entry)} ${escapeHtml(whoText(entry))} · ${escapeHtml(truncateText(entry.words, 300))} (${fields})`;
    return `<details><summary>${summary}</summary>\n\n${block}</details>\n\n`;
  }
  const words =
    entry.risk === 'blocked'
      ? `blocked ${entry.action}: ${entry.reason ?? ''}`
      : entry.change
        ? changeWords(entry.change)
        : entry.action;
  return `${symbolOf(entry)} **${escapeMarkdown(whoText(entry))}** · ${escapeMarkdown(truncateText(words, 600))}\n\n${block}`;
}

/** The sections that come from the plan and the apply, in document order. */
function planSections(report: RunReport, hint: string): Part[] {
  const plan = report.plan;
  const all = entries(report);
  const applied = report.apply !== undefined;
  const small = all.length <= SMALL_PLAN;
  const noun = applied ? 'result' : 'change';
  const header = applied
    ? '| | Audience | Change | Result |\n|---|---|---|---|\n'
    : '| | Audience | Change |\n|---|---|---|\n';
  const tableHead = small
    ? header
    : `<details><summary>All ${plural(all.length, noun)} as a table</summary>\n\n${header}`;
  const table: Section = {
    kind: 'section',
    // After an apply the outcomes are the point; before it, the diffs are.
    priority: applied || small ? 2 : 9,
    head: tableHead,
    items: all.map((e) => tableRow(e, applied)),
    tail: small ? '\n' : '\n</details>\n\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, `table row`, ` ${hint}`),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'table row')}`,
  };
  const changeParts: Part[] = small
    ? [
        table,
        {
          kind: 'section',
          priority: 3,
          // After an apply the outcomes lead; what each change did stays a click away.
          head: applied ? '<details><summary>What each change did</summary>\n\n' : '',
          items: all.map(diffItem),
          tail: applied ? '</details>\n\n' : '',
          hiddenNote: (hidden, shown) => note(hidden, shown, 'diff'),
          describeCut: (hidden) => `the diffs of ${plural(hidden, 'change')}`,
        },
      ]
    : [...groupSections(all, applied), table];
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
    priority: 4,
    head: '**Kept:** no file declares these audiences, but prune may not delete them.\n\n',
    items: (plan?.kept ?? []).map((k) => `- 🔒 ${escapeMarkdown(k.name)}: ${plain(k.reason)}\n`),
    tail: '\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'kept audience'),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'kept audience')}`,
  };
  return [conflicts, ...changeParts, kept];
}

const GROUP_WORDS: Record<Entry['risk'], [string, string]> = {
  blocked: ['blocked change', 'blocked changes'],
  delete: ['audience to delete', 'audiences to delete'],
  update: ['audience to update', 'audiences to update'],
  rename: ['audience to rename', 'audiences to rename'],
  create: ['audience to create', 'audiences to create'],
};

/**
 * A large plan, one collapsible group per kind of change, riskiest first. Blocked
 * changes and deletes start open; the rest start folded.
 */
function groupSections(all: Entry[], applied: boolean): Section[] {
  const order: Entry['risk'][] = ['blocked', 'delete', 'update', 'rename', 'create'];
  return order.flatMap((risk, i) => {
    const members = all.filter((e) => e.risk === risk);
    if (members.length === 0) return [];
    const [one, many] = GROUP_WORDS[risk];
    const symbol = risk === 'blocked' ? BLOCKED_SYMBOL : KIND_SYMBOL[risk];
    const listed = risk === 'delete' || risk === 'create';
    const items = listed ? members.map((e) => briefItem(e, applied)) : editItems(members, applied);
    // What can go wrong starts open; so do edits that fold into a few distinct changes.
    const open =
      risk === 'blocked' || risk === 'delete' || (!listed && items.length <= OPEN_GROUP_ITEMS);
    const distinct =
      !listed && items.length < members.length
        ? ` · ${plural(items.length, 'distinct change')}`
        : '';
    const section: Section = {
      kind: 'section',
      priority: 2 + i,
      head: `<details${open ? ' open' : ''}><summary>${symbol} ${plural(members.length, one, many)}${distinct}</summary>\n\n`,
      items,
      // The blank line ends a list before the closing tag.
      tail: '\n</details>\n\n',
      hiddenNote: (hidden, shown) => note(hidden, shown, 'item'),
      describeCut: (hidden) => `${plural(hidden, 'item')} of the ${many}`,
    };
    return [section];
  });
}

/** One list entry for a delete or a create in a large plan: its name and key values. */
function briefItem(entry: Entry, applied: boolean): string {
  const outcome = applied ? ` · ${resultWords(entry)}` : '';
  return `- **${escapeMarkdown(entry.name)}** · ${escapeMarkdown(truncateText(entry.short, 300))}${outcome}\n`;
}

/** Updates (or renames) with the same field changes, told once. */
function clusters(members: Entry[]): Entry[][] {
  const byKey = new Map<string, Entry[]>();
  for (const e of members) {
    // A rename's new name always differs, and applied entries differ by outcome.
    const key =
      e.risk === 'update'
        ? canonicalJson([
            e.result?.status ?? '',
            ...e.fieldChanges.map((fc) => [
              fc.field,
              canonicalFieldValue(fc.field, fc.before),
              canonicalFieldValue(fc.field, fc.after),
            ]),
          ])
        : `\u0000${byKey.size}`;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.values()];
}

/** `maxAge 45 → 50; shared false → true`, or undefined when a value is too long for a line. */
function inlineChange(fieldChanges: readonly FieldChange[]): string | undefined {
  const parts: string[] = [];
  for (const fc of fieldChanges) {
    const sides = [fc.before, fc.after].map((v) =>
      v === undefined || v === null || typeof v === 'object' ? undefined : plainValue(v),
    );
    const [before, after] = sides;
    if (before === undefined || after === undefined) return undefined;
    if (before.length > MAX_INLINE_VALUE || after.length > MAX_INLINE_VALUE) return undefined;
    parts.push(`${fc.field} ${before} → ${after}`);
  }
  return parts.join('; ');
}

/**
 * The items of a group of updates or renames: changes shared by several audiences first
 * (the largest first), then single changes that need a diff block, then single changes
 * that fit one line, as one list at the end.
 */
function editItems(members: Entry[], applied: boolean): string[] {
  const all = clusters(members);
  const shared = all.filter((c) => c.length > 1).sort((a, b) => b.length - a.length);
  const singles = all.filter((c) => c.length === 1).map((c) => c[0] as Entry);
  const oneLine = (e: Entry) => (e.risk !== 'blocked' ? inlineChange(detailChanges(e)) : undefined);
  return [
    ...shared.map((c) => clusterItem(c, applied)),
    ...singles
      .filter((e) => oneLine(e) === undefined)
      .map((e) => {
        const outcome = applied ? `\n\n${resultWords(e)}` : '';
        return diffItem(e).replace(/\n\n$/, `${outcome}\n\n`);
      }),
    ...singles.flatMap((e) => {
      const line = oneLine(e);
      if (line === undefined) return [];
      const outcome = applied ? ` · ${resultWords(e)}` : '';
      const what = line === '' ? '' : ` · ${escapeMarkdown(line)}`;
      return [`- ${symbolOf(e)} **${escapeMarkdown(whoText(e))}**${what}${outcome}\n`];
    }),
  ];
}

/** The field changes worth spelling out: a rename's `name` is already in its headline. */
function detailChanges(entry: Entry): FieldChange[] {
  return entry.fieldChanges.filter((fc) => !(entry.action === 'rename' && fc.field === 'name'));
}

/** Audiences that share one change: `✏️ **300 audiences:** maxAge 45 → 50`, then their names. */
function clusterItem(cluster: Entry[], applied: boolean): string {
  const first = cluster[0] as Entry;
  const inline = inlineChange(first.fieldChanges);
  const names = cluster.slice(0, MAX_CLUSTER_NAMES).map((e) => escapeMarkdown(e.name));
  if (cluster.length > MAX_CLUSTER_NAMES) {
    names.push(`and ${formatCount(cluster.length - MAX_CLUSTER_NAMES)} more`);
  }
  const what = inline ?? changedFieldNames(first.fieldChanges, first.action).join(', ');
  const outcome = applied ? ` · ${resultWords(first)}` : '';
  // The trailing backslash is a hard line break: the names go on a line of their own.
  const head = `${symbolOf(first)} **${plural(cluster.length, 'audience')}:** ${escapeMarkdown(what)}${outcome}\\\n${names.join(', ')}\n\n`;
  return inline ? head : head + diffBlock(diffLines(first));
}
