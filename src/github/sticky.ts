/**
 * The one plan comment per (workspace, path) on a pull request: found by its marker
 * key, edited in place on later runs, never left twice.
 */
import { redact } from '../redact.js';
import { type GitHubComment, type GitHubComments, GitHubError } from './api.js';
import { parseMarker } from './marker.js';
import { sameButRunLinks } from './run-link.js';
import { markerComments } from './trust.js';

export interface StickyResult {
  comment: GitHubComment;
  /**
   * `kept`: the existing comment carries the newer commit of `keepSha`, so a newer run
   * already wrote it; this run left it as it is.
   */
  action: 'created' | 'updated' | 'unchanged' | 'kept';
  /** Extra copies (left by two runs racing) that were deleted. */
  removedDuplicates: number;
  /** Comments that imitate the marker but are not ours: left alone (see `./trust.ts`). */
  imitations: GitHubComment[];
}

export interface StickyOptions {
  /** With `false`, only an existing comment is edited, and `undefined` means there was none. */
  createIfMissing?: boolean;
  /**
   * The pull request's current head, when it is newer than the commit this run planned:
   * a comment whose marker already carries it is left alone.
   */
  keepSha?: string;
}

/**
 * Creates or edits the comment whose marker carries `key`. `body` must start with that
 * marker; every registered secret is masked in it. Searches every page of comments.
 *
 * Two runs may race: both find no comment and both create one. So after a create the
 * comments are read again, the oldest copy is kept and the others deleted, and if the
 * kept one is another run's, this run's body goes into it. Whichever run creates last
 * sees every copy on that second read, so the race always ends with one comment.
 */
export async function upsertStickyComment(
  api: GitHubComments,
  issueNumber: number,
  key: string,
  body: string,
  options: StickyOptions = {},
): Promise<StickyResult | undefined> {
  // The runner masks secrets in the log only; a comment written through the API is
  // published as it is, so it passes through the one redactor here.
  body = redact(body);
  if (parseMarker(body)?.key !== key) {
    throw new Error(`the comment body must start with the marker of key ${key}`);
  }
  const { ours, imitations } = await markerComments(api, issueNumber, key);
  const [existing, ...duplicates] = ours;
  if (!existing) {
    if (options.createIfMissing === false) return undefined;
    const created = await api.createComment(issueNumber, body);
    const [oldest, ...copies] = (await markerComments(api, issueNumber, key)).ours;
    const removed = await removeAll(api, copies);
    if (!oldest || oldest.id === created.id) {
      return { comment: created, action: 'created', removedDuplicates: removed, imitations };
    }
    // Another run's copy is older: it stays, and carries this run's plan from now on.
    return { ...(await settle(api, oldest, body, options, removed)), imitations };
  }
  return {
    ...(await settle(api, existing, body, options, await removeAll(api, duplicates))),
    imitations,
  };
}

/** Brings the kept comment to `body`, unless it is already there or newer. */
async function settle(
  api: GitHubComments,
  keep: GitHubComment,
  body: string,
  options: StickyOptions,
  removedDuplicates: number,
): Promise<Omit<StickyResult, 'imitations'>> {
  if (options.keepSha !== undefined && parseMarker(keep.body)?.sha === options.keepSha) {
    return { comment: keep, action: 'kept', removedDuplicates };
  }
  if (sameButRunLinks(keep.body, body)) {
    return { comment: keep, action: 'unchanged', removedDuplicates };
  }
  const comment = await api.updateComment(keep.id, body);
  return { comment, action: 'updated', removedDuplicates };
}

/**
 * Deletes the copies; one that is already gone (the other racing run deleted it first)
 * counts as removed.
 */
async function removeAll(api: GitHubComments, copies: GitHubComment[]): Promise<number> {
  for (const copy of copies) {
    try {
      await api.deleteComment(copy.id);
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
    }
  }
  return copies.length;
}
