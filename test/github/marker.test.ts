import { describe, expect, it } from 'vitest';
import {
  formatCommentHead,
  parseLinesMarker,
  parseMarker,
  readCommentHead,
} from '../../src/github/marker.js';

describe('readCommentHead', () => {
  const marker = { key: 'k1', fingerprint: 'f1', sha: 'abc1234' };

  it('returns the marker and the lines line exactly, so a rewritten comment keeps them', () => {
    const head = formatCommentHead(marker, ['~ A [1]: maxAge 45 → 50']);
    const body = `${head}\n### ✅ Ready to apply on merge · audience-sync\n`;
    expect(readCommentHead(body)).toBe(head);
    const rewritten = `${readCommentHead(body)}\n### ✅ Applied\n`;
    expect(parseMarker(rewritten)).toEqual(marker);
    expect(parseLinesMarker(rewritten)).toEqual({
      kind: 'lines',
      lines: ['~ A [1]: maxAge 45 → 50'],
    });
  });

  it('returns the marker alone when the comment recorded no lines', () => {
    const head = formatCommentHead({ key: 'k1' });
    expect(readCommentHead(`${head}\n### ✅ Files valid\n`)).toBe(head);
  });

  it('returns nothing for a body that does not open with a marker', () => {
    expect(readCommentHead(`quoted:\n${formatCommentHead(marker, [])}`)).toBeUndefined();
  });
});
