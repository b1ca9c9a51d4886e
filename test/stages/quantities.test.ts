import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { QuantifiedDoc, QuantityMention } from '../../src/document.js';
import { quantities } from '../../src/stages/quantities.js';
import { tagged } from '../support/stages.js';

const find = quantities.create(quantities.options.parse({}));
const quantitiesOf = (text: string): QuantityMention[] => find(tagged(text)).quantities;

type Expected = Partial<QuantityMention>;

/** Fields every expected figure is checked on; the ones a case leaves out must be null / false. */
function full(e: Expected): Expected {
  return {
    value: null,
    lower: null,
    upper: null,
    modifier: null,
    approximate: false,
    unit: null,
    kind: 'count',
    event: null,
    ...e,
  };
}

/** The checks every result must pass: spans slice to their text, bounds agree with their flags. */
function checkInvariants(doc: QuantifiedDoc): void {
  for (const q of doc.quantities) {
    expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    expect(q.lowerInclusive === null).toBe(q.lower === null);
    expect(q.upperInclusive === null).toBe(q.upper === null);
    const sentence = doc.sentences[q.sentence]!;
    expect(q.start >= sentence.start && q.end <= sentence.end).toBe(true);
  }
}

describe('quantities: the khasham article and its gold', () => {
  const text = readFileSync(new URL('../../../shared/corpus/khasham.txt', import.meta.url), 'utf8');
  const doc = find(tagged(text));

  test('finds exactly the gold figures, with their values, bounds and units', () => {
    checkInvariants(doc);
    const found = doc.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      lower: q.lower,
      upper: q.upper,
      approximate: q.approximate,
      unit: q.unit,
    }));
    expect(found).toEqual([
      { text: '500', value: 500, lower: null, upper: null, approximate: false, unit: null },
      { text: '100', value: 100, lower: null, upper: null, approximate: false, unit: 'troops' },
      { text: 'About 500', value: 500, lower: null, upper: null, approximate: true, unit: 'troops' },
      { text: 'more than 100', value: 100, lower: 100, upper: null, approximate: false, unit: 'people' },
      { text: 'more than 100', value: 100, lower: 100, upper: null, approximate: false, unit: 'troops' },
      { text: 'Hundreds', value: null, lower: 200, upper: 999, approximate: true, unit: 'fighters' },
      { text: 'two', value: 2, lower: null, upper: null, approximate: false, unit: 'units' },
    ]);
  });

  test('modifiers, kinds and events', () => {
    expect(doc.quantities.map((q) => [q.modifier, q.kind, q.event, q.lowerInclusive])).toEqual([
      [null, 'count', 'repel', null],
      [null, 'count', 'kill', null],
      ['about', 'count', null, null],
      ['more_than', 'count', 'kill', false],
      ['more_than', 'count', 'kill', false],
      [null, 'count', null, true],
      [null, 'count', null, null],
    ]);
  });

  test('the gold sentences without figures stay empty', () => {
    for (const words of ['battalion-sized', 'first time', 'second official', 'A year later', 'February 7', 'In June', 'previous year']) {
      const at = text.indexOf(words);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(doc.quantities.filter((q) => q.start < at + words.length && q.end > at)).toEqual([]);
    }
  });
});

// Sentences in the style of news reports → every figure they hold, in order.
const cases: Array<{ name: string; text: string; expected: Expected[] }> = [
  // conflict
  {
    name: 'at least, more than; verbs on both sides',
    text: 'At least 25 people were killed and more than 40 wounded in the blast, police said.',
    expected: [
      { text: 'At least 25', value: 25, lower: 25, lowerInclusive: true, modifier: 'at_least', unit: 'people', event: 'kill' },
      { text: 'more than 40', value: 40, lower: 40, lowerInclusive: false, modifier: 'more_than', event: 'wound' },
    ],
  },
  {
    name: 'passive after the counted noun',
    text: 'Police said 1,200 protesters were arrested over the weekend.',
    expected: [{ text: '1,200', value: 1200, unit: 'protesters', event: 'arrest' }],
  },
  {
    name: 'a death toll gives the event die',
    text: 'The death toll from the earthquake has risen to 2,500, officials said.',
    expected: [{ text: '2,500', value: 2500, event: 'die' }],
  },
  {
    name: '"some" is approximate',
    text: 'Some 300,000 people have fled their homes since the fighting began.',
    expected: [{ text: 'Some 300,000', value: 300000, modifier: 'about', approximate: true, unit: 'people', event: 'flee' }],
  },
  {
    name: '"nearly" is approximate, with no bound (the contract lists it with the approximate words)',
    text: 'Nearly 200 homes were destroyed by the shelling.',
    expected: [{ text: 'Nearly 200', value: 200, lower: null, upper: null, modifier: 'about', approximate: true, unit: 'homes', event: 'destroy' }],
  },
  {
    name: '"just under" is an upper bound not reached, and approximate',
    text: 'Just under 200 homes were destroyed by the shelling.',
    expected: [{ text: 'Just under 200', value: 200, upper: 200, upperInclusive: false, modifier: 'less_than', approximate: true, unit: 'homes', event: 'destroy' }],
  },
  {
    name: '"past" before a figure is a lower bound; after a determiner it is an adjective',
    text: 'The toll rose past 300 in the past 30 years.',
    expected: [
      { text: 'past 300', value: 300, lower: 300, modifier: 'more_than', event: 'die' },
      { text: '30 years', value: 30, lower: null, modifier: null, unit: 'years', kind: 'measure' },
    ],
  },
  {
    name: '"over" after a noun and before a figure of a noun is no bound',
    text: 'The minister went on trial over €38 million rail contracts. The air force downed 58 drones over eight regions.',
    expected: [
      { text: '€38 million', value: 38000000, lower: null, modifier: null, kind: 'money' },
      { text: '58', value: 58, unit: 'drones' },
      { text: 'eight', value: 8, lower: null, modifier: null, unit: 'regions' },
    ],
  },
  {
    name: '"quarters" with no "of" after it counts periods, not a share',
    text: 'Margins will suffer for at least two quarters, and three quarters of the staff will go.',
    expected: [
      { text: 'at least two', value: 2, lower: 2, modifier: 'at_least', unit: 'quarters' },
      { text: 'three quarters', value: 75, kind: 'percent' },
    ],
  },
  {
    name: 'a possessor before the counted noun is no counted noun of its own',
    text: 'Observers visited 1,150 of the country’s polling stations.',
    expected: [{ text: '1,150', value: 1150, unit: 'stations' }],
  },
  {
    name: 'both figures of a change of an age are ages',
    text: 'The plan raises the retirement age from 62 to 65.',
    expected: [],
  },
  {
    name: 'figures coordinated after one verb share it',
    text: 'The strikes killed 12 soldiers and 3 civilians, the army said.',
    expected: [
      { text: '12', value: 12, unit: 'soldiers', event: 'kill' },
      { text: '3', value: 3, unit: 'civilians', event: 'kill' },
    ],
  },
  {
    name: 'number words and a compound counted noun',
    text: 'Two police officers were shot dead outside the station.',
    expected: [{ text: 'Two', value: 2, unit: 'police officers', event: 'shoot' }],
  },
  {
    name: '"one" where it counts',
    text: 'Only one person was injured in the attack.',
    expected: [{ text: 'one', value: 1, unit: 'person', event: 'injure' }],
  },
  {
    name: 'kill or wound: the first verb',
    text: 'The militants kill or wound dozens of civilians every week.',
    expected: [{ text: 'dozens', lower: 24, upper: 99, lowerInclusive: true, upperInclusive: true, approximate: true, unit: 'civilians', event: 'kill' }],
  },
  {
    name: 'up to, with a modal and a passive',
    text: 'Up to 30 migrants may have died when the boat capsized.',
    expected: [{ text: 'Up to 30', value: 30, upper: 30, upperInclusive: true, modifier: 'up_to', unit: 'migrants', event: 'die' }],
  },
  {
    name: 'as many as',
    text: 'As many as 2,000 fighters took part in the offensive.',
    expected: [{ text: 'As many as 2,000', value: 2000, upper: 2000, modifier: 'up_to', unit: 'fighters' }],
  },
  {
    name: 'a participle in the noun phrase gives the event',
    text: 'The camp now holds 500,000 displaced people.',
    expected: [{ text: '500,000', value: 500000, unit: 'people', event: 'displace' }],
  },
  // disasters
  {
    name: 'half a million',
    text: 'Half a million people have been evacuated ahead of the storm.',
    expected: [{ text: 'Half a million', value: 500000, unit: 'people', event: 'evacuate' }],
  },
  {
    name: 'millions with a measure and a noun of death',
    text: 'The fire burned 2,000 hectares and caused 12 deaths.',
    expected: [
      { text: '2,000 hectares', value: 2000, unit: 'hectares', kind: 'measure' },
      { text: '12', value: 12, unit: 'deaths', event: 'die' },
    ],
  },
  {
    name: 'decimal with a scale word',
    text: 'The storm left 1.2 million homes without power.',
    expected: [{ text: '1.2 million', value: 1200000, unit: 'homes' }],
  },
  {
    name: 'a death toll put at a figure',
    text: 'Police put the death toll at 10, while the ministry reported more than 1,500 deaths.',
    expected: [
      { text: '10', value: 10, event: 'die' },
      { text: 'more than 1,500', value: 1500, lower: 1500, lowerInclusive: false, modifier: 'more_than', unit: 'deaths', event: 'die' },
    ],
  },
  {
    name: 'dead after the number',
    text: 'The collapse left 14 dead and dozens injured.',
    expected: [
      { text: '14', value: 14, event: 'die' },
      { text: 'dozens', lower: 24, upper: 99, lowerInclusive: true, upperInclusive: true, approximate: true, event: 'injure' },
    ],
  },
  // protests
  {
    name: 'tens of thousands',
    text: 'Tens of thousands of protesters marched through the capital on Saturday.',
    expected: [{ text: 'Tens of thousands', lower: 20000, upper: 99999, lowerInclusive: true, upperInclusive: true, approximate: true, unit: 'protesters' }],
  },
  {
    name: 'hundreds of thousands; a crowd estimate',
    text: 'Organisers estimated the crowd at 80,000, though hundreds of thousands had been expected.',
    expected: [
      { text: '80,000', value: 80000 },
      { text: 'hundreds of thousands', lower: 200000, upper: 999999, lowerInclusive: true, upperInclusive: true, approximate: true },
    ],
  },
  {
    name: 'a dozen is twelve; more than a dozen',
    text: 'More than a dozen activists were detained, and a dozen more were released.',
    expected: [
      { text: 'More than a dozen', value: 12, lower: 12, lowerInclusive: false, modifier: 'more_than', unit: 'activists', event: 'detain' },
      { text: 'a dozen', value: 12, event: 'release' },
    ],
  },
  {
    name: 'several hundred is a vague count; several and many are not',
    text: 'Several hundred students joined, while many others and several teachers watched.',
    expected: [{ text: 'Several hundred', lower: 200, upper: 999, lowerInclusive: true, upperInclusive: true, approximate: true, unit: 'students' }],
  },
  // economy
  {
    name: 'money: symbol, scale suffix, word scale; a currency sign is no unit',
    text: 'The deal is worth $4.2bn, up from £3.5 million, and €50m more was pledged.',
    expected: [
      { text: '$4.2bn', value: 4200000000, kind: 'money' },
      { text: '£3.5 million', value: 3500000, kind: 'money' },
      { text: '€50m', value: 50000000, kind: 'money' },
    ],
  },
  {
    name: 'money: currency words and codes; a currency named after the number is the unit as written',
    text: 'Farmers were paid 500 euros a head, or USD 2.5 million in total.',
    expected: [
      { text: '500 euros', value: 500, kind: 'money', unit: 'euros' },
      { text: 'USD 2.5 million', value: 2500000, kind: 'money' },
    ],
  },
  {
    name: 'money as a vague count',
    text: 'The scheme cost taxpayers millions of dollars.',
    expected: [{ text: 'millions', lower: 2000000, upper: 9999999, lowerInclusive: true, upperInclusive: true, approximate: true, kind: 'money', unit: 'dollars' }],
  },
  {
    name: 'percent: sign, word, two words; a change is two figures',
    text: 'Unemployment fell from 5.2% to 4.8 percent, while prices rose 330 per cent.',
    expected: [
      { text: '5.2%', value: 5.2, kind: 'percent' },
      { text: '4.8 percent', value: 4.8, kind: 'percent' },
      { text: '330 per cent', value: 330, kind: 'percent' },
    ],
  },
  {
    name: 'percentage points keep their unit',
    text: 'The party gained 3.5 percentage points.',
    expected: [{ text: '3.5 percentage points', value: 3.5, unit: 'percentage points', kind: 'percent' }],
  },
  {
    name: 'less than a percentage; about a count',
    text: 'Fewer than 10% of voters turned out, about 15,000 people.',
    expected: [
      { text: 'Fewer than 10%', value: 10, upper: 10, upperInclusive: false, modifier: 'less_than', kind: 'percent' },
      { text: 'about 15,000', value: 15000, modifier: 'about', approximate: true, unit: 'people' },
    ],
  },
  {
    name: 'a numeral fraction is a percentage',
    text: 'Two-thirds of voters backed the plan.',
    expected: [{ text: 'Two-thirds', value: 66.67, kind: 'percent' }],
  },
  {
    name: 'k and a glued million',
    text: 'The fund raised 10k in a week and 1.2m barrels per day were lost.',
    expected: [
      { text: '10k', value: 10000 },
      { text: '1.2m barrels per day', value: 1200000, unit: 'barrels per day', kind: 'measure' },
    ],
  },
  // ranges
  {
    name: 'between … and',
    text: 'Between 5,000 and 7,000 troops remain in the country.',
    expected: [{ text: 'Between 5,000 and 7,000', lower: 5000, upper: 7000, lowerInclusive: true, upperInclusive: true, modifier: 'between', unit: 'troops' }],
  },
  {
    name: 'a range with a dash, the scale on its second number',
    text: 'Officials expect 5-10 million visitors and a budget of $2 to $3 billion.',
    expected: [
      { text: '5-10 million', lower: 5000000, upper: 10000000, lowerInclusive: true, upperInclusive: true, modifier: 'between', unit: 'visitors' },
      { text: '$2 to $3 billion', lower: 2000000000, upper: 3000000000, lowerInclusive: true, upperInclusive: true, modifier: 'between', kind: 'money' },
    ],
  },
  {
    name: 'a range in words is a measure when it counts years',
    text: 'He faces seven to nine years in prison.',
    expected: [{ text: 'seven to nine years', lower: 7, upper: 9, lowerInclusive: true, upperInclusive: true, modifier: 'between', unit: 'years', kind: 'measure' }],
  },
  {
    name: 'from … to without a verb of change is a range',
    text: 'Sentences ranged from 2 to 5 years.',
    expected: [{ text: 'from 2 to 5 years', lower: 2, upper: 5, lowerInclusive: true, upperInclusive: true, modifier: 'between', unit: 'years', kind: 'measure' }],
  },
  {
    name: 'two or three is an approximate range',
    text: 'Two or three gunmen opened fire.',
    expected: [{ text: 'Two or three', lower: 2, upper: 3, lowerInclusive: true, upperInclusive: true, modifier: 'between', approximate: true, unit: 'gunmen' }],
  },
  // durations and measures
  {
    name: 'durations are measures',
    text: 'The siege lasted 17 months and the convoy travelled 300 km in three hours.',
    expected: [
      { text: '17 months', value: 17, unit: 'months', kind: 'measure' },
      { text: '300 km', value: 300, unit: 'km', kind: 'measure' },
      { text: 'three hours', value: 3, unit: 'hours', kind: 'measure' },
    ],
  },
  {
    name: 'spelled-out numbers with and, hyphens and scales',
    text: 'Officials counted two hundred and five victims, twenty-one thousand ballots and one point five million votes.',
    expected: [
      { text: 'two hundred and five', value: 205, unit: 'victims' },
      { text: 'twenty-one thousand', value: 21000, unit: 'ballots' },
      { text: 'one point five million', value: 1500000, unit: 'votes' },
    ],
  },
  {
    name: 'digits grouped with spaces; post-modifiers',
    text: 'Some 12 000 refugees arrived, 100 or more a day, and 100-plus volunteers helped.',
    expected: [
      { text: 'Some 12 000', value: 12000, modifier: 'about', approximate: true, unit: 'refugees' },
      { text: '100 or more', value: 100, lower: 100, lowerInclusive: true, modifier: 'at_least' },
      { text: '100-plus', value: 100, lower: 100, lowerInclusive: false, modifier: 'more_than', unit: 'volunteers' },
    ],
  },
  {
    name: 'a year-like number before a plural noun is a count',
    text: 'Rescuers pulled 2015 people from the rubble.',
    expected: [{ text: '2015', value: 2015, unit: 'people' }],
  },
  {
    name: 'a year before "levels" is no figure, the share before it is',
    text: 'The rule cuts emissions to 32 percent below 2005 levels by 2030.',
    expected: [{ text: '32 percent', value: 32, kind: 'percent' }],
  },
  {
    name: 'a poll figure after a name',
    text: 'Clinton 46%, Trump 42%, the poll found.',
    expected: [
      { text: '46%', value: 46, kind: 'percent' },
      { text: '42%', value: 42, kind: 'percent' },
    ],
  },
  {
    name: 'a hyphenated counted noun',
    text: 'PolitiFact will have 18 fact-checkers working during the debate.',
    expected: [{ text: '18', value: 18, unit: 'fact-checkers' }],
  },
  {
    name: 'a measure after a post-modifier',
    text: 'The debate ran 90-plus minutes.',
    expected: [{ text: '90-plus minutes', value: 90, lower: 90, lowerInclusive: false, modifier: 'more_than', unit: 'minutes', kind: 'measure' }],
  },
  {
    name: 'a participle right after the counted noun',
    text: 'At least 707 people shot in Chicago this year.',
    expected: [{ text: 'At least 707', value: 707, lower: 707, lowerInclusive: true, modifier: 'at_least', unit: 'people', event: 'shoot' }],
  },
  {
    name: 'nouns whose plural has no -s; a measure with a scale',
    text: 'The plant emits about 2 million tons of carbon, and 3,000 aircraft were grounded.',
    expected: [
      { text: 'about 2 million tons', value: 2000000, modifier: 'about', approximate: true, unit: 'tons', kind: 'measure' },
      { text: '3,000', value: 3000, unit: 'aircraft' },
    ],
  },
  {
    name: 'events after bare figures',
    text: 'Clashes left 2 dead; dozens were injured, and 300 arrested.',
    expected: [
      { text: '2', value: 2, event: 'die' },
      { text: 'dozens', lower: 24, upper: 99, lowerInclusive: true, upperInclusive: true, approximate: true, event: 'injure' },
      { text: '300', value: 300, event: 'arrest' },
    ],
  },
  {
    name: 'a title-case headline',
    text: 'Clashes Kill 25 In Baghdad As Protests Grow',
    expected: [{ text: '25', value: 25, event: 'kill' }],
  },
];

describe('quantities: figures in news sentences', () => {
  test.each(cases)('$name', ({ text, expected }) => {
    const doc = find(tagged(text));
    checkInvariants(doc);
    expect(doc.quantities).toHaveLength(expected.length);
    expected.forEach((e, n) => expect(doc.quantities[n]).toMatchObject(full(e)));
  });
});

// Sentences with numbers in them that are not quantities.
const none: Array<[string, string]> = [
  ['a date', 'The talks will resume on March 3 in Geneva.'],
  ['a date, day first', 'The ceasefire began on 7 February 2018.'],
  ['a year after "in"', 'In 2019, the group split.'],
  ['a year before a singular noun', 'The 2016 election changed everything.'],
  ['a year before a plural noun after "in"', 'In 2016 elections were held twice.'],
  ['a year after a possessive', "The paper printed the senator's 1995 tax filings and his 2016 returns."],
  ['a decade', 'In the 1990s the town was rebuilt.'],
  ['a clock time', 'The attack began at 10:30 p.m. and ended at 5 am.'],
  ['time counted back', 'Eight years ago, the city fell.'],
  ['time counted forward', 'A year later, the army returned, and two days later it left.'],
  ['ages', 'The 35-year-old suspect, aged 35, was detained.'],
  ['an age in apposition', 'Smith, 42, was detained.'],
  ['an age after "age to"', 'The plan raises the retirement age to 64 and the voting age from 18.'],
  ['compound adjectives', 'Unions called a three-day strike and a 10-year plan.'],
  ['ordinals', 'It was the first time, the second official said, for the 21st century.'],
  ['names with numbers', 'He flew an F-16 along Route 66 with Task Force 1-77.'],
  ['an article of a treaty', 'Under Article 5 of the treaty, allies must respond.'],
  ['a disease name', 'COVID-19 spread quickly.'],
  ['one as a pronoun', 'One of them said no one was hurt.'],
  ['one as a determiner', 'One official said the talks failed.'],
  ['one as a pronoun after "as"', 'The allies expect to be treated as one.'],
  ['vague words that are no counts', 'Several people and many others, a few of them children, and scores of onlookers gathered.'],
  ['half with no number', 'Nearly half of the town was destroyed.'],
  ['phone numbers', 'Call 555-0199 or +44 20 7946 0958 for details.'],
  ['a slash', 'The 9/11 attacks changed the 24/7 news cycle.'],
  ['an article is no number', 'A man was detained, and a woman was released after a week.'],
  ['a number before a singular noun', 'Something a 911 caller also told a dispatcher.'],
  ['a number dialled', 'For years residents have called 911 for help, and visitors are told to dial 999.'],
  ['an id written in digits', 'The tweet 783499116076687360 was deleted.'],
  ['a number word in a name', 'In a comparison done on Zero Hedge, the figures differ.'],
];

describe('quantities: not quantities', () => {
  test.each(none)('%s', (_name, text) => {
    expect(quantitiesOf(text)).toEqual([]);
  });
});

describe('quantities: options', () => {
  test('ordinals: emitted with kind ordinal when asked', () => {
    const withOrdinals = quantities.create(quantities.options.parse({ ordinals: true }));
    const doc = withOrdinals(tagged('It was the third attack this month and the 21st this year.'));
    expect(doc.quantities.map((q) => [q.text, q.value, q.kind])).toEqual([
      ['third', 3, 'ordinal'],
      ['21st', 21, 'ordinal'],
    ]);
  });

  test('vague: off leaves vague counts out', () => {
    const noVague = quantities.create(quantities.options.parse({ vague: false }));
    const doc = noVague(tagged('Hundreds of people fled and 20 were killed.'));
    expect(doc.quantities.map((q) => q.text)).toEqual(['20']);
  });

  test('unknown options are refused', () => {
    expect(() => quantities.options.parse({ ordinal: true })).toThrow();
  });
});

// --- properties -------------------------------------------------------------------------------------------

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];

/** English words for 0 ≤ n ≤ 10^12, with or without "and" after hundreds, with "twenty-five" or "twenty five". */
function toWords(n: number, style: { and: boolean; hyphen: boolean }): string {
  const below1000 = (m: number, last: boolean): string => {
    const parts: string[] = [];
    const h = Math.floor(m / 100);
    const r = m % 100;
    if (h) parts.push(`${ONES[h]} hundred`);
    if (r) {
      if (h && style.and && last) parts.push('and');
      parts.push(r < 20 ? ONES[r]! : TENS[Math.floor(r / 10)]! + (r % 10 ? (style.hyphen ? '-' : ' ') + ONES[r % 10] : ''));
    }
    return parts.join(' ');
  };
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const count = Math.floor(rest / size);
    if (count) parts.push(`${below1000(count, false)} ${name}`);
    rest %= size;
  }
  if (rest) parts.push(below1000(rest, true));
  return parts.join(' ');
}

function toDigits(n: number, separator: ',' | ' ' | ''): string {
  return separator ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator) : String(n);
}

const number = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map(Number),
  fc.integer({ min: 0, max: 10_000 }),
  fc.constantFrom(0, 1, 12, 100, 1000, 1_000_000, 10 ** 12, 999_999_999_999, 1_000_001, 2016),
);

describe('quantities: properties', () => {
  test('numbers from 0 to 10^12 written in words read back to themselves', () => {
    fc.assert(
      fc.property(number, fc.boolean(), fc.boolean(), (n, and, hyphen) => {
        const words = toWords(n, { and, hyphen });
        const found = quantitiesOf(`Officials said ${words} people were killed.`);
        expect(found.map((q) => [q.text, q.value])).toEqual([[words, n]]);
      }),
      { numRuns: 300 },
    );
  });

  test('numbers from 0 to 10^12 written in digits with separators read back to themselves', () => {
    fc.assert(
      fc.property(number, fc.constantFrom(',' as const, ' ' as const, '' as const), (n, separator) => {
        // Eight digits and more with no separator are taken for an id ("1474387200"), not a figure.
        const digits = toDigits(n, n >= 1e8 && !separator ? ',' : separator);
        const found = quantitiesOf(`Officials said ${digits} people were killed.`);
        expect(found.map((q) => [q.text, q.value])).toEqual([[digits, n]]);
      }),
      { numRuns: 300 },
    );
  });

  test('no text makes the stage throw, and every span slices to its text', () => {
    const pieces = fc.constantFrom(
      'more than', 'at least', 'about', 'between', 'and', 'to', 'or', '-', '–', 'of', 'a', 'half', 'two', 'thirds',
      'hundred', 'million', 'dozens', 'tens of thousands', '1,500', '12', '000', '1.5', '5-10', '$', '€', '%', 'percent',
      'km', 'years', 'ago', 'aged', 'people', 'troops', 'killed', 'were', 'February', '2016', 'in', 'one', 'the', 'first',
      '+44', '(202)', '555-1234', ',', '.', '"', 'Article', 'F-16', 'k', 'bn', 'm', 'or more', 'plus', '+', 'point',
      'minus', '-5', '−', '1/2', '3/4', '½', '2½', 'in', 'out of', 'every', 'or so', '-odd', 'nearly', 'over', 'hours',
      'but', 'fewer than', 'as many as', 'including', 'children', 'under', '45C', '5G', 'lakh', 'crore', '%-15', 'from',
      'rose', 'by', 'anywhere from', 'plus or minus', 'were', 'missing', 'Rohingya', 'have', 'fled', '°', 'C.',
    );
    const sentence = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 25 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        checkInvariants(find(tagged(text)));
      }),
      { numRuns: 400 },
    );
  });

  test('the stage is robust to any token stream, even an inconsistent one', () => {
    const token = fc.record({
      text: fc.oneof(fc.constantFrom('5', 'more', 'than', 'million', '-', 'of', 'Hundreds', 'killed', '1,500', 'minus', 'in', 'to', 'and',
        'but', 'fewer', '1/2', '%', '-15', 'over', 'days', ','), fc.string({ maxLength: 5 })),
      pos: fc.constantFrom('NUM', 'NOUN', 'VERB', 'PROPN', 'ADJ', 'PUNCT', 'AUX', 'ADP', 'DET'),
      gap: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }), (raw, cut) => {
        let text = '';
        const tokens = raw.map((t) => {
          text += ' '.repeat(t.gap);
          const start = text.length;
          text += t.text;
          return { start, end: text.length, text: t.text, pos: t.pos, lemma: t.text.toLowerCase(), sentence: 0 };
        });
        const doc = {
          ...tagged(''),
          text,
          sentences: [{ start: 0, end: text.length }],
          tokens,
          sentenceTokens: [[Math.min(cut, tokens.length), tokens.length + cut]] as Array<[number, number]>,
        };
        const out = find(doc);
        for (const q of out.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 300 },
    );
  });
});
