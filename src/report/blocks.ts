/**
 * Markdown building blocks shared by the PR comment, the job summary and the drift
 * issue: banners, the problem list, the footer. Every value that comes from a user or
 * from the remote goes through `escape.ts` here.
 */
import type { Plan, Problem } from '../model.js';
import {
  codeBlock,
  codeSpan,
  escapeMarkdown,
  escapeMarkdownWithCode,
  safeUrl,
  truncateText,
} from './escape.js';
import type { NoteSlot, Section } from './fit.js';
import { formatCount, plural, shortSha } from './format.js';
import type { RunReport } from './types.js';

/** Caps on caller-given free text, so the parts that are never dropped stay small. */
const MAX_TEXT = 2_000;
const MAX_NOTICES = 10;
const MAX_DIFF_LINES = 50;
const MAX_PATHS = 5;

/** A GitHub alert (`> [!WARNING]`): `lines` are markdown, already escaped. */
export function alert(kind: 'NOTE' | 'WARNING' | 'CAUTION', lines: readonly string[]): string {
  return `${[`> [!${kind}]`, ...lines.map((line) => (line === '' ? '>' : `> ${line}`))].join('\n')}\n\n`;
}

/** Caller-composed text with `code` parts, escaped and capped. */
export function prose(text: string): string {
  return escapeMarkdownWithCode(truncateText(text, MAX_TEXT));
}

/** A user's or the remote's text, escaped and capped. */
export function plain(text: string): string {
  return escapeMarkdown(truncateText(text, MAX_TEXT));
}

/** `[text](url)`, or the escaped text alone when the URL is not a plain http(s) URL. */
export function link(text: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe === undefined ? text : `[${text}](${safe})`;
}

const FAILURE_TITLES: Record<string, string> = {
  invalid: 'The audience files are invalid',
  'guard-tripped': 'The delete guard tripped',
  'apply-failed': 'Some changes failed',
  blocked: 'Some changes are blocked',
  drift: 'The workspace has drifted from the files',
  'plan-changed': 'The plan changed since it was reviewed',
  auth: 'neuroflash refused the credentials',
  api: 'The neuroflash API failed',
};

/**
 * The banners, most severe first: failure, delete guard, plan change, stale, the
 * allow-deletes label, notices. A failure already told by its own banner (the guard, a
 * plan change) is not told twice.
 */
export function banners(report: RunReport): string[] {
  const out: string[] = [];
  const { plan, failure } = report;
  const guardShown = plan?.guard.tripped === true;
  if (
    failure &&
    !(failure.reason === 'guard-tripped' && guardShown) &&
    !(failure.reason === 'plan-changed' && report.planChange)
  ) {
    const title = (failure.reason && FAILURE_TITLES[failure.reason]) ?? 'The run failed';
    // An unforeseen error has no reason to name (the output `failure-reason` is empty).
    const reason = failure.reason ? ` (failure-reason ${codeSpan(failure.reason)})` : '';
    out.push(alert('CAUTION', [`**${title}**${reason}: ${prose(failure.message)}`]));
  }
  if (plan && guardShown) out.push(guardBanner(report, plan));
  if (report.planChange) out.push(planChangeBanner(report));
  if (report.stale) {
    const made = report.commitSha
      ? ` (this plan was made at ${codeSpan(shortSha(report.commitSha))})`
      : '';
    out.push(
      alert('WARNING', [
        `**Stale plan:** commit ${codeSpan(shortSha(truncateText(report.stale.latestSha, 100)))} was pushed while this plan ran${made}. The run for the newer commit will replace this report.`,
      ]),
    );
  }
  const label = report.allowDeletesLabel;
  if (label?.present) {
    out.push(
      alert('NOTE', [
        `The label ${codeSpan(truncateText(label.name, 200))} is on this pull request: the delete guard is lifted for the apply of its merge commit.`,
      ]),
    );
  } else if (plan?.guard.liftedBy && plan.guard.deletes > plan.guard.maxDeletes) {
    out.push(
      alert('NOTE', [
        `The delete guard is lifted by ${prose(plan.guard.liftedBy)}: this plan deletes ${plural(plan.guard.deletes, 'audience')}, more than ${codeSpan('max-deletes')} (${formatCount(plan.guard.maxDeletes)}).`,
      ]),
    );
  }
  const notices = report.notices ?? [];
  if (notices.length > 0) {
    const shown = notices.slice(0, MAX_NOTICES).map(prose);
    if (notices.length > MAX_NOTICES)
      shown.push(`… and ${formatCount(notices.length - MAX_NOTICES)} more notices.`);
    out.push(alert('NOTE', shown.length === 1 ? shown : shown.map((n) => `- ${n}`)));
  }
  return out;
}

function guardBanner(report: RunReport, plan: Plan): string {
  const { deletes, maxDeletes } = plan.guard;
  const stop = report.dryRun
    ? 'Nothing was written (dry run), and an apply of this plan would stop before its first write.'
    : 'The run stopped before its first write: nothing was written.';
  const lines = [
    `**Delete guard:** this plan deletes ${plural(deletes, 'audience')}, more than ${codeSpan('max-deletes')} (${formatCount(maxDeletes)}) allows. ${stop}`,
  ];
  const allow = (report.guardAllow ?? []).slice(0, MAX_NOTICES);
  if (allow.length > 0) lines.push('', 'To allow it:', ...allow.map((way) => `- ${prose(way)}`));
  return alert('CAUTION', lines);
}

function planChangeBanner(report: RunReport): string {
  const change = report.planChange;
  if (!change) return '';
  const then =
    change.action === 'fail'
      ? `The run stopped before its first write (${codeSpan('on-plan-change: fail')}).`
      : `The run goes on with the new plan (${codeSpan('on-plan-change: warn')}).`;
  const diff = [...capLines(change.removed, '- '), ...capLines(change.added, '+ ')];
  const fresh = codeSpan(truncateText(change.freshFingerprint, 100));
  const rerun =
    change.action === 'fail'
      ? ` Re-run the pull request's check to review the plan, or use ${codeSpan('on-plan-change: warn')} to apply it anyway.`
      : '';
  const lines = [
    change.reviewedFailure
      ? `**No plan was reviewed.** The last run on the pull request failed before it could plan (failure-reason ${codeSpan(truncateText(change.reviewedFailure, 100))}), so the plan made now (fingerprint ${fresh}) was never shown for review. ${then}${rerun}`
      : `**The plan changed since it was reviewed.** The pull request's plan has fingerprint ${codeSpan(truncateText(change.reviewedFingerprint, 100))}; the plan made now has ${fresh}. ${then}`,
  ];
  if (diff.length > 0) lines.push('', ...codeBlock(diff, 'diff'));
  if (change.reviewedLines) {
    lines.push(
      '',
      change.reviewedLines === 'too-large'
        ? 'The reviewed plan was too large to show line by line (its comment keeps only the fingerprint), so only the fingerprints are compared.'
        : 'The reviewed plan is not recorded line by line in its comment, so only the fingerprints are compared.',
    );
  }
  return alert(change.action === 'fail' ? 'CAUTION' : 'WARNING', lines);
}

function capLines(lines: readonly string[], prefix: string): string[] {
  const shown = lines.slice(0, MAX_DIFF_LINES).map((line) => `${prefix}${truncateText(line, 300)}`);
  if (lines.length > MAX_DIFF_LINES) {
    shown.push(`${prefix}… and ${formatCount(lines.length - MAX_DIFF_LINES)} more lines`);
  }
  return shown;
}

/** Where a problem's file can be opened on GitHub: the repository and the commit checked. */
export interface FileLinks {
  repoUrl: string;
  sha: string;
}

/**
 * The validation problems, grouped by file (files in order of first appearance), each
 * linked to its line at the checked commit when `links` is given. Each problem is one
 * item; the first of a file carries the file's heading, so cutting items from the end
 * never leaves a heading without its problems.
 */
export function problemsSection(
  problems: readonly Problem[],
  priority: number,
  links?: FileLinks,
): Section {
  const order = new Map<string, number>();
  for (const p of problems) if (!order.has(p.file)) order.set(p.file, order.size);
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.file) ?? 0) - (order.get(b.p.file) ?? 0) || a.i - b.i)
    .map(({ p }) => p);
  let last: string | undefined;
  const items = sorted.map((p) => {
    const heading =
      p.file === last ? '' : `${last === undefined ? '' : '\n'}${fileHeading(p.file, links)}\n\n`;
    last = p.file;
    const where = `line ${p.line}, column ${p.column}`;
    const url = links ? fileUrl(links, p.file, p.line) : undefined;
    const at = url ? `[${where}](${url})` : where;
    return `${heading}- ${p.severity === 'error' ? '❌ error' : '⚠️ warning'} at ${at}: ${plain(p.message)}\n`;
  });
  return {
    kind: 'section',
    priority,
    head: `**Validation problems** (${plural(problems.length, 'problem')}):\n\n`,
    items,
    tail: '\n',
    hiddenNote: (hidden, shown) => note(hidden, shown, 'problem'),
    describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'problem')}`,
  };
}

function fileHeading(file: string, links: FileLinks | undefined): string {
  const url = links ? fileUrl(links, file) : undefined;
  const name = codeSpan(truncateText(file, 300));
  return url ? `📄 [${name}](${url})` : `📄 ${name}`;
}

/**
 * `<repo>/blob/<sha>/<file>#L<line>`, each path segment percent-encoded; undefined for a
 * path that leaves the repository (absolute, or with `..`).
 */
export function fileUrl(links: FileLinks, file: string, line?: number): string | undefined {
  const segments = file.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  if (file.startsWith('/') || segments.some((s) => s === '..' || s === '')) return undefined;
  const path = segments.map(encodeURIComponent).join('/');
  const anchor = line !== undefined && Number.isSafeInteger(line) && line > 0 ? `#L${line}` : '';
  return safeUrl(`${links.repoUrl}/blob/${encodeURIComponent(links.sha)}/${path}${anchor}`);
}

/** `_… and 12 more problems not shown._` or `_12 problems not shown._` */
export function note(hidden: number, shown: number, noun: string, after = ''): string {
  const words = shown > 0 ? `… and ${plural(hidden, `more ${noun}`)}` : plural(hidden, noun);
  return `_${words} not shown._${after}\n\n`;
}

/** The overall note of what a shortened report leaves out, and where the rest is. */
export function shortenedNote(hint: string): NoteSlot {
  return {
    kind: 'note',
    render: (cuts) =>
      alert('NOTE', [
        `**Shortened to fit GitHub's size limit.** Not shown: ${cuts.join('; ')}. ${hint}`,
      ]),
  };
}

/** Where the complete report is, for a comment or an issue: the run's job summary. */
export function jobSummaryHint(report: RunReport): string {
  const what = report.plan ? 'plan' : 'report';
  const url = safeUrl(report.runUrl);
  return url
    ? `The complete ${what} is in the [job summary of this run](${url}).`
    : `The complete ${what} is in the job summary of this run.`;
}

/**
 * The run failed, and not for invalid files: it stopped before it could plan (or, with no
 * credentials, while validating) for a reason the failure banner gives.
 */
export function failedBeforePlan(report: RunReport): boolean {
  return (
    report.plan === undefined &&
    report.failure !== undefined &&
    !report.problems.some((p) => p.severity === 'error')
  );
}

/**
 * The footer: what was read, whether anything was written, the plan's fingerprint, the
 * commit and the run.
 */
export function footer(report: RunReport): string {
  const paragraphs: string[] = [];
  const read: string[] = [];
  if (report.mode !== 'validate') {
    const paths = report.paths.slice(0, MAX_PATHS).map((p) => codeSpan(truncateText(p, 200)));
    if (report.paths.length > MAX_PATHS)
      paths.push(`${formatCount(report.paths.length - MAX_PATHS)} more`);
    const from = paths.length > 0 ? ` from ${paths.join(', ')}` : '';
    read.push(
      `Read ${plural(report.files.length, 'file')} (${plural(report.audienceCount, 'audience')})${from}.`,
    );
  }
  if (report.dryRun && report.mode !== 'validate') read.push('Dry run: nothing was written.');
  if (read.length > 0) paragraphs.push(read.join(' '));
  const facts: string[] = [];
  if (report.plan)
    facts.push(`Plan fingerprint: ${codeSpan(truncateText(report.plan.fingerprint, 100))}`);
  if (report.commitSha) {
    const verb = report.plan
      ? report.mode === 'apply' && report.apply
        ? 'applied'
        : 'planned'
      : failedBeforePlan(report)
        ? 'failed'
        : report.mode === 'validate'
          ? 'validated'
          : 'planned';
    facts.push(`${verb} at commit ${codeSpan(shortSha(truncateText(report.commitSha, 100)))}`);
  }
  if (safeUrl(report.runUrl)) facts.push(link('workflow run', report.runUrl));
  facts.push('audience-sync');
  paragraphs.push(facts.join(' · '));
  return `---\n\n${paragraphs.join('\n\n')}\n`;
}
