/**
 * Which marker comments are ours. A marker is only text: anyone who may comment on a pull
 * request (on a public repository, anyone at all) can paste one. Trusting such a comment
 * would let its author steer the sticky comment (ours deleted as a "duplicate") or the
 * reviewed plan of the apply. So only comments written by a bot (an Actions token or a
 * GitHub App) or by the token's own user count; the others are imitations, never read
 * for a plan, never edited and never deleted.
 */
import type { GitHubComment, GitHubComments } from './api.js';
import { parseMarker } from './marker.js';

export interface MarkerComments {
  /** Ours, oldest first. */
  ours: GitHubComment[];
  /** Comments that carry the marker but were written by someone else. */
  imitations: GitHubComment[];
}

/** The comments on `issueNumber` whose marker carries `key`, split into ours and imitations. */
export async function markerComments(
  api: GitHubComments,
  issueNumber: number,
  key: string,
): Promise<MarkerComments> {
  const marked = (await api.listComments(issueNumber))
    .filter((c) => parseMarker(c.body)?.key === key)
    .sort((a, b) => a.id - b.id);
  // Asked only when a user's comment carries the marker: with a personal token, that
  // user is us; with an Actions token, nobody but the bot is.
  const viewer = marked.some((c) => !c.author.bot) ? await api.viewerLogin() : undefined;
  const trusted = (c: GitHubComment) => c.author.bot || c.author.login === viewer;
  return { ours: marked.filter(trusted), imitations: marked.filter((c) => !trusted(c)) };
}
