import { describe, expect, it } from 'vitest';
import {
  BLIND_R18_RULES,
  BLIND_R19_RULES,
  BLIND_R20_RULES,
  BLIND_R21_RULES,
  BLIND_R22_RULES,
  BLIND_R23_RULES,
  BLIND_R24_RULES,
  checkBlindSet,
  checkBlindSetCsv,
  earlierTitleFiles,
  sharedTitles,
  titlesSharedWithEarlierSets,
  type BlindSetRules,
} from './check-blind-set';

describe('tests/fixtures/blind-r18/titles.csv', () => {
  it('has known taxonomy nodes and paths, valid labels and the set minimums', () => {
    const { problems, counts } = checkBlindSet('tests/fixtures/blind-r18/titles.csv', BLIND_R18_RULES);
    expect(problems).toEqual([]);
    expect(counts.rows).toBeGreaterThanOrEqual(650);
  });
});

const LATER_SETS = [
  { folder: 'blind-r19', rules: BLIND_R19_RULES, earlier: ['blind-r17', 'blind-r18'] },
  { folder: 'blind-r20', rules: BLIND_R20_RULES, earlier: ['blind-r17', 'blind-r18', 'blind-r19'] },
  { folder: 'blind-r21', rules: BLIND_R21_RULES, earlier: ['blind-r17', 'blind-r18', 'blind-r19', 'blind-r20'] },
  {
    folder: 'blind-r22',
    rules: BLIND_R22_RULES,
    earlier: ['blind-r17', 'blind-r18', 'blind-r19', 'blind-r20', 'blind-r21'],
  },
  {
    folder: 'blind-r23',
    rules: BLIND_R23_RULES,
    earlier: ['blind-r17', 'blind-r18', 'blind-r19', 'blind-r20', 'blind-r21', 'blind-r22'],
  },
  {
    folder: 'blind-r24',
    rules: BLIND_R24_RULES,
    earlier: ['blind-r17', 'blind-r18', 'blind-r19', 'blind-r20', 'blind-r21', 'blind-r22', 'blind-r23'],
  },
];

describe.each(LATER_SETS)('tests/fixtures/$folder/titles.csv', ({ folder, rules, earlier }) => {
  const path = `tests/fixtures/${folder}/titles.csv`;

  it('has known taxonomy nodes and paths, valid labels and the set minimums', () => {
    const { problems, counts } = checkBlindSet(path, rules);
    expect(problems).toEqual([]);
    expect(counts.rows).toBeGreaterThanOrEqual(rules.minRows);
    expect(Object.keys(counts.byLanguage).sort()).toEqual([...rules.languages].sort());
  });

  it('repeats no title of the earlier blind sets or of data/labels', () => {
    const files = earlierTitleFiles(path);
    expect(files).toEqual(
      expect.arrayContaining([
        ...earlier.map((dir) => expect.stringMatching(new RegExp(`${dir}[\\\\/]titles\\.csv$`))),
        expect.stringMatching(/eval-titles\.csv$/),
        expect.stringMatching(/titles-other\.csv$/),
      ]),
    );
    expect(files.some((file) => file.includes(folder))).toBe(false);
    expect(titlesSharedWithEarlierSets(path)).toEqual([]);
  });
});

it('BLIND_R20_RULES takes the languages of round 19 and adds Slovenian, Lithuanian and Vietnamese', () => {
  expect(BLIND_R20_RULES.languages).toEqual([...BLIND_R19_RULES.languages, 'sl', 'lt', 'vi']);
});

describe('BLIND_R21_RULES', () => {
  const added = ['id', 'ms', 'ar', 'he', 'th', 'et', 'lv'];

  it('takes the languages of round 20 and adds seven, each needing 20 rows, the others 25', () => {
    expect(BLIND_R21_RULES.languages).toEqual([...BLIND_R20_RULES.languages, ...added]);
    expect(BLIND_R21_RULES.perLanguage).toBe(25);
    expect(BLIND_R21_RULES.perLanguageOverride).toEqual(Object.fromEntries(added.map((lang) => [lang, 20])));
  });

  it('keeps the everyday top levels of round 20 at 25 rows and needs every hard class and 40 non-physical rows', () => {
    expect(BLIND_R21_RULES.perTopLevelOverride).toEqual(BLIND_R20_RULES.perTopLevelOverride);
    expect(Object.keys(BLIND_R21_RULES.perHardClass ?? {}).sort()).toEqual(
      ['accessory', 'book-about', 'consumable', 'modifier', 'slides'].sort(),
    );
    expect(BLIND_R21_RULES.minNonPhysical).toBe(40);
    expect(BLIND_R21_RULES.breadcrumbShare).toEqual([0.4, 0.65]);
  });
});

describe('BLIND_R22_RULES', () => {
  const named = 'en de fr es it nl pl pt sv cs ru ja zh ko'.split(' ');

  it('keeps the 35 languages of round 21 and needs 40 rows for each language issue #15 names, 20 for the others', () => {
    expect(BLIND_R22_RULES.languages).toEqual(BLIND_R21_RULES.languages);
    expect(BLIND_R22_RULES.perLanguage).toBe(20);
    expect(BLIND_R22_RULES.perLanguageOverride).toEqual(Object.fromEntries(named.map((lang) => [lang, 40])));
    expect(BLIND_R22_RULES.minRows).toBeGreaterThanOrEqual(14 * 40 + 21 * 20);
  });

  it('keeps the everyday top levels, hard classes and breadcrumb share of round 21 and needs 60 non-physical rows', () => {
    expect(BLIND_R22_RULES.perTopLevelOverride).toEqual(BLIND_R21_RULES.perTopLevelOverride);
    expect(BLIND_R22_RULES.perHardClass).toEqual(BLIND_R21_RULES.perHardClass);
    expect(BLIND_R22_RULES.breadcrumbShare).toEqual([0.4, 0.65]);
    expect(BLIND_R22_RULES.minNonPhysical).toBe(60);
  });

  it('refuses a set that falls short of 40 rows in a language issue #15 names or of 20 in another', () => {
    const header = 'title,breadcrumb,lang,google_id,google_path,label,source,licence,non_physical,hard_class';
    const taxonomy = new Map([[3, 'A > B > C']]);
    const rules: BlindSetRules = {
      ...BLIND_R22_RULES,
      source: 'src',
      licence: 'MIT',
      minRows: 0,
      perTopLevel: 0,
      perTopLevelOverride: {},
      perHardClass: {},
      minNonPhysical: 0,
      breadcrumbShare: [0, 1],
    };
    const rows = (short: string) =>
      BLIND_R22_RULES.languages.flatMap((lang) =>
        Array.from(
          { length: (named.includes(lang) ? 40 : 20) - (lang === short ? 1 : 0) },
          (_, i) => `${lang}${i},,${lang},3,A > B > C,leaf,src,MIT,,`,
        ),
      );
    const check = (short: string) => checkBlindSetCsv([header, ...rows(short)].join('\n'), rules, taxonomy).problems;
    expect(check('')).toEqual([]);
    expect(check('ko')).toEqual(['language ko: 39 rows, fewer than 40']);
    expect(check('lv')).toEqual(['language lv: 19 rows, fewer than 20']);
  });
});

describe('BLIND_R23_RULES', () => {
  it('keeps the languages and minimums of round 22, with its own source and 1,000 rows', () => {
    const { source, minRows, ...rest } = BLIND_R23_RULES;
    const { source: r22Source, minRows: r22MinRows, ...r22Rest } = BLIND_R22_RULES;
    expect(rest).toEqual(r22Rest);
    expect(source).toBe('written blind, round 23');
    expect(source).not.toBe(r22Source);
    expect(minRows).toBe(1000);
    expect(minRows).toBeGreaterThan(r22MinRows);
  });
});

describe('BLIND_R24_RULES', () => {
  it('keeps the languages, minimums and 1,000 rows of round 23, with its own source', () => {
    const { source, ...rest } = BLIND_R24_RULES;
    const { source: r23Source, ...r23Rest } = BLIND_R23_RULES;
    expect(rest).toEqual(r23Rest);
    expect(source).toBe('written blind, round 24');
    expect(source).not.toBe(r23Source);
    expect(BLIND_R24_RULES.minRows).toBe(1000);
  });
});

describe.each([
  { rules: BLIND_R23_RULES, earlier: BLIND_R22_RULES },
  { rules: BLIND_R24_RULES, earlier: BLIND_R23_RULES },
])('the rules with source "$rules.source"', ({ rules: roundRules, earlier }) => {
  it(`refuses a set with the source "${earlier.source}"`, () => {
    const header = 'title,breadcrumb,lang,google_id,google_path,label,source,licence,non_physical,hard_class';
    const rules: BlindSetRules = {
      ...roundRules,
      minRows: 0,
      perLanguage: 0,
      perLanguageOverride: {},
      perTopLevel: 0,
      perTopLevelOverride: {},
      perHardClass: {},
      minNonPhysical: 0,
      breadcrumbShare: [0, 1],
    };
    const row = (source: string) => `Kaffe 500 g,,da,3,A > B > C,leaf,"${source}","${roundRules.licence}",,`;
    const taxonomy = new Map([[3, 'A > B > C']]);
    expect(checkBlindSetCsv([header, row(roundRules.source)].join('\n'), rules, taxonomy).problems).toEqual([]);
    expect(checkBlindSetCsv([header, row(earlier.source)].join('\n'), rules, taxonomy).problems).toEqual([
      expect.stringMatching(new RegExp(`source is not "${roundRules.source}"`)),
    ]);
  });
});

describe('sharedTitles', () => {
  const set = ['title,lang', 'Kaffe 500 g,da', '"Tee, grün",de', 'Ny titel,sv'].join('\n');

  it('returns the titles another file has, with case and spacing folded', () => {
    const other = ['id,title,path', '1,KAFFE  500 G,x', '2,"tee, grün",y'].join('\n');
    expect(sharedTitles(set, [other])).toEqual(['Kaffe 500 g', 'Tee, grün']);
  });

  it('ignores files without a title column and titles in other columns', () => {
    expect(sharedTitles(set, ['name,lang\nKaffe 500 g,da', 'title,note\nx,Ny titel'])).toEqual([]);
  });
});

describe('checkBlindSetCsv', () => {
  // A > B > C, A > D, Z
  const taxonomy = new Map([
    [1, 'A'],
    [2, 'A > B'],
    [3, 'A > B > C'],
    [4, 'A > D'],
    [9, 'Z'],
  ]);
  const rules: BlindSetRules = {
    source: 'src',
    licence: 'MIT',
    minRows: 1,
    languages: ['en', 'de'],
    perLanguage: 1,
    perLanguageOverride: {},
    perTopLevel: 0,
    breadcrumbShare: [0, 1],
  };
  const header = 'title,breadcrumb,lang,google_id,google_path,label,source,licence,non_physical,hard_class';
  const row = (title: string, id: string, path: string, label = 'leaf', extra = ',', lang = 'en') =>
    [title, '', lang, id, path, label, 'src', 'MIT'].join(',') + ',' + extra;
  const check = (lines: string[], r: BlindSetRules = rules) =>
    checkBlindSetCsv([header, ...lines].join('\n'), r, taxonomy).problems;
  const ok = [row('a', '3', 'A > B > C'), row('b', '2', 'A > B', 'ancestor', ',', 'de')];

  it('accepts a valid set, with a subscription that has no node', () => {
    expect(check([...ok, row('c', '', '', 'non-physical', 'subscription,')])).toEqual([]);
  });

  it('refuses an unknown node, a wrong path, and a physical row without a node', () => {
    expect(check([...ok, row('c', '77', 'A')])).toEqual([expect.stringMatching(/no taxonomy node 77/)]);
    expect(check([...ok, row('c', '3', 'A > C')])).toEqual([expect.stringMatching(/node 3 is "A > B > C"/)]);
    expect(check([...ok, row('c', '', '')])).toEqual([expect.stringMatching(/no google_id/)]);
  });

  it('refuses an ancestor at the top level or without children, and unknown labels and kinds', () => {
    expect(check([...ok, row('c', '1', 'A', 'ancestor')])).toEqual([expect.stringMatching(/at the top level/)]);
    expect(check([...ok, row('c', '4', 'A > D', 'ancestor')])).toEqual([expect.stringMatching(/has no children/)]);
    expect(check([...ok, row('c', '3', 'A > B > C', 'exact')])).toEqual([expect.stringMatching(/unknown label/)]);
    expect(check([...ok, row('c', '9', 'Z', 'non-physical', 'nft,')])).toEqual([
      expect.stringMatching(/unknown non_physical "nft"/),
    ]);
    expect(check([...ok, row('c', '9', 'Z', 'leaf', 'ticket,')])).toEqual([
      expect.stringMatching(/non_physical row labelled "leaf"/),
    ]);
    expect(check([...ok, row('c', '3', 'A > B > C', 'leaf', ',cheese')])).toEqual([
      expect.stringMatching(/unknown hard_class/),
    ]);
  });

  it('refuses duplicate titles (case and spacing folded), other languages, sources and headers', () => {
    expect(check([...ok, row('A', '3', 'A > B > C')])).toEqual([expect.stringMatching(/same title as line 2/)]);
    expect(check([...ok, row('c', '3', 'A > B > C', 'leaf', ',', 'xx')])).toEqual([
      expect.stringMatching(/language "xx"/),
    ]);
    expect(check([...ok, row('c', '3', 'A > B > C').replace(',src,', ',copied,')])).toEqual([
      expect.stringMatching(/source is not/),
    ]);
    expect(checkBlindSetCsv('title,lang\na,en', rules, taxonomy).problems).toEqual([
      expect.stringMatching(/header is not/),
    ]);
  });

  it('reports the minimums: rows, rows per language and per top level, and the breadcrumb share', () => {
    expect(check(ok, { ...rules, minRows: 3 })).toEqual(['2 rows, fewer than 3']);
    expect(check(ok, { ...rules, perLanguageOverride: { de: 2 } })).toEqual(['language de: 1 rows, fewer than 2']);
    expect(check(ok, { ...rules, perTopLevel: 1 })).toEqual(['top level Z: 0 rows, fewer than 1']);
    expect(check(ok, { ...rules, perTopLevelOverride: { A: 3 } })).toEqual(['top level A: 2 rows, fewer than 3']);
    expect(check(ok, { ...rules, breadcrumbShare: [0.4, 0.6] })).toEqual([
      '0.0% of rows have a breadcrumb, outside 40-60%',
    ]);
  });

  it('reports the round-20 minimums: rows per hard class and non-physical rows', () => {
    const hard = [...ok, row('c', '3', 'A > B > C', 'leaf', ',accessory')];
    expect(check(hard, { ...rules, perHardClass: { accessory: 1 } })).toEqual([]);
    expect(check(hard, { ...rules, perHardClass: { accessory: 2, consumable: 1 } })).toEqual([
      'hard_class accessory: 1 rows, fewer than 2',
      'hard_class consumable: 0 rows, fewer than 1',
    ]);
    const nonPhysical = [...ok, row('c', '', '', 'non-physical', 'subscription,')];
    expect(check(nonPhysical, { ...rules, minNonPhysical: 1 })).toEqual([]);
    expect(check(nonPhysical, { ...rules, minNonPhysical: 2 })).toEqual(['1 non-physical rows, fewer than 2']);
  });
});
