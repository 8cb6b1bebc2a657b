/**
 * The plan as JSON: the Action's `plan` output and the CLI's `--json`.
 */
import type { Change, ChangeResult, FieldChange, SourceLocation } from '../model.js';
import { hasChanges } from './format.js';
import type { RunReport } from './types.js';

/** A JSON value: what `JSON.parse(JSON.stringify(x))` gives back unchanged. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The run as plain JSON, version 1:
 * `{ schemaVersion, mode, dryRun, workspace, hasChanges, fingerprint, counts, guard,
 *   changes, blocked, conflicts, kept, results?, problems, failure? }`.
 *
 * Each change carries its kind, name, id, `fromName`, `deleteReason`, `fieldChanges`
 * (`before`/`after`, `null` where a side has no value) and `source`, but not the PUT
 * body: the body repeats the remote's unmanaged fields, which would make the output
 * large without telling a reader what changes. `fingerprint`, `counts` and `guard` are
 * `null` when no plan was made. `results` is present only after an apply.
 */
export function planJson(report: RunReport): Json {
  const plan = report.plan;
  const out: { [key: string]: Json } = {
    schemaVersion: 1,
    mode: report.mode,
    dryRun: report.dryRun,
    workspace: report.workspace ? { id: report.workspace.id, name: report.workspace.name } : null,
    hasChanges: plan ? hasChanges(plan) : false,
    fingerprint: plan?.fingerprint ?? null,
    counts: plan ? toJson(plan.counts) : null,
    guard: plan ? toJson(plan.guard) : null,
    changes: (plan?.changes ?? []).map(changeJson),
    blocked: (plan?.blocked ?? []).map((b) =>
      toJson({
        action: b.action,
        name: b.name,
        id: b.id,
        fromName: b.fromName,
        reason: b.reason,
        fieldChanges: b.fieldChanges.map(fieldChangeJson),
        source: sourceJson(b.source),
      }),
    ),
    conflicts: (plan?.conflicts ?? []).map((c) => toJson(c)),
    kept: (plan?.kept ?? []).map((k) => toJson(k)),
  };
  if (report.apply) out.results = report.apply.results.map(resultJson);
  out.problems = report.problems.map((p) => toJson(p));
  if (report.failure) out.failure = toJson(report.failure);
  return out;
}

function changeJson(change: Change): Json {
  return toJson({
    kind: change.kind,
    name: change.name,
    id: change.id,
    fromName: change.fromName,
    deleteReason: change.deleteReason,
    fieldChanges: change.fieldChanges.map(fieldChangeJson),
    source: sourceJson(change.source),
  });
}

function fieldChangeJson(fc: FieldChange): Json {
  return { field: fc.field, before: toJson(fc.before ?? null), after: toJson(fc.after ?? null) };
}

function sourceJson(source: SourceLocation | undefined): Json | undefined {
  return source ? { file: source.file, line: source.line, column: source.column } : undefined;
}

function resultJson(result: ChangeResult): Json {
  return toJson({
    kind: result.change.kind,
    name: result.change.name,
    id: result.id ?? result.change.id,
    status: result.status,
    error: result.error,
    httpStatus: result.httpStatus,
  });
}

/**
 * A deep copy as plain JSON: undefined properties dropped, undefined array items and
 * non-finite numbers as `null`, so the value survives a JSON round trip unchanged.
 */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && typeof item !== 'function') out[key] = toJson(item);
    }
    return out;
  }
  return null;
}
