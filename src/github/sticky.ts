/**
 * The one plan comment per (workspace, path) on a pull request: found by its marker
 * key, edited in place on later runs, never posted twice.
 */
import type { GitHubComment, GitHubComments } from './api.js';
import { parseMarker } from './marker.js';

export interface StickyResult {
  comment: GitHubComment;
  action: 'created' | 'updated' | 'unchanged';
  /** Extra copies (left by two runs racing) that were deleted. */
  removedDuplicates: number;
}

/**
 * Creates or edits the comment whose marker carries `key`. `body` must start with that
 * marker. Searches every page of comments. When racing runs left several, the oldest is
 * kept and the others are deleted. With `createIfMissing: false`, only an existing
 * comment is edited, and `undefined` means there was none.
 */
export async function upsertStickyComment(
  api: GitHubComments,
  issueNumber: number,
  key: string,
  body: string,
  options: { createIfMissing?: boolean } = {},
): Promise<StickyResult | undefined> {
  if (parseMarker(body)?.key !== key) {
    throw new Error(`the comment body must start with the marker of key ${key}`);
  }
  const ours = (await api.listComments(issueNumber))
    .filter((c) => parseMarker(c.body)?.key === key)
    .sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = ours;

  if (!keep) {
    if (options.createIfMissing === false) return undefined;
    const comment = await api.createComment(issueNumber, body);
    return { comment, action: 'created', removedDuplicates: 0 };
  }
  for (const duplicate of duplicates) await api.deleteComment(duplicate.id);
  if (keep.body === body) {
    return { comment: keep, action: 'unchanged', removedDuplicates: duplicates.length };
  }
  const comment = await api.updateComment(keep.id, body);
  return { comment, action: 'updated', removedDuplicates: duplicates.length };
}
