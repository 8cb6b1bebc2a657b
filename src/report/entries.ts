/**
 * The report's view of each change: one entry per change or blocked change, in the order
 * a reader needs them (riskiest first; after an apply, failures first), with the words,
 * symbols and results that the table, the diffs and the groups all show alike.
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
import { escapeMarkdown, truncateText } from './escape.js';
import { changedFieldNames, formatCount, naturalCompare, plural } from './format.js';
import type { RunReport } from './types.js';

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

/** The symbol of a blocked change, which no kind uses. */
export const BLOCKED_SYMBOL = '⛔';

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
export interface Entry {
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
export function profileOf(fieldChanges: readonly FieldChange[]): Partial<Profile> {
  return Object.fromEntries(fieldChanges.map((fc) => [fc.field, fc.after])) as Partial<Profile>;
}

/**
 * Every change and blocked change, riskiest first and names in natural order; after an
 * apply, failures lead.
 */
export function entries(report: RunReport): Entry[] {
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

/** The symbol an entry shows: its kind's, or {@link BLOCKED_SYMBOL}. */
export function symbolOf(entry: Entry): string {
  return entry.risk === 'blocked' ? BLOCKED_SYMBOL : KIND_SYMBOL[entry.action];
}

/** `Old → New` for a rename, else the name. */
export function whoText(entry: Pick<Entry, 'name' | 'fromName'>): string {
  return entry.fromName !== undefined && entry.fromName !== entry.name
    ? `${entry.fromName} → ${entry.name}`
    : entry.name;
}

/** What became of the entry in the apply, with the error and HTTP status if it failed. */
export function resultWords(entry: Entry): string {
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
