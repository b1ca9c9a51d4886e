import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TaggedDoc } from '../../src/document.js';
import { entityId, lexiconWith, loadAliasRows, parseAliasLines } from '../../src/nlp/actors.js';
import { definesAcronym, genderOf } from '../../src/nlp/entities.js';
import { nameType } from '../../src/nlp/name-types.js';
import { tag } from '../../src/stages/tag.js';
import { attributed, segmented, tagged } from '../support/stages.js';

// Entities: spans and types, canonical names and ids, from phrasings of real wire copy.

/** Each entity as "text → canonical (type)". */
const entitiesOf = (text: string, doc: TaggedDoc = tagged(text)) => doc.entities.map((e) => `${e.text} → ${e.canonical} (${e.type})`);
/** The canonical of every mention written `written`. */
const canonicalsOf = (doc: TaggedDoc, written: string) => doc.entities.filter((e) => e.text === written).map((e) => e.canonical);

describe('aliases of the built-in table share a canonical and an id', () => {
  const cases: Array<[string, string, string[], string]> = [
    ['countries and their abbreviations', 'US jets struck. The U.S. said so, and the USA and the United States of America agreed.', ['US', 'U.S.', 'USA', 'United States of America'], 'United States'],
    ['a demonym is its country', 'Two American contractors died. The United States said.', ['American', 'United States'], 'United States'],
    ['a combatant command', 'U.S. Central Command said it; CENTCOM has characterized it as an attack.', ['U.S. Central Command', 'CENTCOM'], 'U.S. Central Command'],
    ['IS, ISIS, Islamic State', 'They fought the Islamic State. ISIS lost ground. The town was chosen to fight IS.', ['Islamic State', 'ISIS', 'IS'], 'Islamic State'],
    ['UN bodies with lower-case words', 'The U.N. refugee agency said. UNHCR added that the UN refugee agency had no access.', ['U.N. refugee agency', 'UNHCR', 'UN refugee agency'], 'UNHCR'],
    ['an army named by a demonym', 'The Syrian army advanced. The Syrian Arab Army said.', ['Syrian army', 'Syrian Arab Army'], 'Syrian Arab Army'],
    ['a ministry with a possessive', "Russia's Defense Ministry said. The Russian Defense Ministry added.", ["Russia's Defense Ministry", 'Russian Defense Ministry'], 'Russian Defense Ministry'],
    ['news agencies', 'Agence France-Presse reported. AFP said.', ['Agence France-Presse', 'AFP'], 'Agence France-Presse'],
  ];
  test.each(cases)('%s', (_, text, written, canonical) => {
    const doc = tagged(text);
    for (const form of written) expect(canonicalsOf(doc, form), form).toEqual([canonical]);
    const ids = new Set(doc.entities.filter((e) => written.includes(e.text)).map((e) => e.entityId));
    expect([...ids]).toEqual([entityId(canonical)]);
  });

  test('an id depends on the canonical name only: the same in every document', () => {
    const a = tagged('CENTCOM said.').entities[0]!;
    const b = tagged('A spokesman for U.S. Central Command said on Monday that the strikes continued.').entities.find((e) => e.text === 'U.S. Central Command')!;
    expect(a.entityId).toBe(b.entityId);
    expect(a.entityId).toMatch(/^e_[0-9a-f]{16}$/);
    expect(entityId('U.S. Central Command')).toBe(a.entityId);
  });
});

describe('acronyms the document defines', () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ['Long Name (ACR)', 'About 500 troops attacked a Syrian Democratic Forces (SDF) headquarters. The SDF said it repelled them.', { 'Syrian Democratic Forces': 'Syrian Democratic Forces', SDF: 'Syrian Democratic Forces' }],
    ['ACR (Long Name)', 'Fighters of the SDF (Syrian Democratic Forces) advanced. The SDF said.', { SDF: 'Syrian Democratic Forces' }],
    ['an unknown body', 'The Northern Observatory for Human Rights (NOHR) put the toll at 112. NOHR said most were civilians.', { 'Northern Observatory for Human Rights': 'Northern Observatory for Human Rights', NOHR: 'Northern Observatory for Human Rights' }],
    ['a mention before the definition', 'NOHR counted 112 dead. The Northern Observatory for Human Rights (NOHR) is based abroad.', { NOHR: 'Northern Observatory for Human Rights' }],
    ['the document over the table', 'The Patriotic Alliance (PA) won 12 seats. The PA said it would join the government.', { PA: 'Patriotic Alliance' }],
    ['initials with function words', 'Islamic State of Iraq and the Levant (ISIL) fighters withdrew. ISIL said.', { ISIL: 'Islamic State' }],
    ['a name translated with its words in another order', 'The National Electoral Council (CNE) put turnout at 42 percent. The CNE said 3 million votes were counted.', { CNE: 'National Electoral Council' }],
  ];
  test.each(cases)('%s', (_, text, expected) => {
    const doc = tagged(text);
    for (const [written, canonical] of Object.entries(expected)) {
      const found = canonicalsOf(doc, written);
      expect(found.length, written).toBeGreaterThan(0);
      expect(new Set(found), written).toEqual(new Set([canonical]));
    }
  });

  test('a title before a link is a word of a body\'s name', () => {
    expect(entitiesOf('The Directorate General of Health Services said 300 cases were found.')[0]).toMatch(/^Directorate General of Health Services → /);
  });

  test('a parenthesis that is no definition changes nothing', () => {
    expect(canonicalsOf(tagged('Turkish President Recep Tayyip Erdogan (AKP) spoke. AKP officials said.'), 'AKP')).toEqual(['AKP', 'AKP']);
    expect(canonicalsOf(tagged('The WHO (which had warned of this) said.'), 'WHO')).toEqual(['World Health Organization']);
    expect(entitiesOf('BEIRUT (AFP) - The army said.')).toEqual(['BEIRUT → Beirut (place)', 'AFP → Agence France-Presse (organization)']);
  });

  test.each([
    ['SDF', 'Syrian Democratic Forces', true],
    ['ISIL', 'Islamic State of Iraq and the Levant', true],
    ['UNHCR', 'United Nations High Commissioner for Refugees', true],
    ['HTS', 'Hayat Tahrir al-Sham', true],
    ['CNE', 'National Electoral Council', true],
    ['ANM', 'National Medicines Authority', true],
    ['PKK', "Kurdistan Workers' Party", false],
    ['AKP', 'Recep Tayyip Erdogan', false],
    ['AFP', 'Beirut', false],
  ])('%s defined by %s: %s', (acronym, long, expected) => {
    expect(definesAcronym(acronym, long)).toBe(expected);
  });
});

describe('a name the lexicons do not know is typed by its words', () => {
  const cases: Array<[string, string, ReturnType<typeof nameType>]> = [
    ['a first name', 'Grace Tembo', 'person'],
    ['a first name with an accent', 'Tomás Ibarra', 'person'],
    ['a word that is a first name before a surname', 'Gail Prentiss', 'person'],
    ['a surname by its ending', 'Hrytsenko', 'person'],
    ['an Irish surname', "O'Neill", 'person'],
    ['a particle of a person’s name', 'Bashar al-Assad', 'person'],
    ['a person before a link', 'Mara Stoica of Levanto University', 'person'],
    ['a word of organisations’ names at the end', 'Fenwick University', 'organization'],
    ['a surname before such a word', 'Halvorsen Bank', 'organization'],
    ['an organisation’s word after a link', 'Office of Government Ethics', 'organization'],
    ['a gerund inside a company’s name', 'Norvik Shipping Group', 'organization'],
    ['an organisation the lexicon knows in part', 'Tarvessian Red Cross', 'organization'],
    ['a country inside a body’s name', 'United States Citizenship and Immigration Services', 'organization'],
    ['an adjective before such a word is a headline’s', 'Ledgerly Breach Exposed Data', null],
    ['a town by its ending', 'Farrowdale', 'place'],
    ['a place’s word first', 'Mount Malibuyo', 'place'],
    ['a word nothing knows', 'Zembala', null],
  ];
  test.each(cases)('%s: %s', (_, name, expected) => expect(nameType(name)).toBe(expected));
});

describe('the gender a name says', () => {
  const cases: Array<[string, string, ReturnType<typeof genderOf>]> = [
    ['a woman’s first name', 'Joan Avery', 'female'],
    ['a man’s first name', 'Kenneth Baer', 'male'],
    ['an honorific before a first name', 'Mrs Terry Okafor', 'female'],
    ['a first name given to both', 'Jesse Coleman', null],
    ['no first name', 'Okafor', null],
  ];
  test.each(cases)('%s: %s', (_, name, expected) => expect(genderOf(name)).toBe(expected));
});

describe('short forms of a person’s name', () => {
  const cases: Array<[string, string, string, string]> = [
    ['a later surname', 'Turkish President Recep Tayyip Erdogan said in a speech. Erdogan added that the troops would stay.', 'Erdogan', 'Recep Tayyip Erdogan'],
    ['a possessive surname', "Turkish President Recep Tayyip Erdogan spoke. Erdogan's party won.", 'Erdogan', 'Recep Tayyip Erdogan'],
    ['a surname after a particle', "Syrian President Bashar al-Assad said. Assad's forces advanced.", 'Assad', 'Bashar al-Assad'],
    ['a title and a surname', 'Defence Minister Karl Heinz Adler arrived. Minister Adler said three soldiers died.', 'Adler', 'Karl Heinz Adler'],
    ['a headline before the full name', 'Erdogan warns Washington\n\nTurkish President Recep Tayyip Erdogan said on Monday that the troops would stay.', 'Erdogan', 'Recep Tayyip Erdogan'],
    ['two given names of three', 'Recep Tayyip Erdogan spoke. Tayyip Erdogan said.', 'Tayyip Erdogan', 'Recep Tayyip Erdogan'],
    ['a party\'s word before the full name is no part of it', 'Republican Grant Calloway spoke. Calloway said taxes were too high.', 'Calloway', 'Grant Calloway'],
  ];
  test.each(cases)('%s', (_, text, written, canonical) => {
    const doc = tagged(text);
    const mentions = doc.entities.filter((e) => e.text === written);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention).toMatchObject({ type: 'person', canonical, entityId: entityId(canonical) });
  });

  test('the nearest earlier full name wins; a country stays a country', () => {
    expect(canonicalsOf(tagged('Donald Trump met Melania Trump. Trump said.'), 'Trump')).toEqual(['Melania Trump']);
    expect(canonicalsOf(tagged('Michael Jordan arrived. Jordan said it closed the border.'), 'Jordan')).toEqual(['Jordan']);
  });
});

describe('short forms of a body’s name', () => {
  test.each([
    ['the first word of a company', 'Halden Pharmaceuticals recalled 2 drugs. Halden said the risk was low.', 'Halden', 'Halden Pharmaceuticals'],
    ['the first word of a bank', 'Corvell Savings Bank failed on Friday. Corvell said deposits were safe.', 'Corvell', 'Corvell Savings Bank'],
  ])('%s', (_, text, written, canonical) => {
    const mentions = tagged(text).entities.filter((e) => e.text === written);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention).toMatchObject({ type: 'organization', canonical });
  });

  test('not after a run joined over "and", nor before the full name', () => {
    expect(canonicalsOf(tagged('Corvell and NHS England met. Corvell said.'), 'Corvell')).not.toContain('Corvell and NHS England');
    expect(canonicalsOf(tagged('Halden said. Halden Pharmaceuticals recalled 2 drugs.'), 'Halden')).not.toContain('Halden Pharmaceuticals');
  });
});

describe('group terms', () => {
  const cases: Array<[string, string, string[]]> = [
    ['pro-X troops, fighters and forces are one group', 'US forces repel 500 pro-Assad troops. Hundreds of pro-Assad fighters crossed. American forces engaged Pro-Assad troops.', [
      'US forces → American forces (group)',
      'pro-Assad troops → pro-Assad forces (group)',
      'pro-Assad fighters → pro-Assad forces (group)',
      'American forces → American forces (group)',
      'Pro-Assad troops → pro-Assad forces (group)',
    ]],
    ['a modifier between qualifier and head', 'The attack by the coalition against the pro-government popular militias killed more than 100 people.', ['pro-government popular militias → pro-government militias (group)']],
    ['a nationality before a pro-X group stays a nationality', 'When Syrian pro-regime forces attacked, they moved in.', ['Syrian → Syria (nationality)', 'pro-regime forces → pro-regime forces (group)']],
    ['demonyms and peoples', 'Kurdish forces and Russian military forces and local Syrian forces clashed.', [
      'Kurdish forces → Kurdish forces (group)',
      'Russian military forces → Russian forces (group)',
      'Syrian forces → Syrian forces (group)',
    ]],
    ['sponsors', 'The Syrian army is supported by Iranian-backed militias, Russia-backed separatists and U.S. -backed fighters.', [
      'Syrian army → Syrian Arab Army (organization)',
      'Iranian-backed militias → Iran-backed militias (group)',
      'Russia-backed separatists → Russia-backed separatists (group)',
      'U.S. -backed fighters → United States-backed forces (group)',
    ]],
    ['a proper name after the sponsor is the entity', 'They tried to take ground captured by the US-backed Syrian Democratic Forces.', ['US → United States (place)', 'Syrian Democratic Forces → Syrian Democratic Forces (group)']],
    ['no group without a qualifier the table knows', 'Regime forces and government troops and Deir Ezzor fighters moved.', ['Deir Ezzor → Deir ez-Zor (place)']],
  ];
  test.each(cases)('%s', (_, text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });

  test('"forces" as a verb is no group', () => {
    expect(entitiesOf('Syrian law forces banks to report.')).toEqual(['Syrian → Syria (nationality)']);
  });
});

describe('acronyms the tagger does not read as names', () => {
  test('IS after a verb, WHO as a subject', () => {
    expect(entitiesOf('The US had chosen this town to fight IS.')).toEqual(['US → United States (place)', 'IS → Islamic State (group)']);
  });
  test('capitals in a shouting headline are words', () => {
    expect(entitiesOf('US JETS BOMB IS TARGETS').filter((e) => e.startsWith('IS'))).toEqual([]);
  });
});

describe('user aliases', () => {
  const tagWith = (aliases: unknown) => tag.create(tag.options.parse({ aliases }));

  test('an inline line adds an actor, and its mentions share its id', () => {
    const run = tagWith(['Karaveli Regional Council | organization | government | Karaveli council, KRC']);
    const doc = run(segmented('The Karaveli council said 12 people were killed. KRC officials said more had fled.'));
    expect(entitiesOf('', doc)).toEqual(['Karaveli council → Karaveli Regional Council (organization)', 'KRC → Karaveli Regional Council (organization)']);
  });

  test('a line with an empty type and kind adds spellings to a built-in actor', () => {
    const run = tagWith(['Syrian Democratic Forces | | | QSD']);
    expect(canonicalsOf(run(segmented('The QSD said it held the town.')), 'QSD')).toEqual(['Syrian Democratic Forces']);
  });

  test('a user name takes a key over from the table', () => {
    const run = tagWith(['Patriotic Alliance | organization | organization | PA']);
    expect(canonicalsOf(run(segmented('The PA said it won.')), 'PA')).toEqual(['Patriotic Alliance']);
    expect(canonicalsOf(tagged('The PA said it won.'), 'PA')).toEqual(['Palestinian Authority']);
  });

  test('bad rows are errors that say where', () => {
    expect(() => parseAliasLines('Foo | organisation | media | F', 'mine.txt')).toThrow('mine.txt:1: type "organisation" is not one of person, organization, place, group, nationality');
    expect(() => parseAliasLines('# a comment\nFoo', 'mine.txt')).toThrow('mine.txt:2: expected "canonical | type | kind | aliases"');
    expect(() => loadAliasRows(['New Body | | | NB'])).toThrow('a new actor needs a type and a kind');
    expect(() => loadAliasRows(['/no/such/aliases.txt'])).toThrow('cannot read the alias file /no/such/aliases.txt: ENOENT');
    expect(tag.options.safeParse({ aliases: ['Foo | group | spy | F'] }).success).toBe(false);
  });

  test('the rows are laid over the table once per set of rows', () => {
    const rows = loadAliasRows(['Foo Bar | group | organization | FB']);
    expect(lexiconWith(rows)).toBe(lexiconWith(loadAliasRows(['Foo Bar | group | organization | FB'])));
    expect(lexiconWith([])).toBe(lexiconWith([]));
  });
});

describe('an attribution’s source carries its entity', () => {
  const sourceOf = (text: string) => attributed(text).attributions.map((a) => ({ text: a.source.text, name: a.source.name, entityId: a.source.entityId }));

  test.each([
    ['an alias', 'American forces engaged on Tuesday following what CENTCOM has characterized as an "unprovoked attack".', 'CENTCOM', 'U.S. Central Command'],
    ['a lexicon name with lower-case words', 'Hundreds of families have left, the U.N. refugee agency reported.', 'the U.N. refugee agency', 'UNHCR'],
    ['a person by a short form', 'Turkish President Recep Tayyip Erdogan spoke in Ankara. Erdogan said the troops would stay.', 'Erdogan', 'Recep Tayyip Erdogan'],
    ['a defined acronym', 'The Northern Observatory for Human Rights (NOHR) was founded in 2011. NOHR said 112 people had died.', 'NOHR', 'Northern Observatory for Human Rights'],
  ])('%s', (_, text, source, canonical) => {
    expect(sourceOf(text)).toContainEqual(expect.objectContaining({ text: source, entityId: entityId(canonical) }));
  });

  test('a pronoun carries the entity of its referent', () => {
    const sources = sourceOf('Syrian state news outlet SANA said those killed were battling the Islamic State, although it admitted an attack took place.');
    expect(sources.map((s) => s.entityId)).toEqual([entityId('SANA'), entityId('SANA')]);
  });
});

// Property: whatever the text around them, entity spans slice to their text, lie inside one sentence, and
// do not overlap.
const fragments = [
  'Syrian Democratic Forces (SDF)', 'the SDF', 'U.S. Central Command', 'CENTCOM', 'US', 'U.S.', 'USA', 'American', 'the United States',
  'pro-Assad troops', 'Kurdish forces', 'Iranian-backed militias', 'U.S. -backed fighters', 'Recep Tayyip Erdogan', 'Erdogan', "Erdogan's",
  'Islamic State', 'IS', 'ISIS', 'said', 'on Tuesday', 'yesterday', 'February 7', 'killed', 'more than 100 people', 'in Deir Ezzor',
  '(', ')', ',', '.', '"', '“', '”', '-', 'the', 'and', 'NOHR', 'Northern Observatory for Human Rights', '😀', 'Ünal Çelik', '\n\n', 'ÉLYSÉE',
];
const articles = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 40 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '  ', '', '\t'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

test('property: entity spans slice to their text, inside one sentence, without overlaps', () => {
  fc.assert(
    fc.property(articles, (text) => {
      const doc = tagged(text);
      let reached = 0;
      for (const entity of doc.entities) {
        expect(doc.text.slice(entity.start, entity.end)).toBe(entity.text);
        expect(entity.start).toBeGreaterThanOrEqual(reached);
        expect(entity.end).toBeGreaterThan(entity.start);
        expect(entity.entityId).toBe(entityId(entity.canonical));
        expect(doc.sentences.some((s) => s.start <= entity.start && entity.end <= s.end)).toBe(true);
        reached = entity.end;
      }
    }),
    { numRuns: 150 },
  );
});
