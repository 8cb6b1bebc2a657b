import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { checkFile } from '../../src/config/check.js';
import { quickParse } from '../../src/config/quick.js';
import { profileToYaml } from '../../src/export/yaml.js';
import { generateAudienceFiles } from '../support/generate.js';

/** What the full parser makes of `text`: each non-empty document's value and first line. */
function fullRead(text: string): { index: number; value: unknown; line: number }[] | 'problem' {
  const docs = parseAllDocuments(text);
  if (docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return 'problem';
  const out: { index: number; value: unknown; line: number }[] = [];
  docs.forEach((doc, index) => {
    if (doc.contents === null) return;
    const start = doc.contents.range[0];
    out.push({ index, value: doc.toJS(), line: text.slice(0, start).split('\n').length });
  });
  return out;
}

/** Asserts that the quick reader either gives up on `text` or reads what the full parser reads. */
function agrees(text: string): boolean {
  const quick = quickParse(text);
  if (quick === undefined) return false;
  expect(quick, JSON.stringify(text)).toStrictEqual(fullRead(text));
  return true;
}

const header = '# yaml-language-server: $schema=../src/schema/audience.schema.json\n';
const valid = [
  'name: Alpha one',
  'residence: Berlin',
  'minAge: 25',
  'maxAge: 45',
  'genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }',
  'interests: [AI]',
  'needs: [speed]',
  'painPoints: [cost]',
  '',
].join('\n');

/** Lines that the quick reader reads or refuses; either way it must not differ from the full parser. */
const LINES = [
  'name: yes',
  'name: No',
  'name: ~',
  'name: null',
  'name: Null',
  'name: TRUE',
  'name: true',
  'name: false',
  'minAge: 0x1F',
  'minAge: 0o17',
  'minAge: 1e3',
  'minAge: +5',
  'minAge: .5',
  'minAge: 05',
  'minAge: -0',
  'minAge: -12.50',
  'minAge: 123456789012345678901234',
  'minAge: .inf',
  'minAge: .NaN',
  'name: a: b',
  'name: a:b',
  'name: http://example.com/x',
  'name: a #c',
  'name: a#c',
  'name: Berlin, Germany',
  "name: it's",
  "name: 'it''s'",
  "name: 'a' # c",
  "name: ''",
  'name: ""',
  'name: "a\\tb"',
  'name: "a # b"',
  'name: "a" x',
  'name: "unclosed',
  'name:  two  spaces  ',
  'name: Zürich café',
  'name: a\u00a0',
  'name: &anchor x',
  'name: *alias',
  'name: !!str 5',
  'name: |',
  'name: >-',
  'name: - x',
  'name: ? x',
  'name: @x',
  'name: `x`',
  'name: %x',
  'name: a[1]',
  'name: {a}',
  'x: []',
  'x: [ ]',
  'x: {}',
  'x: [a, b,]',
  'x: [a,b]',
  'x: [ a , b ]',
  'x: [a, [b]]',
  'x: [a, "b, c"]',
  'x: [\'a\', "b"]',
  'x: ["a" , b]',
  'x: [a"b]',
  'x: [a:b]',
  'x: [a: b]',
  'x: [1, 2.5, -3, true, null]',
  'x: {a:1}',
  'x: {a: 1, a: 2}',
  'x: {a: 1, b: [2]}',
  'x: { a: \'x\', b: "y" }',
  'x: {a: 1,}',
  'x: {"a": 1}',
  'x: { female: 0.5, male: 0.5 } # shares',
  'x: [a] # c',
  'true: 1',
  'null: 1',
  'yes: 1',
  '__proto__: 1',
  '_private: 1',
  'a_b9: 1',
  'key : value',
  'key:value',
  'key:  ',
  'key: # only a comment',
  '- item',
  '? complex',
  '"quoted": key',
  '%YAML 1.2',
  '...',
  '--- inline',
  '--- ',
  '\tname: tab',
  'name: a\r',
  'name: a\rb',
  'name: "a\r\nb"',
  '\ufeffname: bom',
];

/** Multi-line shapes. */
const BLOCKS = [
  'interests:\n- a\n- b\n',
  'interests:\n  - a\n  - b\n',
  'interests:\n\n  - a\n\n  - b\n',
  'interests: # c\n  - a\n',
  'interests:\n  - a\n    - b\n',
  'interests:\n  - a\n   - b\n',
  'interests:\n  - a\n  b: 1\n',
  'interests:\n  -\n',
  'interests:\n  - \n',
  'interests:\n  - [a]\n',
  'interests:\n  - a: b\n',
  'interests:\n  - "a"\n  - \'b\'\n  - c # note\n',
  'g:\n  a: 1\n  b: 2\n',
  'g:\n  a: 1\n   b: 2\n',
  'g:\n  a: 1\n  a: 2\n',
  'g:\n  a:\n',
  'g:\n  a: [1]\n',
  'g:\n    a: 1\n    b: x y\n',
  'g:\n',
  'g:\nh: 1\n',
  'name: x\n  continued\n',
  'name: x\n  # indented comment\n',
  'name: x\n# comment\nother: y\n',
  'name: x\nname: y\n',
  '---\nname: x\n',
  '# c\n---\nname: x\n',
  '---\n---\nname: x\n',
  'name: x\n---\n',
  'name: x\n---\n# only a comment\n',
  'name: x\n---\n---\nname: y\n',
  'name: x\n---\nname: y\n',
  'name: x\n...\n',
  'name: x\n--- \nname: y\n',
  '',
  '# only a comment\n',
  'name: x',
  'name: x\n\n\n',
];

describe('the quick reader', () => {
  it('reads single lines as the full parser does, or leaves them to it', () => {
    let read = 0;
    for (const line of LINES) {
      if (agrees(`${line}\n`)) read++;
      if (agrees(`${header}${valid}${line}\n`)) read++;
    }
    // Most of these are refused; the plain ones must be read, or the quick path is dead.
    expect(read).toBeGreaterThanOrEqual(35);
  });

  it('reads blocks and document markers as the full parser does, or leaves them to it', () => {
    let read = 0;
    for (const block of BLOCKS) {
      if (agrees(block)) read++;
      if (agrees(`${valid}${block}`)) read++;
      if (agrees(`${header}${valid}---\n${block}`)) read++;
    }
    expect(read).toBeGreaterThanOrEqual(20);
  });

  it('reads every generated file, the samples, the valid fixtures and what export writes', () => {
    const files = [...generateAudienceFiles(30, 3).values()];
    files.push(
      profileToYaml(
        {
          name: 'Café owners: Zürich',
          residence: 'Berlin',
          minAge: 25,
          maxAge: 45,
          genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
          interests: ['AI', 'yes', '42', 'a: b'],
          needs: ['more reach'],
          painPoints: ["it's slow"],
          shared: true,
        },
        { schemaPath: '../schema.json', note: 'exported' },
      ),
    );
    for (const dir of ['audiences', 'test/fixtures/valid']) {
      for (const name of readdirSync(dir)) files.push(readFileSync(path.join(dir, name), 'utf8'));
    }
    for (const text of files) {
      expect(agrees(text), text.slice(0, 200)).toBe(true);
      expect(agrees(text.replaceAll('\n', '\r\n')), 'with Windows line ends').toBe(true);
    }
  });
});

describe('checking a file', () => {
  it('gives the same result with and without the quick reader, for every fixture', () => {
    const dirs = ['audiences', 'test/fixtures/valid', 'test/fixtures/invalid'];
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        const source = {
          file: path.join(dir, name),
          text: readFileSync(path.join(dir, name), 'utf8'),
        };
        expect(checkFile(source), source.file).toStrictEqual(checkFile(source, true));
      }
    }
  });

  it('gives the same result with and without the quick reader, for problems it reads past', () => {
    const variants = [
      valid,
      valid.replace('minAge: 25', 'minAge: 50'),
      valid.replace('female: 0.5', 'female: 0.6'),
      valid.replace('name: Alpha one', 'name: "  ab  "'),
      `${valid}state: absent\n`,
      `${valid}colour: blue\n`,
      `${valid}---\n${valid.replace('Alpha', 'Beta')}`,
      `${valid}---\n${valid.replace('residence: Berlin', 'residence: 12')}`,
      `---\n${valid}---\n---\n${valid}`,
      ...LINES.map((line) => `${valid}${line}\n`),
      ...BLOCKS.map((block) => `${valid}${block}`),
      ...BLOCKS.map((block) => `${valid}${block}`.replaceAll('\n', '\r\n')),
    ];
    for (const text of variants) {
      const source = { file: 'a.yml', text };
      expect(checkFile(source), text).toStrictEqual(checkFile(source, true));
    }
  });
});
