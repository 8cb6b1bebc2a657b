import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAudiences } from '../../src/config/load.js';
import { loadFromSources } from '../../src/config/sources.js';
import type { Problem } from '../../src/model.js';

/** A valid audience document with the given name; `extra` lines are appended. */
function audience(name: string, ...extra: string[]): string {
  return [
    `name: ${name}`,
    'residence: Berlin',
    'minAge: 25',
    'maxAge: 45',
    'genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }',
    'interests: [AI]',
    'needs: [speed]',
    'painPoints: [cost]',
    ...extra,
    '',
  ].join('\n');
}

function brief(problems: Problem[]): string[] {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
}

describe('documents and files', () => {
  it('ignores an empty document between separators and a leading ---', () => {
    const text = `---\n${audience('Alpha one')}---\n---\n${audience('Beta two')}`;
    const result = loadFromSources([{ file: 'a.yml', text }]);
    expect(result.problems).toEqual([]);
    expect(result.audiences.map((a) => [a.name, a.source.line])).toEqual([
      ['Alpha one', 2],
      ['Beta two', 12],
    ]);
  });

  it('a file of comments only declares no audience', () => {
    const result = loadFromSources([
      { file: 'c.yml', text: '# nothing here yet\n# still nothing\n' },
    ]);
    expect(brief(result.problems)).toEqual(['c.yml:1:1 error empty-file']);
  });

  it('a file of separators only declares no audience', () => {
    const result = loadFromSources([{ file: 'c.yml', text: '---\n---\n' }]);
    expect(brief(result.problems)).toEqual(['c.yml:1:1 error empty-file']);
  });

  it('a scalar document is an error at its position', () => {
    const result = loadFromSources([
      { file: 's.yml', text: `${audience('Alpha one')}---\njust text\n` },
    ]);
    expect(result.problems).toEqual([
      {
        file: 's.yml',
        line: 10,
        column: 1,
        severity: 'error',
        rule: 'not-a-mapping',
        message:
          "this document is the text 'just text'; an audience must be a mapping of keys such as name:, residence: and minAge:",
      },
    ]);
    expect(result.audiences.map((a) => a.name)).toEqual(['Alpha one']);
  });

  it('reports every problem of every file, sorted by file, line and column', () => {
    const result = loadFromSources([
      {
        file: 'b.yml',
        text: audience('Bravo', 'shared: 1', 'country: 49').replace('minAge: 25', 'minAge: -1'),
      },
      {
        file: 'a.yml',
        text: audience('Alpha one').replace('interests: [AI]', 'interests: [AI, ""]'),
      },
    ]);
    expect(brief(result.problems)).toEqual([
      'a.yml:6:17 error invalid-value',
      'b.yml:3:9 error invalid-value',
      'b.yml:9:9 error invalid-value',
      'b.yml:10:10 error invalid-value',
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'item 2 of interests is empty; each item must be a non-empty text of at most 200 characters',
      'minAge is -1; it must be a whole number from 0 to 120',
      'shared is 1; it must be true or false',
      "country is 49; it must be a text of at most 100 characters (put it in quotes: '49')",
    ]);
    expect(result.files).toEqual(['a.yml', 'b.yml']);
    expect(result.audiences).toEqual([]);
  });

  it('counts lines and columns the same with CRLF line endings and a byte-order mark', () => {
    const text = `\uFEFF${audience('Alpha one').replace('maxAge: 45', 'maxAge: 200')}`.replaceAll(
      '\n',
      '\r\n',
    );
    const result = loadFromSources([{ file: 'w.yml', text }]);
    expect(brief(result.problems)).toEqual(['w.yml:4:9 error invalid-value']);
  });

  it('only the first syntax error of a document is reported, and other documents still load', () => {
    const text = `${audience('Alpha one')}---\nname: [a, b\nresidence: x: y\n---\n${audience('Gamma three')}`;
    const result = loadFromSources([{ file: 'y.yml', text }]);
    expect(result.problems.filter((p) => p.rule === 'yaml-syntax')).toHaveLength(1);
    expect(result.audiences.map((a) => a.name)).toEqual(['Alpha one', 'Gamma three']);
  });

  it('a YAML warning (an unknown tag) is a located warning, not an error', () => {
    const result = loadFromSources([
      {
        file: 't.yml',
        text: audience('Alpha one').replace('residence: Berlin', 'residence: !city Berlin'),
      },
    ]);
    expect(brief(result.problems)).toEqual(['t.yml:2:12 warning yaml-warning']);
    expect(result.audiences.map((a) => a.name)).toEqual(['Alpha one']);
  });

  it('an alias bomb is refused as invalid YAML instead of being expanded', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const result = loadFromSources([{ file: 'bomb.yml', text: bomb }]);
    expect(brief(result.problems)).toEqual(['bomb.yml:1:1 error yaml-syntax']);
    expect(result.problems[0]?.message).toContain('invalid YAML');
  });
});

describe('schema messages', () => {
  it('a missing required key points at the document and gives an example', () => {
    const result = loadFromSources([
      { file: 'm.yml', text: audience('Alpha one').replace('residence: Berlin\n', '') },
    ]);
    expect(result.problems).toEqual([
      {
        file: 'm.yml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-key',
        message:
          "missing key 'residence'; an audience needs it unless its state is absent, e.g. residence: Berlin",
      },
    ]);
  });

  it('an unknown key with no near match lists the known keys', () => {
    const result = loadFromSources([{ file: 'u.yml', text: audience('Alpha one', 'budget: 100') }]);
    expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [
        9,
        1,
        "unknown key 'budget'; the known keys are name, residence, country, nativeLanguage, minAge, maxAge, genderDistribution, interests, needs, painPoints, shared, additionalInformation, previousNames and state",
      ],
    ]);
  });

  it('a key written with nothing after it points at the key', () => {
    const result = loadFromSources([
      { file: 'n.yml', text: audience('Alpha one').replace('needs: [speed]', 'needs:') },
    ]);
    expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [
        7,
        1,
        'needs is empty; it must be a list of at most 50 non-empty texts of at most 200 characters',
      ],
    ]);
  });

  it('a quoted number and a YAML 1.1 boolean get a hint', () => {
    const text = audience('Alpha one', 'shared: yes').replace('minAge: 25', "minAge: '25'");
    const result = loadFromSources([{ file: 'h.yml', text }]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "minAge is the text '25'; it must be a whole number from 0 to 120 (write it without quotes)",
      "shared is the text 'yes'; it must be true or false (write true instead of yes)",
    ]);
  });

  it('a share out of range is reported once, without a sum error on top', () => {
    const text = audience('Alpha one').replace('female: 0.5', 'female: 1.5');
    const result = loadFromSources([{ file: 'g.yml', text }]);
    expect(result.problems.map((p) => [p.rule, p.line, p.column, p.message])).toEqual([
      ['invalid-value', 5, 31, 'genderDistribution.female is 1.5; it must be a number from 0 to 1'],
    ]);
  });

  it('a sum off by less than 1e-9 is accepted; by more, it is not', () => {
    const near = audience('Alpha one').replace(
      'preferNotToSay: 0.03',
      'preferNotToSay: 0.0300000000005',
    );
    const far = audience('Beta two').replace('preferNotToSay: 0.03', 'preferNotToSay: 0.030000002');
    const result = loadFromSources([
      { file: 'near.yml', text: near },
      { file: 'far.yml', text: far },
    ]);
    expect(result.problems.map((p) => [p.file, p.message])).toEqual([
      ['far.yml', 'genderDistribution sums to 1.000000002; the four shares must sum to 1'],
    ]);
  });

  it('an unknown key inside genderDistribution names the mapping', () => {
    const text = audience('Alpha one').replace(
      'preferNotToSay: 0.03',
      'preferNotToSay: 0.03, other: 0',
    );
    const result = loadFromSources([{ file: 'o.yml', text }]);
    expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [
        5,
        86,
        "unknown key 'other' in genderDistribution; the known keys are female, male, nonBinary and preferNotToSay",
      ],
    ]);
  });
});

describe('names', () => {
  it('trims the name, and judges its length after trimming', () => {
    const result = loadFromSources([
      { file: 'a.yml', text: audience("'  Alpha one  '") },
      { file: 'b.yml', text: audience("'ab   '") },
      { file: 'c.yml', text: audience(`'${'x'.repeat(101)}'`) },
    ]);
    expect(result.audiences.map((a) => [a.name, a.fields.name])).toEqual([
      ['Alpha one', 'Alpha one'],
    ]);
    expect(result.problems.map((p) => [p.file, p.rule, p.message])).toEqual([
      [
        'b.yml',
        'name-length',
        "name 'ab' has 2 characters without the surrounding spaces; it must have 3 to 100",
      ],
      [
        'c.yml',
        'invalid-value',
        'name has 101 characters; it must be a text of 3 to 100 characters',
      ],
    ]);
  });

  it('names are unique after trimming, also within one file, and the error names the first', () => {
    const text = `${audience('Alpha one')}---\n${audience("' Alpha one'")}`;
    const result = loadFromSources([{ file: 'd.yml', text }]);
    expect(result.problems).toEqual([
      {
        file: 'd.yml',
        line: 10,
        column: 7,
        severity: 'error',
        rule: 'duplicate-name',
        message:
          "the name 'Alpha one' is already used by the audience at d.yml:1; names must be unique across all files",
      },
    ]);
    expect(result.audiences.map((a) => a.source.line)).toEqual([1]);
  });

  it('names that differ only in case or whitespace get a warning, and both audiences load', () => {
    const result = loadFromSources([
      { file: 'a.yml', text: audience('Marketing leaders') },
      { file: 'b.yml', text: audience('marketing  Leaders') },
    ]);
    expect(result.problems).toEqual([
      {
        file: 'b.yml',
        line: 1,
        column: 7,
        severity: 'warning',
        rule: 'similar-name',
        message:
          "the name 'marketing  Leaders' differs from 'Marketing leaders' at a.yml:1 only in case or whitespace; the API treats them as two audiences, so use one spelling if they are meant to be one",
      },
    ]);
    expect(result.audiences).toHaveLength(2);
  });

  it("a previous name equal to the audience's own name is an error at the item", () => {
    const result = loadFromSources([
      { file: 'p.yml', text: audience('Alpha one', 'previousNames: [Old alpha, Alpha one]') },
    ]);
    expect(result.problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([
      [
        9,
        28,
        'previous-name-self',
        "previous name 'Alpha one' is this audience's own name; list only names it had before",
      ],
    ]);
  });

  it('two audiences claiming one previous name: the later claim is the error', () => {
    const result = loadFromSources([
      { file: 'a.yml', text: audience('Alpha one', 'previousNames: [Old team]') },
      { file: 'b.yml', text: audience('Beta two', 'previousNames:', '  - Old team') },
    ]);
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.rule, p.message])).toEqual([
      [
        'b.yml',
        10,
        5,
        'duplicate-previous-name',
        "previous name 'Old team' is already claimed by the audience at a.yml:1; only one audience can take over an old name",
      ],
    ]);
  });

  it("a previous name that is a later audience's name is an error too", () => {
    const result = loadFromSources([
      { file: 'a.yml', text: audience('Alpha one', 'previousNames: [Beta two]') },
      { file: 'b.yml', text: audience('Beta two') },
    ]);
    expect(brief(result.problems)).toEqual(['a.yml:9:17 error previous-name-in-use']);
    expect(result.audiences.map((a) => a.name)).toEqual(['Beta two']);
  });
});

describe('state', () => {
  it('defaults to present', () => {
    const result = loadFromSources([{ file: 'a.yml', text: audience('Alpha one') }]);
    expect(result.audiences[0]?.state).toBe('present');
  });

  it('absent needs only a name; other profile fields give one warning and are dropped', () => {
    const result = loadFromSources([
      { file: 'a.yml', text: audience('Alpha one', 'state: absent', 'previousNames: [Old alpha]') },
    ]);
    expect(result.problems).toEqual([
      {
        file: 'a.yml',
        line: 9,
        column: 8,
        severity: 'warning',
        rule: 'absent-ignored',
        message:
          'state is absent, so residence, minAge, maxAge, genderDistribution, interests, needs and painPoints are ignored; an absent audience needs only name, and is deleted if it exists',
      },
    ]);
    expect(result.audiences).toEqual([
      {
        name: 'Alpha one',
        state: 'absent',
        fields: { name: 'Alpha one' },
        previousNames: ['Old alpha'],
        source: { file: 'a.yml', line: 1, column: 1 },
      },
    ]);
  });

  it('absent still needs a name', () => {
    const result = loadFromSources([{ file: 'a.yml', text: 'state: absent\n' }]);
    expect(brief(result.problems)).toEqual(['a.yml:1:1 error missing-key']);
    expect(result.problems[0]?.message).toBe(
      "missing key 'name'; every audience needs a name, e.g. name: Marketing leaders",
    );
  });

  it('an unknown state lists the two that exist', () => {
    const result = loadFromSources([{ file: 'a.yml', text: 'name: Alpha one\nstate: deleted\n' }]);
    expect(result.problems.map((p) => p.message)).toContain(
      "state is the text 'deleted'; it must be present or absent",
    );
  });
});

describe('the environment', () => {
  it('hands back the very same process.env after loading (the parse runs on a plain copy)', () => {
    const env = process.env;
    const result = loadFromSources([{ file: 'a.yml', text: 'name: [unclosed\n' }]);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(process.env).toBe(env);
  });
});

describe('problems across files, found after a quick read', () => {
  // Each file alone is plain and valid, so the quick reader takes it and no YAML parser is
  // loaded; only the rules across files find problems, and their positions come from the
  // parser loaded then. They must be the same as when every file went through the parser.
  it('are located exactly as from the full parser', async () => {
    const files = {
      'a.yml': audience('Alpha one'),
      'b.yml': `# second\n${audience('Alpha one')}`,
      'c.yml': audience('Gamma three', 'previousNames: [Alpha one]'),
      'd.yml': audience('alpha  One'),
    };
    const dir = await mkdtemp(path.join(tmpdir(), 'audience-sync-load-'));
    try {
      for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
      const fromDisk = await loadAudiences(['.'], { cwd: dir });
      const fromText = loadFromSources(
        Object.entries(files).map(([file, text]) => ({ file, text })),
      );
      expect(brief(fromDisk.problems)).toEqual([
        'b.yml:2:7 error duplicate-name',
        'c.yml:9:17 error previous-name-in-use',
        'd.yml:1:7 warning similar-name',
      ]);
      expect(fromDisk.problems).toEqual(fromText.problems);
      expect(fromDisk.audiences).toEqual(fromText.audiences);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
