/**
 * The one markdown document behind the PR comment, the applied comment and the job
 * summary: its parts in reading order, fitted to the sink's size limit.
 */
import {
  alert,
  footer,
  note,
  plain,
  problemsSection,
  shortenedNote,
  banners as warningBanners,
} from './blocks.js';
import { diffSection } from './diff-blocks.js';
import { entries } from './entries.js';
import { codeSpan, escapeMarkdown, truncateText } from './escape.js';
import { fitToLimit, type Part, ReportTooLargeError, type Section } from './fit.js';
import { formatCount, plural } from './format.js';
import { groupSections } from './groups.js';
import { tableSection } from './table.js';
import type { RunReport } from './types.js';
import { headingLine, statusLine, type Verdict } from './verdict.js';

/** GitHub's limit for a comment body, in characters; the comment stays strictly under it. */
export const COMMENT_LIMIT = 65_536;

/** The job summary's budget in UTF-8 bytes, below GitHub's 1 MiB per step. */
export const SUMMARY_LIMIT = 1_000_000;

/** Up to this many changes (blocked ones included), every audience gets its own diff block. */
export const SMALL_PLAN = 10;

/** Options of the PR comment; the applied comment takes them too. */
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

/** What differs between the sinks: the marker, the size limit and how it is measured. */
export interface DocumentOptions {
  marker?: string | undefined;
  limit: number;
  measure: (text: string) => number;
  hint: string;
  verdict?: Verdict | undefined;
  afterStatus?: string;
}

/**
 * The document: marker, heading, status, banners, the plan's sections, problems and the
 * footer, shortened to the limit.
 */
export function renderDocument(report: RunReport, options: DocumentOptions): string {
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

/** The sections that come from the plan and the apply, in document order. */
function planSections(report: RunReport, hint: string): Part[] {
  const plan = report.plan;
  const all = entries(report);
  const applied = report.apply !== undefined;
  const small = all.length <= SMALL_PLAN;
  const table = tableSection(all, applied, small, hint);
  const changeParts: Part[] = small
    ? [table, diffSection(all, applied)]
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
