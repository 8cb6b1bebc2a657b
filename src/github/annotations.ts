/**
 * Validation problems as workflow annotations, so that each shows on the pull request's
 * diff at its file, line and column.
 */

import * as core from '@actions/core';
import type { Problem } from '../model.js';

/** Writes one annotation, as `core.error` and `core.warning` do. */
export type Annotate = (message: string, properties?: core.AnnotationProperties) => void;

/**
 * Emits one annotation per problem: an error annotation for errors, a warning for
 * warnings. GitHub shows only the first 10 of each per step, which is why the comment
 * and the summary list them all too. `@actions/core` escapes the message and the
 * properties, so a problem's text or file name cannot break out of its annotation.
 */
export function annotateProblems(
  problems: readonly Problem[],
  sinks: { error: Annotate; warning: Annotate } = core,
): void {
  for (const p of problems) {
    // Secrets are masked in the written command, escaped form included, by the redacted
    // stdout (`src/action/redact-streams.ts`).
    const properties = {
      title: `audience-sync ${p.rule}`,
      file: p.file,
      startLine: p.line,
      startColumn: p.column,
    };
    if (p.severity === 'error') sinks.error(p.message, properties);
    else sinks.warning(p.message, properties);
  }
}
