/**
 * Publishing the run's report: the sticky PR comment, the drift issue and the job
 * summary. Each is written whatever the run decided, so a failed run still says why; a
 * sink that fails is a warning, and the run's result stands.
 */
import * as core from '@actions/core';
import { DRIFT_EVENTS, DRIFT_LABEL, Inputs, PULL_REQUEST_EVENTS } from '../constants.js';
import { type GitHubApi, GitHubError } from '../github/api.js';
import { plannedSha } from '../github/context.js';
import { redact } from '../redact.js';
import { escapeMarkdown } from '../report/escape.js';
import { hasChanges, plural, shortSha } from '../report/format.js';
import { renderAppliedComment, renderMarkdown, renderSummary } from '../report/markdown.js';
import { headingLine } from '../report/verdict.js';
import { gitHub, messageOf, type RunDependencies, type RunState, report } from './state.js';

/** Writes the PR comment, the drift issue and the job summary, in the log group "Report". */
export async function publish(state: RunState, deps: RunDependencies): Promise<void> {
  await core.group('Report', async () => {
    await attempt('write the PR comment', () => comment(state, deps));
    await attempt("rewrite the merged pull request's comment", () => appliedComment(state, deps));
    await attempt('update the drift issue', () => driftIssue(state, deps));
    // Rendered last: the comment may have found the plan stale.
    await attempt('write the job summary', () => jobSummary(state, deps));
  });
}

async function attempt(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    core.warning(`Could not ${what}: ${messageOf(error)}`);
  }
}

/**
 * The sticky plan comment, on pull request events only. Just before writing, the pull
 * request's current head is read: if a newer commit was pushed while this run planned,
 * the comment says it is stale, and a comment that a newer run already wrote is left
 * alone.
 */
async function comment(state: RunState, deps: RunDependencies): Promise<void> {
  const { inputs, context } = state;
  if (!inputs || !context || inputs.command !== 'sync' || !inputs.comment) return;
  if (state.inputError) return;
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !context.pullRequest) return;
  const github = gitHub(state, deps);
  if (!github) {
    core.info('No `github-token` or repository: no PR comment.');
    return;
  }
  // Loaded here, past the early returns: the markers' gzip (zlib) and the comment's
  // logic are of no use to a run that writes no comment, such as a validate-only one.
  const [{ formatCommentHead, markerKey }, { upsertStickyComment }] = await Promise.all([
    import('../github/marker.js'),
    import('../github/sticky.js'),
  ]);
  const api = await github;
  const number = context.pullRequest.number;
  const planned = plannedSha(context);
  const latest = await currentHead(api, number);
  if (latest && planned && latest !== planned) {
    state.stale = { latestSha: latest };
    core.info(
      `Commit ${shortSha(latest)} was pushed while this plan (of ${shortSha(planned)}) ran: the comment is marked stale.`,
    );
  }
  const key = markerKey(inputs.workspace, inputs.paths);
  // A run that meant to plan (it had credentials) and failed first says so in the marker:
  // the apply after the merge must not take it for a validate-only run with nothing to
  // compare (see `compareWithReviewed` in ./review.ts).
  const failed =
    !state.plan && state.failure && inputs.credentials
      ? (state.failure.reason ?? 'error')
      : undefined;
  const head = formatCommentHead(
    { key, fingerprint: state.plan?.fingerprint, sha: planned, ...(failed ? { failed } : {}) },
    // The plan itself: the comment records its lines and its items (see compareWithReview).
    state.plan,
  );
  const body = renderMarkdown(report(state), { marker: head });
  const quiet =
    inputs.commentOn === 'changes' &&
    !state.failure &&
    (state.load?.problems.length ?? 0) === 0 &&
    !(state.plan && hasChanges(state.plan));
  const result = await upsertStickyComment(api, number, key, body, {
    createIfMissing: !quiet,
    keepSha: state.stale?.latestSha,
  });
  if (!result) {
    core.info('No changes and `comment-on: changes`: no PR comment.');
    return;
  }
  if (result.action === 'kept') {
    core.info(
      `The PR comment already shows the plan of the newer commit ${shortSha(state.stale?.latestSha ?? '')}: left as it is.`,
    );
  } else {
    state.commentUrl = result.comment.url;
    core.info(`PR comment ${result.action}: ${result.comment.url}`);
  }
  if (result.imitations.length > 0) {
    const who = [...new Set(result.imitations.map((c) => `@${c.author.login}`))].join(', ');
    core.warning(
      `Ignored ${plural(result.imitations.length, 'comment')} by ${who} with audience-sync's marker: only comments written by a bot or by the token's own user count as the plan comment.`,
    );
  }
  if (result.removedDuplicates > 0) {
    core.info(`Removed ${plural(result.removedDuplicates, 'duplicate comment')} of this plan.`);
  }
}

/**
 * After an apply on push: the plan comment of the pull request merged as this commit is
 * rewritten with the outcome of each change (applied, failed, blocked, not started), the
 * merge commit and whether the step failed, so the pull request says what its merge did.
 * The comment's hidden lines are kept as they were, so a re-run of this apply still
 * compares with the plan that was reviewed. A pull request without our comment (a direct
 * push, or `comment: false` on the pull request) gets none.
 */
async function appliedComment(state: RunState, deps: RunDependencies): Promise<void> {
  const { inputs, context, reviewedComment } = state;
  if (!inputs || !context || inputs.command !== 'sync' || !inputs.comment) return;
  if (state.inputError || inputs.dryRun || context.eventName !== 'push') return;
  // Read by the comparison with the reviewed plan; when it could not be read, that step
  // already warned, and there is nothing to rewrite.
  if (!reviewedComment || (!state.plan && !state.failure)) return;
  const github = gitHub(state, deps);
  if (!github) return;
  const [{ markerKey, readCommentHead }, { upsertStickyComment }] = await Promise.all([
    import('../github/marker.js'),
    import('../github/sticky.js'),
  ]);
  const head = readCommentHead(reviewedComment.body);
  if (!head) return;
  const number = reviewedComment.pull;
  const key = markerKey(inputs.workspace, inputs.paths);
  const body = renderAppliedComment(report(state), { marker: head, mergeSha: context.sha });
  try {
    const result = await upsertStickyComment(await github, number, key, body, {
      createIfMissing: false,
    });
    if (!result) return;
    state.commentUrl = result.comment.url;
    core.info(
      `The comment of pull request #${number} now shows the outcome of the apply: ${result.comment.url}`,
    );
  } catch (error) {
    if (error instanceof GitHubError && error.status === 403) {
      core.warning(
        `Could not rewrite the comment of pull request #${number} with the outcome of the apply: GitHub refused it (403). The job needs the \`pull-requests: write\` permission. ${messageOf(error)}`,
      );
      return;
    }
    throw error;
  }
}

/** The pull request's head sha as GitHub has it now; undefined (and logged) if unreadable. */
async function currentHead(api: GitHubApi, number: number): Promise<string | undefined> {
  try {
    return (await api.getPull(number)).headSha;
  } catch (error) {
    core.info(
      `Could not read pull request #${number} (${messageOf(error)}): the comment is written without checking for a newer commit.`,
    );
    return undefined;
  }
}

/**
 * The drift issue of a drift check (`drift-issue: true`, a dry run on `schedule` or
 * `workflow_dispatch`): opened, updated or closed from the plan, whatever
 * `fail-on-drift` decided. Without `issues: write` it is a warning, never a failure.
 */
async function driftIssue(state: RunState, deps: RunDependencies): Promise<void> {
  const { inputs, context, plan, workspace } = state;
  if (!inputs?.driftIssue || !context || inputs.command !== 'sync' || state.inputError) return;
  // Elsewhere the input was already reported as ignored.
  if (!DRIFT_EVENTS.includes(context.eventName) || !inputs.dryRun) return;
  if (!plan || !workspace) {
    core.info('No plan was made, so drift is unknown: the drift issue is left as it is.');
    return;
  }
  const github = gitHub(state, deps);
  if (!github) {
    core.warning(
      `\`${Inputs.DriftIssue}: true\` needs \`${Inputs.GitHubToken}\` and a repository: no drift issue.`,
    );
    return;
  }
  const [{ formatDriftMarker, markerKey }, { syncDriftIssue }, { renderDriftIssue }] =
    await Promise.all([
      import('../github/marker.js'),
      import('../github/drift-issue.js'),
      import('../report/drift.js'),
    ]);
  const key = markerKey(workspace.id, inputs.paths);
  // The issue is about the drift; whether the step fails for it is `fail-on-drift`'s
  // business, so that failure is not repeated in the issue.
  const view = report(state);
  if (view.failure?.reason === 'drift') view.failure = undefined;
  const drift = hasChanges(plan)
    ? {
        ...renderDriftIssue(view, {
          marker: formatDriftMarker({ key, fingerprint: plan.fingerprint }),
        }),
        fingerprint: plan.fingerprint,
      }
    : undefined;
  try {
    const outcome = await syncDriftIssue(await github, {
      key,
      label: DRIFT_LABEL,
      drift,
      runUrl: context.runUrl,
    });
    if (outcome.action && outcome.issue) {
      core.info(`Drift issue #${outcome.issue.number} ${outcome.action}: ${outcome.issue.url}`);
    } else {
      core.info('No drift and no open drift issue: nothing to do.');
    }
    if (outcome.closedDuplicates > 0) {
      core.info(`Closed ${plural(outcome.closedDuplicates, 'duplicate drift issue')}.`);
    }
  } catch (error) {
    if (error instanceof GitHubError && error.status === 403) {
      core.warning(
        `Could not update the drift issue: GitHub refused it (403). The job needs the \`issues: write\` permission (\`permissions: { issues: write }\`). ${messageOf(error)}`,
      );
      return;
    }
    throw error;
  }
}

/**
 * Appends the run's summary to the job summary. Outside a runner (`GITHUB_STEP_SUMMARY`
 * unset) there is nowhere to write it, which one log line says; the run goes on, as
 * nothing it decided depends on it.
 */
async function jobSummary(state: RunState, deps: RunDependencies): Promise<void> {
  if (!deps.env.GITHUB_STEP_SUMMARY) {
    core.info('$GITHUB_STEP_SUMMARY is not set (not a GitHub Actions runner?): not written.');
    return;
  }
  const exported =
    state.inputs?.command === 'export'
      ? (await import('./export.js')).exportSummary(state)
      : undefined;
  // The summary is a file the runner shows as it is: no masking applies to it.
  await core.summary.addRaw(redact(summaryText(state, exported))).write();
}

/**
 * The job summary. Each opens with the same heading as the comment (verdict, workspace,
 * path), so the summaries of a matrix's jobs stay apart.
 */
function summaryText(state: RunState, exported: string | undefined): string {
  const view = report(state);
  if (state.inputError) {
    // The report's view model is about files and plans; a wrong input precedes both.
    const heading = headingLine(view, { symbol: '❌', title: 'Did not start' });
    return `${heading}\n\n**audience-sync did not start:** ${escapeMarkdown(state.inputError.message)}\n\nNothing was read from neuroflash or written to it. Fix the workflow's \`with:\` inputs and run again.\n`;
  }
  if (exported !== undefined) {
    const title = state.failure ? 'Export failed' : 'Exported';
    const heading = headingLine(view, { symbol: state.failure ? '❌' : '✅', title });
    return `${heading}\n\n${exported}`;
  }
  return renderSummary(view);
}
