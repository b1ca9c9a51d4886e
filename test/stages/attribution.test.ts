import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { attribution } from '../../src/stages/attribution.js';
import { attributed, quantified } from '../support/stages.js';

interface Expected {
  source: string;
  name?: string;
  kind?: string;
  cue: string;
  lemma?: string;
  type?: 'direct' | 'mixed' | 'indirect';
  quote?: string | null;
  content?: string;
}

const attributionsOf = (text: string) => {
  const doc = attributed(text);
  return doc.attributions.map((a) => ({
    source: a.source.text,
    name: a.source.name,
    kind: a.source.kind,
    cue: a.cue.text,
    lemma: a.cue.lemma,
    type: a.type,
    quote: a.quote,
    content: a.content.text,
  }));
};

// Each shape of attribution, in sentences written the way wire copy is.
const shapes: Array<[string, string, Expected[]]> = [
  ['X said that …', 'The interior ministry said that 14 people had been detained.', [
    { source: 'The interior ministry', kind: 'government', cue: 'said', lemma: 'say', type: 'indirect', content: '14 people had been detained' },
  ]],
  ['X said … and that …: the "that" after "and" goes on with the first cue, not a cue of act inside it', 'The county hospital said it had admitted 21 patients, several with smoke injuries, and that four were in a critical condition.', [
    { source: 'The county hospital', cue: 'said', content: 'it had admitted 21 patients, several with smoke injuries, and that four were in a critical condition' },
  ]],
  ['a figure put on the noun of a relative clause by a subject with a description set off by commas', 'The march drew a crowd that Harbour Events, the company that organised it, estimated at 30,000.', [
    { source: 'Harbour Events', cue: 'estimated', lemma: 'estimate', content: 'at 30,000' },
  ]],
  ['an absolute phrase of "with" whose -ing cue has a phrase of a preposition before its "that"', 'The council was divided, with its finance chair arguing in a memo that the levy was unlawful.', [
    { source: 'its finance chair', cue: 'arguing', lemma: 'argue', content: 'the levy was unlawful' },
  ]],
  ['X said …, and that …: a plain object with a relative clause inside what was said, past a figure after the "and that"', 'The nurse said the wards often admitted children on the strength of tests that mislead, and that the death rate, at 0.3 percent, was falling.', [
    { source: 'The nurse', cue: 'said' },
  ]],
  ['…, X told Y after a phrase of place and a clause with a figure whose verb a tagger reads as a noun', 'In Port Avel, traffickers charge between 800 and 1,200 dollars for a seat in a truck, a police officer told local radio.', [
    { source: 'a police officer', cue: 'told', lemma: 'tell', content: 'In Port Avel, traffickers charge between 800 and 1,200 dollars for a seat in a truck' },
  ]],
  ['…, X said', 'The convoy was hit near the border, a police spokesman said.', [
    { source: 'a police spokesman', kind: 'anonymous', cue: 'said', content: 'The convoy was hit near the border' },
  ]],
  ['…, said X (inverted)', '"We have no information about casualties," said Maria Lopez, a spokeswoman for the Red Cross.', [
    { source: 'Maria Lopez', name: 'Maria Lopez', kind: 'person', cue: 'said', type: 'direct', quote: 'We have no information about casualties,' },
  ]],
  ['…, notes Reuters', '"The army is stretched thin," notes Reuters.', [
    { source: 'Reuters', kind: 'media', cue: 'notes', lemma: 'note', type: 'direct' },
  ]],
  ['X told Y that …', 'A senior diplomat told AFP that talks would resume on Friday.', [
    { source: 'A senior diplomat', name: 'senior diplomat', kind: 'anonymous', cue: 'told', lemma: 'tell', content: 'talks would resume on Friday' },
  ]],
  ['according to X, …', 'According to local officials, the fire destroyed 300 homes.', [
    { source: 'local officials', cue: 'According to', lemma: 'according to', content: 'the fire destroyed 300 homes' },
  ]],
  ['…, according to X', 'Turnout reached 61 percent, according to the election commission.', [
    { source: 'the election commission', kind: 'government', cue: 'according to', content: 'Turnout reached 61 percent' },
  ]],
  ['according to a statement from X: the statement is the source, X its name', 'Turnout reached 61 percent, according to a statement from the election commission.', [
    { source: 'a statement from the election commission', name: 'election commission', kind: 'government', cue: 'according to' },
  ]],
  ['several sources are unspecified', 'According to several sources, the strike killed more than 100 people.', [
    { source: 'several sources', kind: 'unspecified', cue: 'According to' },
  ]],
  ['a participle with its own content', 'The army denied that it had shelled the town, saying its units had not fired.', [
    { source: 'The army', cue: 'denied', lemma: 'deny', content: 'it had shelled the town' },
    { source: 'The army', cue: 'saying', lemma: 'say', content: 'its units had not fired' },
  ]],
  ['a participle after a clause that is no attribution', 'The army rejected the report, saying its units had not fired.', [
    { source: 'The army', cue: 'saying', lemma: 'say', content: 'its units had not fired' },
  ]],
  ['two cues and a pronoun in one sentence', 'The agency said the victims were fighters, although it admitted a school was hit.', [
    { source: 'The agency', cue: 'said', content: 'the victims were fighters' },
    { source: 'it', name: 'agency', cue: 'admitted', lemma: 'admit', content: 'a school was hit' },
  ]],
  ['a figure as an attribution', 'Police put the death toll at 10 on Sunday.', [
    { source: 'Police', cue: 'put', lemma: 'put' },
  ]],
  ['a quote before the cue, split around it', '"We are ready," the minister said, "and we will not wait."', [
    { source: 'the minister', cue: 'said', type: 'direct', quote: 'We are ready, and we will not wait.' },
  ]],
  ['a statement issued by X', '"The strikes were illegal," said a statement issued by the foreign ministry.', [
    { source: 'a statement issued by the foreign ministry', name: 'foreign ministry', kind: 'government', cue: 'said', type: 'direct' },
  ]],
  ['characterize … as, with a partial quote', 'The attack followed what the command has characterized as an "unprovoked" assault.', [
    { source: 'the command', cue: 'has characterized', lemma: 'characterize', type: 'mixed', quote: 'unprovoked' },
  ]],
  ['naming: a cue, its object and a noun phrase for it', 'Kyiv called the strike on the station a war crime.', [
    { source: 'Kyiv', cue: 'called', lemma: 'call', type: 'indirect', content: 'the strike on the station a war crime' },
  ]],
  ['naming: an adjective for the object', 'The campaign branded the allegations false and politically driven.', [
    { source: 'The campaign', cue: 'branded', lemma: 'brand', content: 'the allegations false and politically driven' },
  ]],
  ['naming: an object with phrases of its own', 'At the hearing, Ruiz called his vote in favor of the dam a mistake.', [
    { source: 'Ruiz', cue: 'called', content: 'his vote in favor of the dam a mistake' },
  ]],
  ['describe … as with no quote', 'The ministry described the shelling of the port as deliberate, and said 12 sailors were hurt.', [
    { source: 'The ministry', cue: 'described', lemma: 'describe', type: 'indirect', content: 'the shelling of the port as deliberate' },
    { source: 'The ministry', cue: 'said', content: '12 sailors were hurt' },
  ]],
  ['characterize … as past an appositive of the object', 'He characterized the mayor, Ana Ruiz, as "out of her depth."', [
    { source: 'He', cue: 'characterized', type: 'mixed', quote: 'out of her depth.' },
  ]],
  ['a citation between the subject and its cue is an aside of that cue', 'State news agency RIA Novosti, citing a source in the emergency services, reported that 12 people were hurt.', [
    { source: 'State news agency RIA Novosti', name: 'RIA Novosti', cue: 'reported', content: '12 people were hurt' },
  ]],
  ['"was quoted as saying by" an outlet: the subject speaks', 'The minister was quoted as saying by the state broadcaster that talks would resume.', [
    { source: 'The minister', cue: 'quoted as saying', lemma: 'say', content: 'talks would resume' },
  ]],
  ['a revision of a figure named as one', 'By Saturday the governor had raised the death toll to 41, saying a woman had died in hospital.', [
    { source: 'the governor', cue: 'had raised', lemma: 'raise' },
    { source: 'the governor', cue: 'saying', content: 'a woman had died in hospital' },
  ]],
  ['a participle after a quote closed after its comma', 'She told reporters the count had been “transparent to the last,” adding that every complaint would be examined.', [
    { source: 'She', cue: 'told', type: 'mixed' },
    { source: 'She', cue: 'adding', type: 'indirect', content: 'every complaint would be examined' },
  ]],
  ['a participle of a role before a title, at the start of a clause', 'In the border region, acting governor Pavel Lyamin said a drone had hit a fuel depot.', [
    { source: 'acting governor Pavel Lyamin', name: 'Pavel Lyamin', kind: 'person', cue: 'said' },
  ]],
  ['a capitalised word that a tagger reads as a verb, opening the sentence', 'Lead prosecutor Daniel Oduya told the court that 14 companies had paid bribes.', [
    { source: 'Lead prosecutor Daniel Oduya', name: 'Daniel Oduya', kind: 'person', cue: 'told' },
  ]],
  ['a description and a name in apposition: the name is the source', 'Its head, Swedish diplomat Annika Lindqvist, said the mission had sent 340 observers.', [
    { source: 'Its head, Swedish diplomat Annika Lindqvist', name: 'Annika Lindqvist', kind: 'person', cue: 'said' },
  ]],
  ['a subject after a second predicate of the clause before it', 'Vessels rescued four children, and recovered 41 bodies, a spokesman, Paolo Ferrante, told reporters.', [
    { source: 'a spokesman, Paolo Ferrante', name: 'Paolo Ferrante', cue: 'told' },
  ]],
  ['a dateline before a subject with a description', 'OSLO, Feb 6 (Reuters) - Halvard Foods, the region’s largest packaged food maker, said profit fell.', [
    { source: 'Halvard Foods', name: 'Halvard Foods', kind: 'organization', cue: 'said' },
  ]],
  ['a body named by the description after it', 'The Northern Salvation Front, the armed group that controls the town, said 14 fighters died.', [
    { source: 'The Northern Salvation Front', kind: 'organization' },
  ]],
  ['a name with an age after it is a person whatever the noun', 'Lerato Mokoena, a 38-year-old rock-drill operator, said she could not pay the rent.', [
    { name: 'Lerato Mokoena', kind: 'person', cue: 'said' },
  ]],
  ['a name in apposition between a description and another', 'The first witness, Mihai Dobre, a former procurement director, said he had been paid.', [
    { name: 'Mihai Dobre', kind: 'person', cue: 'said' },
  ]],
  ['a name with a particle and a hyphen in apposition', 'A local commander, Abu Tarek al-Misri, said 14 fighters died.', [
    { name: 'Abu Tarek al-Misri', kind: 'person' },
  ]],
  ['a body with its acronym in brackets', 'The National Anticorruption Directorate (DNA) said the officials took bribes.', [
    { source: 'The National Anticorruption Directorate (DNA)', name: 'National Anticorruption Directorate', kind: 'government' },
  ]],
  ['a text of a court or prosecutors speaks for them', 'The 212-page indictment alleges that the officials took bribes.', [
    { source: 'The 212-page indictment', kind: 'government', cue: 'alleges' },
  ]],
  ['a possessor before a proxy is its issuer', 'According to the agency’s calculations, coal use rose 12 percent.', [
    { source: 'the agency’s calculations', name: 'agency', kind: 'organization' },
  ]],
  ['a second cue after "but" shares the subject', 'Carl Denning said the bureau was aware of the claim, but cautioned that the group had lied before.', [
    { source: 'Carl Denning', cue: 'said' },
    { source: 'Carl Denning', cue: 'cautioned', content: 'the group had lied before' },
  ]],
  ['a role noun that opens the clause before a name', '"Highs will reach 39 degrees," meteorologist Priya Sandhu told reporters.', [
    { source: 'meteorologist Priya Sandhu', name: 'Priya Sandhu', kind: 'person', cue: 'told', type: 'direct' },
  ]],
  ['an acronym a tagger reads as an adverb is a word of the name', 'The fire had doubled in size, the BC Wildfire Service said.', [
    { source: 'the BC Wildfire Service', name: 'BC Wildfire Service', cue: 'said' },
  ]],
  ['a share of people is unspecified, a count of them anonymous', 'In the same poll, 58% of respondents said the tariffs had hurt them, and two of the men said prices rose.', [
    { source: '58% of respondents', kind: 'unspecified', cue: 'said' },
    { source: 'two of the men', kind: 'anonymous', cue: 'said' },
  ]],
  ['a participle and its agent after the source noun', 'Some residents reached by phone said fighters had looted homes.', [
    { source: 'Some residents reached by phone', kind: 'unspecified', cue: 'said' },
  ]],
  ['"put it at" puts a figure', 'Police estimated the crowd at 35,000, while organizers put it at more than 100,000.', [
    { source: 'Police', cue: 'estimated' },
    { source: 'organizers', cue: 'put' },
  ]],
  ['a known body that opens a longer name tells its kind', 'Amnesty International South Africa said the searches were illegal.', [
    { name: 'Amnesty International South Africa', kind: 'organization' },
  ]],
  ['a body noun before a proxy is its issuer; a reader of it is not', 'According to ministry records seen by Reuters, 40 mines failed inspections.', [
    { source: 'ministry records seen by Reuters', name: 'ministry', kind: 'government' },
  ]],
  ['an acronym in brackets after a source after its cue', 'About 40,000 people fled, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).', [
    { source: 'the UN Office for the Coordination of Humanitarian Affairs (OCHA)', kind: 'organization' },
  ]],
  ['an adjective after the source opens no description unless a noun follows', 'Inflation eased to 3.1 percent, according to the statistics bureau, close to the bottom of the target range.', [
    { source: 'the statistics bureau', cue: 'according to' },
  ]],
  ['a figure recorded inside what a source says is part of what it says', 'The agency said it had recorded 1,450 crossings in August.', [
    { source: 'The agency', cue: 'said', content: 'it had recorded 1,450 crossings in August' },
  ]],
  ['a figure cue whose object holds a clause before "at" and the figure', 'The mission put the number of violations since the truce took effect at more than 2,300.', [
    { source: 'The mission', cue: 'put', lemma: 'put' },
  ]],
  ['a cue of asking with a quote after a colon', 'The minister urged: “Stay at home.”', [
    { source: 'The minister', cue: 'urged', type: 'direct' },
  ]],
  ['a cue of asking with its hearer and a clause with a quote in it', 'The president told voters this weekend he would consider it a "personal insult" if they stayed home.', [
    { source: 'The president', cue: 'told', type: 'mixed' },
  ]],
  ['a text issued with a phrase of its participle speaks', 'A Dagsposten poll published on Monday put support for the party at 21 per cent, and a joint statement released after the talks said both sides agreed.', [
    { source: 'A Dagsposten poll published on Monday', name: 'Dagsposten', cue: 'put' },
    { source: 'a joint statement released after the talks', cue: 'said' },
  ]],
  ['a noun of the table that a tagger reads as an adjective heads the source', 'The regional fishermen’s cooperative estimated losses at 2.5 million euros a week.', [
    { source: 'The regional fishermen’s cooperative', kind: 'organization', cue: 'estimated' },
  ]],
  ['an ampersand inside a body\'s name', 'Cajun Power & Light says 310,000 customers are without power.', [
    { source: 'Cajun Power & Light', name: 'Cajun Power & Light', kind: 'organization', cue: 'says' },
  ]],
  ['particles of names, one a tagger reads as a determiner', 'Luiz Inácio Lula da Silva said residents of Alvarenga do Campo would be rehoused.', [
    { source: 'Luiz Inácio Lula da Silva', kind: 'person', cue: 'said' },
  ]],
  ['a verb in -s that a tagger reads as a noun, ending the sentence after its subject', 'Witnesses told police the men had argued, the report states.', [
    { source: 'Witnesses', cue: 'told' },
    { source: 'the report', cue: 'states', lemma: 'state' },
  ]],
  ['an act of saying foretold inside what a source says is part of it', 'A spokesperson said the EU would announce “a substantial package” next month.', [
    { source: 'A spokesperson', cue: 'said', type: 'mixed' },
  ]],
  ['a public word in the name of a state-run body', 'The National Hurricane Center said the storm had weakened, and the National Rifle Association said the bill was wrong.', [
    { name: 'National Hurricane Center', kind: 'government', cue: 'said' },
    { name: 'National Rifle Association', kind: 'organization', cue: 'said' },
  ]],
  ['an "and" inside the name of a body after a link, and a public word before it', 'A spokesman for the state Department of Children and Families said the boy was safe.', [
    { source: 'A spokesman for the state Department of Children and Families', kind: 'anonymous', cue: 'said' },
  ]],
  ['a title cut from its stop by a tagger', 'Maj. Gen. Arkady Voronin said the strike had hit militants.', [
    { source: 'Maj. Gen. Arkady Voronin', name: 'Arkady Voronin', kind: 'person' },
  ]],
  ['a description in lower case names no actor', 'Another economist, who asked not to be identified, said the budget was loose.', [
    { name: 'economist', kind: 'anonymous', cue: 'said' },
  ]],
  ['a name in apposition after a noun for a person is a person\'s', 'His wife, Iryna, said she had not slept.', [
    { name: 'Iryna', kind: 'person', cue: 'said' },
  ]],
  ['documents speak for the body that wrote them', 'According to Department of Finance documents published alongside the speech, the deficit will be 2 billion euros.', [
    { name: 'Department of Finance', kind: 'government', cue: 'According to' },
  ]],
  ['a participle after a clause that a phrase of a participle opens', 'Speaking to reporters as he was led away, the governor denied the charges, saying he had done nothing wrong.', [
    { source: 'the governor', cue: 'saying', content: 'he had done nothing wrong' },
  ]],
  ['a source noun with three phrases of a preposition and a long relative clause', 'An official at an evacuation centre in the town of Borongan, who asked not to be named because he was not authorised to speak to the media, said water was running low.', [
    { name: 'official', kind: 'anonymous', cue: 'said', content: 'water was running low' },
  ]],
  ['a subject with a description between commas', 'Jonas Berg, a union leader, said the march would go ahead.', [
    { source: 'Jonas Berg', name: 'Jonas Berg', kind: 'person', cue: 'said', content: 'the march would go ahead' },
  ]],
  ['an aside after the cue is not content', '"Why now?" Smith asked, looking at the crowd.', [
    { source: 'Smith', cue: 'asked', type: 'direct', quote: 'Why now?' },
  ]],
  ['a quoted title before the subject is not a piece of the quote', 'On the broadcast of "Fox News Sunday," Pence said the tweet was a joke.', [
    { source: 'Pence', cue: 'said', type: 'indirect', quote: null, content: 'the tweet was a joke' },
  ]],
  ['speaker carry-over: the next quoted sentence joins the quote', '"We will not leave," the mayor said. "This is our town."', [
    { source: 'the mayor', cue: 'said', type: 'direct', quote: 'We will not leave, This is our town.' },
  ]],
  ['speaker carry-over: a quoted sentence with a figure holds no cue, so no attribution of its own', '"We counted 17 bodies," said Dr. Lena Voss. "Another 20 are missing."', [
    { source: 'Dr. Lena Voss', name: 'Lena Voss', cue: 'said', quote: 'We counted 17 bodies, Another 20 are missing.' },
  ]],
  ['quoted as saying', 'The governor was quoted as saying that 40 homes had been destroyed.', [
    { source: 'The governor', cue: 'quoted as saying', lemma: 'say', content: '40 homes had been destroyed' },
  ]],
  ['a passive with its agent and a "that" clause', 'It was announced by the health ministry that 12 people had died.', [
    { source: 'the health ministry', kind: 'government', cue: 'announced', lemma: 'announce', content: '12 people had died' },
  ]],
  ['a passive with its agent and a figure as subject', 'Twelve deaths were reported by the regional hospital.', [
    { source: 'the regional hospital', cue: 'reported', content: 'Twelve deaths' },
  ]],
  ['a back-reference names the source it refers to', 'The regional health department said two more workers had died. The department said 12 were in serious condition.', [
    { source: 'The regional health department', cue: 'said' },
    { source: 'The department', name: 'regional health department', kind: 'government', cue: 'said' },
  ]],
  ['a relative clause in the subject', 'A government official who asked not to be named said the figures were exaggerated.', [
    { source: 'A government official who asked not to be named', name: 'government official', kind: 'anonymous', cue: 'said', content: 'the figures were exaggerated' },
  ]],
  ['an adverb after an infinitive and its object closes the relative clause of the subject, not a lead-in of the cue', 'A port official who was not cleared to discuss the inquiry openly said two cranes had failed.', [
    { source: 'A port official who was not cleared to discuss the inquiry openly', cue: 'said', content: 'two cranes had failed' },
  ]],
  ['a lone capitalised word at the start is a common noun', 'Organisers estimated the crowd at 80,000.', [
    { source: 'Organisers', kind: 'anonymous', cue: 'estimated', lemma: 'estimate' },
  ]],
  ['a public body by its adjective', 'The national disaster agency said 12 people had died.', [
    { source: 'The national disaster agency', kind: 'government', cue: 'said' },
  ]],
  ['a coordinated subject that opens the clause', 'The former first lady and U.S. senator said it was a mistake.', [
    { source: 'The former first lady and U.S. senator', kind: 'anonymous', cue: 'said', content: 'it was a mistake' },
  ]],
  ['a noun after a verb and "and" is not a coordinated subject', 'The army shelled the town and residents said ten people died.', [
    { source: 'residents', kind: 'anonymous', cue: 'said', content: 'ten people died' },
  ]],
  ['a headline with a colon', 'Governor: Flood defences failed in three towns', [
    { source: 'Governor', cue: ':', content: 'Flood defences failed in three towns' },
  ]],
  ['a description between dashes', 'Maria Lopez — a spokeswoman for the Red Cross — said the road was closed.', [
    { source: 'Maria Lopez — a spokeswoman for the Red Cross', name: 'Maria Lopez', kind: 'person', cue: 'said', content: 'the road was closed' },
  ]],
  ['a coordinated subject whose first part has a prepositional phrase', 'The former secretary of state and current party leader said the bill would pass.', [
    { source: 'The former secretary of state and current party leader', cue: 'said', content: 'the bill would pass' },
  ]],
  ['a hometown after a comma describes the subject', 'Ana Ortiz, of Springfield, said the water had reached her door.', [
    { source: 'Ana Ortiz', name: 'Ana Ortiz', kind: 'person', cue: 'said' },
  ]],
  ['a relative pronoun before a date names the person before the appositive', 'Police questioned Ortega, now the mayor of the town, who in 2015 said the mine was safe.', [
    { source: 'who', name: 'Ortega', cue: 'said', content: 'the mine was safe' },
  ]],
  ['"which" after a body that can speak', 'The figures came from the interior ministry, which reported 40 arrests on Sunday.', [
    { source: 'which', name: 'interior ministry', kind: 'government', cue: 'reported' },
  ]],
  ['a bare verb after a plural noun of the table', 'Police say the driver fled the scene.', [
    { source: 'Police', kind: 'government', cue: 'say', content: 'the driver fled the scene' },
  ]],
  ['a bare verb after two coordinated names', 'Mr. Ruiz and Mr. Chen say the deal is dead.', [
    { source: 'Mr. Ruiz and Mr. Chen', cue: 'say', content: 'the deal is dead' },
  ]],
  ['a name before a date', 'Ortega on Tuesday said the mine would reopen.', [
    { source: 'Ortega', cue: 'said', content: 'the mine would reopen' },
  ]],
  ['a date after an inverted cue is not its source', '"We are done," Senator Ann Ruiz said Tuesday.', [
    { source: 'Senator Ann Ruiz', name: 'Ann Ruiz', kind: 'person', cue: 'said', type: 'direct' },
  ]],
  ['a headline whose words all have capitals', 'Flood Defences Failed in Three Towns, Mayor Lena Park Says', [
    { source: 'Mayor Lena Park', name: 'Lena Park', cue: 'Says', content: 'Flood Defences Failed in Three Towns' },
  ]],
  ['a quote in a paragraph of its own after a colon', 'The minister told parliament:\n\n"We will not negotiate with the kidnappers."', [
    { source: 'The minister', cue: 'told', type: 'direct', quote: 'We will not negotiate with the kidnappers.' },
  ]],
  ['"continued" next to a quote', '"We will rebuild," the mayor continued. "Every house will stand again."', [
    { source: 'the mayor', cue: 'continued', lemma: 'continue', type: 'direct', quote: 'We will rebuild, Every house will stand again.' },
  ]],
  ['a document that reads', '"Our schools are failing our children," the letter reads.', [
    { source: 'the letter', cue: 'reads', lemma: 'read', type: 'direct' },
  ]],
  ['quotes written as two apostrophes', "''We are ready to strike,'' said Tom Ellis, a spokesman for the union.", [
    { source: 'Tom Ellis', name: 'Tom Ellis', cue: 'said', type: 'direct', quote: 'We are ready to strike,' },
  ]],
  ['…, according to X, a description', 'Turnout fell to 40 percent, according to Ana Ruiz, a pollster at the institute.', [
    { source: 'Ana Ruiz', name: 'Ana Ruiz', cue: 'according to', content: 'Turnout fell to 40 percent' },
  ]],
  ['according to X, and another cue in its content', 'According to the broadcaster, a police spokesman said two people died.', [
    { source: 'the broadcaster', cue: 'According to', content: 'a police spokesman said two people died' },
    { source: 'a police spokesman', cue: 'said', content: 'two people died' },
  ]],
  ['"told X" after a quote: X is the hearer', '"The road is closed," Maria Lopez, a Red Cross spokeswoman, told Reuters.', [
    { source: 'Maria Lopez', name: 'Maria Lopez', cue: 'told', type: 'direct' },
  ]],
  ['a description with a name in apposition is named by it', 'Its director, Omar Nasser, said the camp was full.', [
    { source: 'Its director, Omar Nasser', name: 'Omar Nasser', kind: 'person', cue: 'said', content: 'the camp was full' },
  ]],
  ['a phrase with "to" belongs to the source noun', 'Advisers to the governor say the visit will go ahead.', [
    { source: 'Advisers to the governor', cue: 'say', content: 'the visit will go ahead' },
  ]],
  ['a possessive before the source noun', '"Never sell the farm," my grandfather often said.', [
    { source: 'my grandfather', cue: 'said', type: 'direct' },
  ]],
  ['a quantifier with a phrase of its own heads the source', 'Some of the miners said the shaft had flooded overnight.', [
    { source: 'Some of the miners', kind: 'unspecified', cue: 'said', content: 'the shaft had flooded overnight' },
  ]],
  ['a demonstrative with an adjective and an object pronoun', 'Those loyal to her say she will not resign.', [
    { source: 'Those loyal to her', kind: 'unspecified', cue: 'say', content: 'she will not resign' },
  ]],
  ['"many of whom" after a comma', 'The ruling angered farmers, many of whom say the subsidy was promised.', [
    { source: 'many of whom', cue: 'say', content: 'the subsidy was promised' },
  ]],
  ['a quantifier alone that opens the sentence', 'Many said the storm had come without warning.', [
    { source: 'Many', kind: 'unspecified', cue: 'said', content: 'the storm had come without warning' },
  ]],
  ['an adjective between the source noun and its phrase', 'People familiar with the talks said a deal was close.', [
    { source: 'People familiar with the talks', name: 'People familiar with the talks', cue: 'said', content: 'a deal was close' },
  ]],
  ['"as X put it" after its clause', 'The budget is a wish list, as one senior aide put it.', [
    { source: 'one senior aide', cue: 'put it', lemma: 'put', content: 'The budget is a wish list' },
  ]],
  ['"as X said" before its clause, with a phrase after the cue', 'As the mayor said at the briefing, the bridge will stay shut for weeks.', [
    { source: 'the mayor', cue: 'said', content: 'the bridge will stay shut for weeks' },
  ]],
  ['a quantifier with a verb form that agrees with it', 'But some note that the levee was never finished.', [
    { source: 'some', kind: 'unspecified', cue: 'note', content: 'the levee was never finished' },
  ]],
  ['a speaker inside a quoted transcript', 'The exchange went on. "KANE: We did not know about the leak until Friday."', [
    { source: 'KANE', cue: ':', type: 'direct' },
  ]],
  ['a reduced relative after a sum of money', 'The grant covers a fraction of the $40 million economists say the repairs will cost.', [
    { source: 'economists', cue: 'say', content: 'the repairs will cost' },
  ]],
  ['according to a report X released: X is the source', 'Exports fell by a third, according to a report the central bank released on Monday.', [
    { source: 'the central bank', cue: 'according to', content: 'Exports fell by a third' },
  ]],
  ['a report with a date and no issuer is named by its noun', 'Exports fell by a third, according to a report published on Monday.', [
    { source: 'a report published on Monday', name: 'report', cue: 'according to' },
  ]],
  ['a source noun with a clause of its own and no "who"', 'Most of the pilots we interviewed said the runway lights had failed.', [
    { source: 'Most of the pilots we interviewed', cue: 'said', content: 'the runway lights had failed' },
  ]],
  ['a compound participle in the description is no content before an inverted cue', 'Ana Ruiz, a Texas-based lawyer for the union, which represents nurses, said most of the claims were false.', [
    { source: 'Ana Ruiz', name: 'Ana Ruiz', cue: 'said', content: 'most of the claims were false' },
  ]],
  ['"as X put it" in the middle of its clause', 'The mayor has been cast, as one columnist put it, as "the last honest man."', [
    { source: 'one columnist', cue: 'put it', type: 'mixed', quote: 'the last honest man.' },
  ]],
  ['a name right after a known body', 'At a dinner with editors of the Washington Post Ortega said that taxes would fall.', [
    { source: 'Ortega', name: 'Ortega', cue: 'said', content: 'taxes would fall' },
  ]],
  ['"citing" someone who speaks: they are the source', 'The agency reported the arrests, citing two police officials.', [
    { source: 'two police officials', cue: 'citing', lemma: 'cite', content: 'The agency reported the arrests' },
  ]],
  ['"citing" a statement: its issuer names the source', 'The agency reported the arrests, citing a statement from the interior ministry.', [
    { source: 'a statement from the interior ministry', name: 'interior ministry', kind: 'government', cue: 'citing' },
  ]],
  ['a participle hangs on the main clause, not on a relative clause inside it', 'The mayor refused to pay a contractor who said he was owed money for the roof, saying, "He never finished the job."', [
    { source: 'who', name: 'contractor', cue: 'said', content: 'he was owed money for the roof' },
    { source: 'The mayor', cue: 'saying', type: 'direct', quote: 'He never finished the job.' },
  ]],
  ['a participle after joined clauses hangs on the last one', 'The crowd had gone quiet, and the captain grew angry, shouting that the match was fixed.', [
    { source: 'the captain', cue: 'shouting', content: 'the match was fixed' },
  ]],
  ['a cue in a relative clause with only a prepositional object', 'The coach waved off the criticism, saying anyone who complains about the referees "is looking for excuses."', [
    { source: 'The coach', cue: 'saying', type: 'mixed' },
  ]],
  ['a participle right after its speaker, with a quote after a preamble', 'The ad concludes with footage of Senator Ann Ruiz saying at a rally last week, "We will win this."', [
    { source: 'Senator Ann Ruiz', name: 'Ann Ruiz', cue: 'saying', type: 'direct', quote: 'We will win this.' },
  ]],
  ['a gerund after "for" takes the subject of its clause', 'He was criticised at the hearing for saying that the pills cured obesity.', [
    { source: 'He', cue: 'saying', content: 'the pills cured obesity' },
  ]],
  ['a gerund after "by", past its hearer', 'The candidate courted young voters by telling them that their debts would be forgiven.', [
    { source: 'The candidate', cue: 'telling', lemma: 'tell', content: 'their debts would be forgiven' },
  ]],
  ['a gerund after "aside from"', 'The governor would not name a successor, aside from saying he wants someone from the north.', [
    { source: 'The governor', cue: 'saying', content: 'he wants someone from the north' },
  ]],
  ['a gerund after a preposition ends the content of the cue before it', 'The minister responded to the protesters by saying the plan was final.', [
    { source: 'The minister', cue: 'saying', content: 'the plan was final' },
  ]],
  ['a present form in -s after a lone plural noun has a longer subject', 'He said the wave of strikes and protests demands that leaders listen.', [
    { source: 'He', cue: 'said' },
  ]],
  ['after a quote, a phrase that opens with a preposition is the cue’s own', '“It is over,” she said of the long campaign, in which she was sure she would win.', [
    { source: 'she', cue: 'said', type: 'direct', quote: 'It is over,', content: '“It is over,”' },
  ]],
  ['a participle apart from its source splits no quote', '"We will rebuild," the mayor said on Sunday, adding that aid was on its way.', [
    { source: 'the mayor', cue: 'said', type: 'direct' },
    { source: 'the mayor', cue: 'adding', type: 'indirect', quote: null, content: 'aid was on its way' },
  ]],
  ['a plural source noun that opens the sentence is unnamed people', 'Opponents said the law was unfair.', [
    { source: 'Opponents', kind: 'anonymous', cue: 'said' },
  ]],
  ['a report with its issuer after a participle', 'A report released by the health ministry said that 40 people had died.', [
    { source: 'A report released by the health ministry', name: 'health ministry', kind: 'government', cue: 'said', content: '40 people had died' },
  ]],
  ['a study with its issuer after "by"', 'A study by university researchers said most patients recovered.', [
    { source: 'A study by university researchers', name: 'university researchers', cue: 'said', content: 'most patients recovered' },
  ]],
  ['"said in a statement released on Monday that …": the participle modifies the statement', 'Officials said in a statement released on Monday that 40 people had died.', [
    { source: 'Officials', cue: 'said', content: '40 people had died' },
  ]],
  ['the hearer of "told" is no speaker of a cue-like noun after it', 'The chief executive told analysts on a conference call that the cuts would save "more than 1 billion euros a year" by 2027.', [
    { source: 'The chief executive', cue: 'told', type: 'mixed' },
  ]],
  ['an acronym in a name is no relative pronoun', 'Measles cases doubled in the north, WHO says', [
    { source: 'WHO', kind: 'organization', cue: 'says', content: 'Measles cases doubled in the north' },
  ]],
  ['a name before a description, read by a tagger as a verb', '"The roads are gone," Kenya Red Cross secretary general Ahmed Idris said.', [
    { source: 'Kenya Red Cross secretary general Ahmed Idris', name: 'Ahmed Idris', kind: 'person', cue: 'said', type: 'direct' },
  ]],
  ['a figure put by an agency', 'The disaster agency put the death toll at 124 by late afternoon, adding that rescuers were still digging.', [
    { source: 'The disaster agency', cue: 'put', lemma: 'put' },
    { source: 'The disaster agency', cue: 'adding', content: 'rescuers were still digging' },
  ]],
  ['particles inside a name', 'Political analyst Lotte van der Berg said new elections were likely.', [
    { source: 'Political analyst Lotte van der Berg', name: 'Lotte van der Berg', kind: 'person', cue: 'said' },
  ]],
  ['a partitive with a name in apposition is named by it', 'One of the strikers, Paul Girard, said the pickets would stay.', [
    { source: 'One of the strikers, Paul Girard', name: 'Paul Girard', kind: 'person', cue: 'said' },
  ]],
  ['a company by its legal form, with its trade before it', 'Dutch chipmaker Halvor NV said on Monday it would close two plants.', [
    { source: 'Dutch chipmaker Halvor NV', name: 'Halvor NV', kind: 'organization', cue: 'said' },
  ]],
  ['a subject after a dateline and a spaced hyphen', 'OSLO, May 2 (Reuters) - The union claimed on Friday that its members had won.', [
    { source: 'The union', kind: 'organization', cue: 'claimed', content: 'its members had won' },
  ]],
  ['a description between spaced hyphens', 'Ana Ortiz - a nurse at the clinic - said the wards were full.', [
    { source: 'Ana Ortiz - a nurse at the clinic', name: 'Ana Ortiz', kind: 'person', cue: 'said' },
  ]],
  ['an -ing form inside a title', '"Demand has collapsed," Norvik chief operating officer Ruth Lang said.', [
    { source: 'Norvik chief operating officer Ruth Lang', name: 'Ruth Lang', kind: 'person', cue: 'said', type: 'direct' },
  ]],
  ['a country before an unknown body makes it a public one', "A bridge collapsed overnight, Peru's road safety agency said.", [
    { source: "Peru's road safety agency", kind: 'government', cue: 'said' },
  ]],
  ['a name joined by a hyphen', '"We will appeal," one of the lawyers, Lee Min-jun, told the court.', [
    { source: 'one of the lawyers, Lee Min-jun', name: 'Lee Min-jun', kind: 'person', cue: 'told', type: 'direct' },
  ]],
  ['a named hearer, then the content with no "that"', 'A senior diplomat told the Associated Press the talks had stalled.', [
    { source: 'A senior diplomat', cue: 'told', content: 'the talks had stalled' },
  ]],
  ['a noun of the table that a tagger reads as an adjective', 'The military said it had struck a depot.', [
    { source: 'The military', kind: 'government', cue: 'said', content: 'it had struck a depot' },
  ]],
  ['a place adverb after the source noun', 'A nurse there, who asked not to be named, said the ward was full.', [
    { source: 'A nurse there', name: 'nurse', kind: 'anonymous', cue: 'said' },
  ]],
  ['a body named after a noun of its trade, past a dateline', 'OSLO, May 2 (Reuters) - Norwegian drugmaker Fjell Pharma said on Friday its trial had failed.', [
    { source: 'Norwegian drugmaker Fjell Pharma', name: 'Fjell Pharma', kind: 'organization', cue: 'said' },
  ]],
  ['the participle of a hearer cue inside the source', 'The border will reopen on Friday, three diplomats briefed on the talks said.', [
    { source: 'three diplomats briefed on the talks', name: 'three diplomats', kind: 'anonymous', cue: 'said', content: 'The border will reopen on Friday' },
  ]],
  ['a body whose name holds a link word', 'The Committee to Protect Farmers said 40 growers had been evicted.', [
    { source: 'The Committee to Protect Farmers', name: 'Committee to Protect Farmers', kind: 'organization', cue: 'said' },
  ]],
  ['a citation aside between the cue and its "that"', 'The daily Morgenpost reported, citing two unnamed officers, that the suspect had fled abroad.', [
    { source: 'The daily Morgenpost', cue: 'reported', content: 'the suspect had fled abroad' },
  ]],
  ['a name that ends with a plus', 'Two OPEC+ delegates told Reuters that output would be cut in May.', [
    { source: 'Two OPEC+ delegates', kind: 'anonymous', cue: 'told', content: 'output would be cut in May' },
  ]],
  ['a lone noun after a headline cue is its object, no source', 'Union says talks failed, demands pay rise', [
    { source: 'Union', cue: 'says' },
  ]],
  ['a body that revises a figure puts it', 'The coast guard revised the death toll down to 14 on Sunday.', [
    { source: 'The coast guard', kind: 'government', cue: 'revised', lemma: 'revise', type: 'indirect' },
  ]],
  ['a head of two words tells the kind', "The province's disaster agency said 40 homes were destroyed.", [
    { source: "The province's disaster agency", kind: 'government', cue: 'said' },
  ]],
  ['a name before a proxy is its issuer', 'Exports fell 4 percent in May, according to OECD data.', [
    { source: 'OECD data', name: 'OECD', kind: 'organization', cue: 'according to' },
  ]],
  ['a tally by a news agency', 'The army has lost 40 tanks, according to a tally by Reuters.', [
    { source: 'a tally by Reuters', name: 'Reuters', kind: 'media', cue: 'according to' },
  ]],
  ['the joint chiefs are a body of the state', 'The missile flew 400 kilometers, the Joint Chiefs of Staff said.', [
    { source: 'the Joint Chiefs of Staff', kind: 'government', cue: 'said' },
  ]],
  ['a participle after the hearer is an aside', '"The ward is full," a nurse told the Associated Press, declining to give her name.', [
    { source: 'a nurse', cue: 'told', type: 'direct', content: '"The ward is full,"' },
  ]],
  ['a subject with a relative clause before the verb of the content', 'The mayor said the men who fled the jail were caught on Sunday.', [
    { source: 'The mayor', cue: 'said', content: 'the men who fled the jail were caught on Sunday' },
  ]],
  ['a descriptor of two words before a name', 'State news agency Tanjug said the launch was a success.', [
    { source: 'State news agency Tanjug', name: 'Tanjug', kind: 'media', cue: 'said' },
  ]],
  ['a headline with a description and a colon', 'Fire chief: blaze "will burn for days"\n\nThe fire spread overnight.', [
    { source: 'Fire chief', cue: ':', type: 'mixed', quote: 'will burn for days' },
  ]],
  ['an acronym that spells a pronoun is a name', 'The WHO said in a report that 300 cases had been recorded.', [
    { source: 'The WHO', name: 'World Health Organization', kind: 'organization', cue: 'said' },
  ]],
  ['a title before a body noun is a word of its name', 'The Lagos Doctors Association said 12 clinics had closed.', [
    { source: 'The Lagos Doctors Association', name: 'Lagos Doctors Association', cue: 'said' },
  ]],
  ['a capitalised preposition inside a name', 'Engineers Without Borders warned that the bridge could collapse.', [
    { source: 'Engineers Without Borders', name: 'Engineers Without Borders', kind: 'organization', cue: 'warned' },
  ]],
  ['a capitalised proxy noun is a word of the name', 'The U.S. Geological Survey said the tremor was felt 200 km away.', [
    { source: 'The U.S. Geological Survey', kind: 'government', cue: 'said' },
  ]],
  ['an unnamed governor puts a figure', 'By evening the regional governor put the number of dead at 45.', [
    { source: 'the regional governor', name: 'regional governor', kind: 'anonymous', lemma: 'put' },
  ]],
  ['a body whose name holds "for the"', 'The Institute for the Study of War noted that the front had barely moved.', [
    { source: 'The Institute for the Study of War', name: 'Institute for the Study of War', kind: 'organization', cue: 'noted' },
  ]],
  ['a title that ends in "general"', 'The state attorney general is confirming that the charity was never registered.', [
    { source: 'The state attorney general', kind: 'anonymous', cue: 'is confirming', lemma: 'confirm' },
  ]],
  ['a contraction of "is" before a progressive', 'She’s claiming that 30 ballots went missing.', [{ source: 'She', cue: '’s claiming' }]],
  ['a role with "of" before a name', '"The tests were clean," UEFA head of medicine Karin Holt told reporters.', [
    { source: 'UEFA head of medicine Karin Holt', name: 'Karin Holt', kind: 'person', cue: 'told' },
  ]],
  ['a description with a phrase of its own before a name in apposition', 'A lawyer for the port authority, Miguel Sousa, said 14 cranes were idle.', [
    { source: 'A lawyer for the port authority, Miguel Sousa', name: 'Miguel Sousa', kind: 'person', cue: 'said' },
  ]],
  ['a person noun in apposition after a name', 'Dr. Lena Ortiz, the clinic’s chief of surgery, said 12 patients were moved.', [
    { name: 'Lena Ortiz', kind: 'person', cue: 'said' },
  ]],
  ['a known body after its country’s name', 'The U.S. Food and Drug Administration said 9 lots were affected.', [{ kind: 'government', cue: 'said' }]],
  ['a name given in a relative clause', 'A fisherman who gave his name only as Tomas, 52, said 11 boats had sunk.', [
    { source: 'A fisherman who gave his name only as Tomas', name: 'Tomas', kind: 'person', cue: 'said' },
  ]],
  ['a parenthetical cue inside a subject', 'A survey funded by the union, he said, estimated that 60 percent of drivers were unpaid.', [
    { source: 'he', cue: 'said' },
    { source: 'A survey funded by the union', cue: 'estimated' },
  ]],
  ['a title alone', 'One opposition MP, who declined to be named, said 25 deputies would abstain.', [{ kind: 'anonymous', cue: 'said' }]],
  ['"the" and a title refer to the person named with it', 'Prime Minister Ewa Lind arrived on Monday. The Prime Minister said 8 towns were cut off.', [
    { source: 'The Prime Minister', name: 'Ewa Lind', kind: 'person', cue: 'said' },
  ]],
  ['a survey before the people it asked', 'A Reuters poll of 40 analysts put growth at 2.1 percent.', [{ name: 'Reuters', kind: 'media', lemma: 'put' }]],
  ['a participle before the noun a figure cue puts', 'The insurer estimated insured damage at $2 billion.', [{ source: 'The insurer', cue: 'estimated' }]],
  ['a figure put "as high as"', 'Local officials put the number of missing as high as 70.', [{ source: 'Local officials', lemma: 'put' }]],
  ['a passive figure with its agent after the figure', 'The toll was put at 33 by the provincial police.', [{ source: 'the provincial police', lemma: 'put' }]],
  ['a passive characterization with its agent', 'The ruling was described by the union as “a betrayal of 9,000 workers”.', [
    { source: 'the union', cue: 'described', type: 'mixed', quote: 'a betrayal of 9,000 workers', content: 'The ruling was described by the union as “a betrayal of 9,000 workers”' },
  ]],
  ['a name in quotes after a word that gives it is no quotation', 'The scheme, known locally as "Homes for All," would add 3,500 flats, according to a council report.', [
    { source: 'a council report', type: 'indirect', quote: null },
  ]],
  ['the last word of a company’s name', 'Brenner Securities said 40 funds had closed.', [{ kind: 'organization', cue: 'said' }]],
  ['the last word of a newspaper’s name', 'The Eastfield Courier reported 14 arrests.', [{ kind: 'media', lemma: 'report' }]],
  ['a description beside a name outweighs a word of the name', 'The Delta Youth Network, a local charity, said 300 children were out of school.', [{ kind: 'organization', cue: 'said' }]],
  ['a body’s noun with a word of the name before it', 'The National Weather Service said 12 inches fell. The weather service said later that 3 more could fall.', [
    { kind: 'government', cue: 'said' },
    { source: 'The weather service', name: 'National Weather Service', kind: 'government', cue: 'said' },
  ]],
  ['a part of an international body', 'The U.N. office in Goma said 40 families had fled.', [{ kind: 'organization', cue: 'said' }]],
  ['bodies of no name in the plural are no one in particular', 'Aid agencies said 9 convoys were turned back.', [{ kind: 'unspecified', cue: 'said' }]],
  ['a participle after an inverted source is no description', '"It rose in minutes," said Delaune, pointing at a flooded truck.', [{ source: 'Delaune', cue: 'said' }]],
  ['figures compiled by an outlet', 'Figures compiled by Reuters put the toll at 31.', [{ name: 'Reuters', kind: 'media', lemma: 'put' }]],
  ['a clause of contrast after a comma opens its own subject', 'The union put the turnout at 4,000, while a police officer at the scene, who declined to be named, said about 1,500 marched.', [
    { source: 'The union', lemma: 'put' },
    { source: 'a police officer at the scene', cue: 'said' },
  ]],
  ['an age in apposition is no subject', 'Outside the court, Ruth Abara, 61, whose nephew was among the accused, said 9 men were freed.', [
    { name: 'Ruth Abara', kind: 'person', cue: 'said' },
  ]],
  ['a title ends a description before a name', "Leeds' MP, Hana Ellis, said 300 jobs were at risk.", [{ name: 'Hana Ellis', kind: 'person', cue: 'said' }]],
  ['a descriptor before a name outweighs its last word', 'Press freedom group Free Herald said 12 journalists were held.', [{ kind: 'organization', cue: 'said' }]],
  ['a body’s noun with a public word before a name', 'State flood agency Aquavia said 30 dams were full.', [{ name: 'Aquavia', kind: 'government', cue: 'said' }]],
  ['an acronym after a noun of an outlet', 'The state news agency KNA said 19 people died.', [{ name: 'KNA', kind: 'media', cue: 'said' }]],
  ['a long preamble before a quote', 'Ortiz told hundreds of farmers at a meeting in the provincial capital, Santa Rosa, on Friday night: “We lost 40 percent of the harvest.”', [
    { source: 'Ortiz', cue: 'told', type: 'direct' },
  ]],
  ['a figure in quotes after "at"', 'The army put the number of civilians killed at "fewer than 10."', [{ source: 'The army', lemma: 'put' }]],
  ['a clause of contrast after a closing quote', 'The mayor called the plan "a good start," while council member Ana Ruiz, a critic, described it as "a 40-page wish list."', [
    { source: 'The mayor', cue: 'called' },
    { source: 'council member Ana Ruiz', cue: 'described' },
  ]],
  ['a cue of telling whose object holds a clause with an infinitive', 'The minister told reporters the driver appeared to have ignored 2 signals.', [
    { source: 'The minister', cue: 'told', content: 'the driver appeared to have ignored 2 signals' },
  ]],
  ['a quoted verb after its subject is what was said', 'A joint statement said both sides "firmly reject" the 40 claims.', [
    { source: 'A joint statement', cue: 'said', type: 'mixed', quote: 'firmly reject' },
  ]],
  ['a compound with a hyphen before a name', 'The state-run Xinhua news agency reported that 12 miners were rescued.', [
    { source: 'The state-run Xinhua news agency', lemma: 'report' },
  ]],
  ['a relative pronoun after an indefinite description in apposition stands for the name', 'The first caller was Tomas Ruiz, a retired surveyor who said 14 houses had flooded.', [
    { source: 'who', name: 'Tomas Ruiz', kind: 'person', cue: 'said' },
  ]],
  ['a surname with a title before it is a name', 'Finance Commissioner Anjali Sen said 30 schools had shut.', [{ name: 'Anjali Sen', kind: 'person', cue: 'said' }]],
  ['a title with "of the" before a name', 'Leader of the Opposition Ravi Menon said 200 families were left out.', [{ name: 'Ravi Menon', kind: 'person', cue: 'said' }]],
  ['a lone capitalised word with a description in apposition is a name', 'Tallis, a retired judge, told reporters that 12 cases were reopened.', [
    { name: 'Tallis', kind: 'person', cue: 'told' },
  ]],
  ['an outlet whose name starts with "The" after a noun of its kind', 'The weekly magazine The Northern Review reported 8 resignations.', [
    { name: 'The Northern Review', kind: 'media', lemma: 'report' },
  ]],
  ['a cue of dismissing with "as"', 'The mayor dismissed the 40 complaints as “noise from rivals”.', [{ source: 'The mayor', cue: 'dismissed', type: 'mixed' }]],
  ['a cue of asking whose object is a quoted clause', 'Strikers shouted “We want 40 jobs back” outside the gates.', [
    { source: 'Strikers', cue: 'shouted', type: 'mixed', quote: 'We want 40 jobs back' },
  ]],
  ['a number that ends a name before a cue', 'A doctor at Regional Hospital No. 4 said 19 children were treated.', [
    { source: 'A doctor at Regional Hospital No. 4', cue: 'said' },
  ]],
  ['a figure cue with an apposition before it', 'A rival lender, Norbank, put the shortfall lower, at 300 million crowns.', [{ lemma: 'put', cue: 'put' }]],
  ['a number ending the subject before a past form', 'The father of four told reporters the river rose in minutes. Two said they lost everything.', [
    { source: 'The father of four', cue: 'told', content: 'the river rose in minutes' },
    { source: 'Two', cue: 'said' },
  ]],
  ['a past form after a number that modifies the noun after it is no cue', 'The petition carried 5,000 signed pledges.', []],
  ['a catenative verb before the cue belongs to it', 'The coach went on to say that 11 players were injured, and the club has continued to insist it did nothing wrong.', [
    { source: 'The coach', cue: 'went on to say', lemma: 'say', content: '11 players were injured' },
    { source: 'the club', cue: 'has continued to insist', lemma: 'insist' },
  ]],
  ['a source whose clause of cause ends in an adjective before the cue', 'A union official who asked not to be identified because the grievance is pending said members were exhausted.', [
    { source: 'A union official who asked not to be identified because the grievance is pending', kind: 'anonymous', cue: 'said', content: 'members were exhausted' },
  ]],
  ['a catenative of a verb and the word after it', 'The judge took pains to say the court was not questioning the law, and the minister was quick to add that no decision had been made.', [
    { source: 'The judge', cue: 'took pains to say', lemma: 'say', content: 'the court was not questioning the law' },
    { source: 'the minister', cue: 'was quick to add', lemma: 'add', content: 'no decision had been made' },
  ]],
  ['a time after the cue is no part of the clause said', 'The group said Wednesday it would spend $3 million, and the council said on Monday it had no plans.', [
    { source: 'The group', cue: 'said', content: 'it would spend $3 million' },
    { source: 'the council', cue: 'said', content: 'it had no plans' },
  ]],
  ['a plural subject before a verb the tagger read as a noun, after "that"', 'The governor said that voters care about grocery prices.', [
    { source: 'The governor', cue: 'said', content: 'voters care about grocery prices' },
  ]],
  ['a source with "one of" in its phrase', 'A senior official at one of the country\'s banks, who asked not to be named, said approvals fell 8 per cent.', [
    { source: 'A senior official at one of the country\'s banks', kind: 'anonymous', cue: 'said' },
  ]],
  ['a name that ends in a word a tagger reads as an adverb', 'Peachtree Forward, a super PAC supporting the senator, reported raising $8 million.', [
    { source: 'Peachtree Forward', kind: 'organization', cue: 'reported' },
  ]],
  ['a catenative "-ing" form after a comma goes on from the clause', 'The senator criticised the budget, going on to argue that 40 hospitals would close.', [
    { source: 'The senator', cue: 'going on to argue', content: '40 hospitals would close' },
  ]],
  ['a form in -s a tagger reads as a noun after a verb is its object', 'A regulator who was not allowed to speak said the board was drafting rules that would cap fees at 2 percent.', [
    { source: 'A regulator who was not allowed to speak', cue: 'said', content: 'the board was drafting rules that would cap fees at 2 percent' },
  ]],
  ['a verb after "and" inside a phrase of "including" set off by commas', 'The insurers said the bill, including repairs to piers and lost fishing income, could pass $40 million.', [
    { source: 'The insurers', cue: 'said', content: 'the bill, including repairs to piers and lost fishing income, could pass $40 million' },
  ]],
  ['a participle set off by commas after the subject says nothing before the cue', 'A hospital director, speaking on condition of anonymity because he feared reprisals, said the wards held 70 patients.', [
    { source: 'A hospital director', cue: 'said', content: 'the wards held 70 patients' },
  ]],
  ['a participle after a clause whose main subject cannot speak', 'The session was suspended after the defence team walked out, saying 12 witnesses had been intimidated.', [
    { source: 'the defence team', cue: 'saying' },
  ]],
  ['a second predicate after a clause of "when" inside an aside', 'The fire service reported six deaths, including two children killed when a roof fell, and said 30 people were missing.', [
    { source: 'The fire service', cue: 'reported' },
    { source: 'The fire service', cue: 'said', content: '30 people were missing' },
  ]],
  ['a verb with an object after a phrase of a preposition, before an inverted source', 'Snowfall in the valley reached 80 centimetres overnight, said forecaster Lina Berg.', [
    { source: 'forecaster Lina Berg', cue: 'said', content: 'Snowfall in the valley reached 80 centimetres overnight' },
  ]],
  ['people who comment, in the plural alone, are no one in particular', 'Critics say the 2 percent levy is too low, and the researchers wrote that 300 homes were lost; two economists said it was fair.', [
    { source: 'Critics', kind: 'unspecified', cue: 'say' },
    { source: 'the researchers', kind: 'unspecified', cue: 'wrote' },
    { source: 'two economists', kind: 'anonymous', cue: 'said' },
  ]],
  ['"lead" names a role before a title', '“The ledgers were altered,” lead auditor Maren Holt said, and lead counsel Ravi Dutt told the court 9 accounts were frozen.', [
    { source: 'lead auditor Maren Holt', kind: 'person', cue: 'said' },
    { source: 'lead counsel Ravi Dutt', kind: 'person', cue: 'told' },
  ]],
  ['a time after "since" inside the object of a figure cue', 'The shelter network estimated the number of arrivals since Sunday at about 8,000.', [
    { source: 'The shelter network', cue: 'estimated', content: 'the number of arrivals since Sunday at about 8,000' },
  ]],
  ['a form in -s after a relative word and its subject, its object gone before it', 'The utility cut off towns over debts that the company estimates at 40 million lari.', [
    { source: 'the company', cue: 'estimates', content: 'at 40 million lari' },
  ]],
  ['a capitalised preposition that opens a name', 'Finance director Per Lindqvist said the group lost 3 percent.', [
    { source: 'Finance director Per Lindqvist', name: 'Per Lindqvist', kind: 'person', cue: 'said' },
  ]],
  ['"which" after an exchange that claims a figure', 'The platform, which once claimed 2 million traders, froze accounts on Friday.', [
    { source: 'which', name: 'platform', kind: 'organization', cue: 'claimed', content: '2 million traders' },
  ]],
  ['a figure put before "according to" is what that source says', 'The region has recorded 31 landslides since May, according to the geological survey.', [
    { source: 'the geological survey', cue: 'according to', content: 'The region has recorded 31 landslides since May' },
  ]],
  ['a past participle after an adverb in "-ly" modifies the noun after it', 'The union says long shifts and badly maintained buses cause 40 percent of crashes.', [
    { source: 'The union', cue: 'says', content: 'long shifts and badly maintained buses cause 40 percent of crashes' },
  ]],
  ['a title before a name outweighs a description of a party member after it', 'Sen. Mara Lindell, the panel\'s top Republican, said the bill would cost $4 billion.', [
    { source: 'Sen. Mara Lindell', name: 'Mara Lindell', kind: 'person', cue: 'said' },
  ]],
  ['a refusal to say is none', 'The ministry declined to say whether 300 troops had been sent.', []],
  ['an aside set off by commas between a cue and its "that"', 'Economists warned, as did the central bank, that 2 percent growth was out of reach.', [
    { source: 'Economists', cue: 'warned', content: '2 percent growth was out of reach' },
  ]],
  ['a subject pronoun after the hearer opens the content', 'Fishermen told Reuters they had seen 30 bodies.', [{ source: 'Fishermen', cue: 'told', content: 'they had seen 30 bodies' }]],
  ['a figure cue in the passive with its agent after a figure with a determiner', "Damage was estimated at a further $12 million by the insurers' association.", [
    { source: "the insurers' association", lemma: 'estimate' },
  ]],
  ['a passive with an adverb before its participle', 'The count was later put at 212 by the electoral board.', [{ source: 'the electoral board', cue: 'put', content: 'The count was later put at 212' }]],
  ['a passive denied', 'The figure of 40 dead could not be confirmed by Reuters.', []],
  ['a citation after a short phrase before the "that"', 'The broadcaster reported on Sunday, citing two ministers, that 9 banks would merge.', [
    { source: 'The broadcaster', cue: 'reported', content: '9 banks would merge' },
  ]],
  ['a present participle inside the subject', 'A lawyer representing 14 of the families said the company knew.', [{ source: 'A lawyer representing 14 of the families', cue: 'said' }]],
  ['a body\'s noun before a name', 'The news agency Lusa reported 6 deaths.', [{ source: 'The news agency Lusa', cue: 'reported' }]],
  ['a relative clause of "whose" in the subject', 'The union, whose members walked out in May, said 3,000 jobs were at risk, accusing the board of lying.', [
    { source: 'The union', cue: 'said' },
    { source: 'The union', cue: 'accusing' },
  ]],
  ['a bare form after a comma with its subject after it', 'Turnout fell below 40 percent, say election monitors.', [{ source: 'election monitors', cue: 'say', content: 'Turnout fell below 40 percent' }]],
  ['condemning … as, ending before a second predicate', 'The foreign ministry condemned the raid as “a grave violation” and said 3 diplomats were expelled.', [
    { source: 'The foreign ministry', cue: 'condemned', type: 'mixed', content: 'the raid as “a grave violation”' },
    { source: 'The foreign ministry', cue: 'said', content: '3 diplomats were expelled' },
  ]],
  ['a quoted word before a noun characterizes nothing', 'The ministry condemned the “cowardly” attack on 12 pilgrims.', []],
  ['a name in quotes after a cue of naming is a nickname', 'Locals call the dam “the Giant” because it holds 9 billion litres.', []],
  ['a headline\'s source after a dash glued to it', 'Central bank to cut rates by 50 basis points -sources', [{ source: 'sources', cue: '-', content: 'Central bank to cut rates by 50 basis points' }]],
  ['a participle after the phrase of a text says how it came out', 'A poll of 1,200 voters released on Monday showed 61% backed the deal.', []],
  ['a noun of a side that is no state\'s before a state body\'s noun', 'The rebel delegation said 12 villages were shelled.', [{ name: 'rebel delegation', kind: 'organization' }]],
  ['a capitalised last word of a body\'s name outweighs its noun\'s kind', 'The Farmland Education Coalition said 12 schools closed.', [{ name: 'Farmland Education Coalition', kind: 'organization' }]],
  ['a party\'s word opening a ministry\'s name', 'The Labour Ministry said 27 miners were trapped.', [{ name: 'Labour Ministry', kind: 'government' }]],
  ['the last word of a name makes it a body\'s', 'Corva Air said 140 passengers were aboard, and Kivu Conflict Monitor said 9 died.', [
    { name: 'Corva Air', kind: 'organization' },
    { name: 'Kivu Conflict Monitor', kind: 'organization' },
  ]],
  ['a country before a body\'s noun before a name makes it a state body', "Kenya's weather agency KMD said 80 mm of rain fell.", [{ name: 'KMD', kind: 'government' }]],
  ['speakers of an absolute phrase of "with"', 'The ferry sank at dawn, with officials confirming 14 bodies recovered and survivors saying dozens more were missing.', [
    { source: 'officials', cue: 'confirming', content: '14 bodies recovered' },
    { source: 'survivors', cue: 'saying', content: 'dozens more were missing' },
  ]],
  ['a past participle with a word for a state after a noun is no cue', 'Crews searched for 30 people reported missing by relatives.', []],
  ['a participle with its agent after a noun that holds no figure is a passive that modifies it', 'The army held 70 percent of the territory, a figure disputed by independent analysts.', []],
  ['a participle after a noun, with a phrase and then the verb of the sentence, is a passive that modifies the noun', 'The cuts announced in March will cost 400 jobs. The figures reported on Monday were higher.', []],
  ['a cue of an act whose object is a figure with an aside after it', 'The airline posted a loss of $90 million, compared with a profit a year earlier.', []],
  ['a "that" after a noun for a proposal is that noun\'s', 'The mayor rejected a recommendation that 12 stations be closed.', []],
  ['bodies in the plural speak', 'Rescue services later put the toll at 31.', [{ source: 'Rescue services', cue: 'put' }]],
  ['a cue of charging after a preposition says what its object did', 'The senator opened the hearing by accusing the agency of hiding 14 reports.', [
    { source: 'The senator', cue: 'accusing', content: 'the agency of hiding 14 reports' },
  ]],
  ['a noun after a cue of charging is no charge of its', 'The mayor criticized the council’s lack of new buses.', []],
  ['a cue read as a noun before its object is the verb of the clause a participle goes on from', 'The union disputes the figure, saying 300 jobs were cut.', [
    { source: 'The union', cue: 'saying', content: '300 jobs were cut' },
  ]],
  ['a relative pronoun after a name, an age and a description stands for the name', 'Next was Ana Ruiz, 61, a nurse from nearby Tulsa, who said 12 beds were empty.', [
    { source: 'who', name: 'Ana Ruiz', kind: 'person', cue: 'said' },
  ]],
  ['a title word after a body\'s noun and its link is a word of the name', 'The Bureau of Justice Statistics said 3 prisons closed.', [{ name: 'Bureau of Justice Statistics' }]],
  ['a participle before the noun of a characterized object', 'The charity described the culling methods as cruel after 9,000 birds died.', [{ cue: 'described', content: 'the culling methods as cruel after 9,000 birds died' }]],
  ['a name in apposition after a description that "according to" opens', "According to the clinic's director, Dr. Amal Haddad, 41 people were treated.", [
    { source: "the clinic's director, Dr. Amal Haddad", name: 'Amal Haddad', kind: 'person', content: '41 people were treated' },
  ]],
  ['a subject with a relative clause and a name in apposition, before a participle', 'The firm that runs the port, Baltic Terminals, denied the report, saying 30 cranes were working.', [
    { source: 'The firm that runs the port, Baltic Terminals', cue: 'saying', content: '30 cranes were working' },
  ]],
  ['a second cue of the same source after "and" ends what the first says', 'The mayor said the city “will rebuild” the 40 homes and described the storm as “a monster.”', [
    { cue: 'said', quote: 'will rebuild', content: 'the city “will rebuild” the 40 homes' },
    { cue: 'described', quote: 'a monster.' },
  ]],
  ['a participle after "as" with no agent is no cue', 'The council passed the budget as written, with 12 votes.', []],
  ['a title speaks when it puts a figure', 'The sheriff put the toll at six but said it could rise.', [{ cue: 'put', content: 'the toll at six' }, { cue: 'said' }]],
  ['a restrictive relative clause in the subject of the clause a participle goes on from', 'The firm that runs the mine denied the report, saying 40 miners were safe.', [
    { source: 'The firm that runs the mine', cue: 'saying', content: '40 miners were safe' },
  ]],
  ['a headline\'s source is named by the article below it', 'Port to close for 3 days -transport minister\n\nThe port will close on Friday, Transport Minister Ana Ruiz said.', [
    { source: 'transport minister', name: 'Ana Ruiz', kind: 'person', cue: '-' },
    { source: 'Transport Minister Ana Ruiz', name: 'Ana Ruiz', kind: 'person', cue: 'said' },
  ]],
  ['an inquiry and the treasury are state bodies', 'The inquiry said 9 officers lied, and the Treasury said 30 tankers were named.', [
    { kind: 'government', cue: 'said' },
    { kind: 'government', cue: 'said' },
  ]],
  ['a participle and the phrase of any preposition after it inside the subject', 'Farmers driving tractors through the capital chanted “No to 40% tariffs!”', [
    { source: 'Farmers driving tractors through the capital', cue: 'chanted', type: 'direct' },
  ]],
  ['a subject that a participle\'s long phrase runs on from', 'Three judges handling lawsuits seeking access to the 2019 census data have said that 9 districts must be redrawn.', [
    { source: 'Three judges handling lawsuits seeking access to the 2019 census data', cue: 'have said', content: '9 districts must be redrawn' },
  ]],
  ['phrases of prepositions joined by "and" inside the subject', 'Economists in Lagos and across the region say inflation will top 30 percent.', [
    { source: 'Economists in Lagos and across the region', cue: 'say' },
  ]],
  ['a cue that opens the sentence, with its source after it', 'Said Okafor: “We lost 12 homes in one night.”', [{ source: 'Okafor', cue: 'Said', type: 'direct', content: '“We lost 12 homes in one night.”' }]],
  ['a cue after "and" in a clause of its own after what the host said takes that clause\'s subject', 'The mayor described the strike as “blackmail” after the union rejected 4 offers and accused the city of lying.', [
    { source: 'The mayor', cue: 'described', content: 'the strike as “blackmail”' },
    { source: 'the union', cue: 'accused' },
  ]],
  ['a count of a party\'s members, with its modifier', 'At least 20 Republicans have told leaders they will oppose the bill.', [
    { source: 'At least 20 Republicans', name: '20 Republicans', kind: 'anonymous', cue: 'have told' },
  ]],
  ['a capital inside a sentence on a word a tagger reads as an adverb is a word of the name', 'Leaders of Forward Montana Action said they would hold 40 town halls.', [
    { source: 'Leaders of Forward Montana Action', cue: 'said' },
  ]],
  ['a share of people is no one in particular', 'Nearly half of voters said the 2 debates changed nothing.', [{ source: 'half of voters', kind: 'unspecified' }]],
  ['a headline\'s source after its cue, past a verb a tagger reads as a noun', 'Death toll from quake rises to 63, says ministry', [{ source: 'ministry', cue: 'says', content: 'Death toll from quake rises to 63' }]],
  ['an acronym that names a body is no relative pronoun', 'The WHO put the fatality rate at 1.5 per cent.', [{ source: 'The WHO', name: 'World Health Organization', cue: 'put' }]],
  ['a cue of naming whose object is "what" before its subject', 'Thousands protested what opposition leaders call a stolen election of 2024.', [{ source: 'opposition leaders', cue: 'call' }]],
  ['a cue of naming whose object is a relative\'s noun before its subject', 'Protesters were met with a response that police called proportionate.', [{ source: 'police', cue: 'called', content: 'proportionate' }]],
  ['a "that" after an aside of "according to" after the hearer', 'The minister told colleagues, according to two aides, that 12 bills would pass.', [
    { source: 'The minister', cue: 'told', content: '12 bills would pass' },
    { source: 'two aides', cue: 'according to' },
  ]],
  ['"what" with a speaker after it is the object of that speaker\'s cue, not of the cue before', 'The group posted what it said were 40 files.', [{ source: 'it', cue: 'said' }]],
  ['a possessor of a common noun before a name opens the source', 'At least 19 people died, the country\'s Civil Defence Directorate said.', [
    { source: "the country's Civil Defence Directorate", name: 'Civil Defence Directorate', kind: 'government' },
  ]],
  ['a phrase of a preposition between the auxiliary and the cue', 'The Front has in the past called the 12 strikes “collective punishment”.', [{ source: 'The Front', lemma: 'call' }]],
  ['a passive whose subject is a claim with its proposition', 'Claims that 40 soldiers had died were denied by the Defence Ministry.', [
    { source: 'the Defence Ministry', lemma: 'deny', content: 'Claims that 40 soldiers had died' },
  ]],
  ['a specialist with a participle phrase of her own after "although"', 'The clinic counted 38 cases, although a pediatrician treating 6 of the children said the true number was 50.', [
    { source: 'a pediatrician treating 6 of the children', cue: 'said', content: 'the true number was 50' },
  ]],
  ['a relative clause of a verb of saying that puts a figure, inside the subject', 'Police, who estimated the crowd at about 4,000, said the march had been calm.', [
    { source: 'who', name: 'Police', cue: 'estimated', content: 'the crowd at about 4,000' },
    { source: 'Police', cue: 'said', content: 'the march had been calm' },
  ]],
  ['a text whose issuer has a phrase of its own', 'A filing by Orvane to the stock exchange put the value of the deal at $3.2 billion.', [
    { source: 'A filing by Orvane to the stock exchange', cue: 'put', content: 'the value of the deal at $3.2 billion' },
  ]],
  ['a figure put "at just" a sum', 'An economist hired by the defence puts the loss at just 2.1 million euros.', [
    { source: 'An economist hired by the defence', cue: 'puts', content: 'the loss at just 2.1 million euros' },
  ]],
  ['an -ing form after the hearer of a quote is the hearer\'s', '"We have nothing to hide," he told reporters waiting outside the court.', [
    { source: 'he', cue: 'told', content: '"We have nothing to hide,"' },
  ]],
  ['a form in -s after a participle phrase with a plural noun', 'A committee representing depositors says the true figure is 9 billion taka.', [
    { source: 'A committee representing depositors', cue: 'says', content: 'the true figure is 9 billion taka' },
  ]],
  ['two nouns after "between" in a phrase of the source', 'A diplomat familiar with the talks between donors and the agency said 12 trucks were held.', [
    { source: 'A diplomat familiar with the talks between donors and the agency', cue: 'said', content: '12 trucks were held' },
  ]],
  ['the object of a naming cue before a possessive subject', 'The trial will run for 18 months, a timeline that the victims\' lawyers called unacceptable.', [
    { source: "the victims' lawyers", cue: 'called', content: 'unacceptable' },
  ]],
  ['a city and a fire brigade put figures; "closer to" a figure is put too', 'The city put the number of vacancies at 87. The fire brigade put the number of missing at 30. Supporters of the plan put enrollment closer to 11,000.', [
    { source: 'The city', cue: 'put', content: 'the number of vacancies at 87' },
    { source: 'The fire brigade', cue: 'put', content: 'the number of missing at 30' },
    { source: 'Supporters of the plan', cue: 'put', content: 'enrollment closer to 11,000' },
  ]],
  ['a reflexive that stresses the subject of the clause a participle hangs on', 'Prewitt himself has avoided the race, telling a radio host that voters care about prices.', [
    { source: 'Prewitt', cue: 'telling', content: 'voters care about prices' },
  ]],
  ['a figure a named person puts inside what another source says is that person\'s', 'The district says the cuts were needed to close a gap that Superintendent Lorraine Ashby has put at $6.5 million.', [
    { source: 'The district', cue: 'says' },
    { source: 'Superintendent Lorraine Ashby', cue: 'has put', content: 'at $6.5 million' },
  ]],
  ['a model is a text that puts a figure, and a time may follow a report before its issuer', 'The institute\'s model puts the loss at 2,600 jobs. A report last year by the Harbour Alliance said the gap was $3 billion.', [
    { source: "The institute's model", cue: 'puts', content: 'the loss at 2,600 jobs' },
    { source: 'A report last year by the Harbour Alliance', cue: 'said' },
  ]],
  ['a document seen by an outlet puts a figure', 'An internal treasury document seen by Reuters put the outflow higher, at 870 million dollars.', [
    { source: 'An internal treasury document seen by Reuters', cue: 'put' },
  ]],
  ['an -ing form after a cue that leads to a verb is the subject of what was said', 'The union said signalling on the line had been failing for months.', [
    { source: 'The union', cue: 'said', content: 'signalling on the line had been failing for months' },
  ]],
  ['a clause after "and" opened by an -ing modifier, and a role tagged as a verb before a name after an opening phrase', 'The port is shut, and shipping agents said fuel was short. Outside the gates, drill operator Moses Banda, 34, said his wage no longer covered rent.', [
    { source: 'shipping agents', cue: 'said', content: 'fuel was short' },
    { source: 'drill operator Moses Banda', cue: 'said', content: 'his wage no longer covered rent' },
  ]],
  ['a past form after a relative word and its subject, before a phrase of change', 'They signed a contract that lawmakers said ballooned from $112 million to $480 million.', [
    { source: 'lawmakers', cue: 'said', content: 'ballooned from $112 million to $480 million' },
  ]],
  ['a preposition between an article and its noun is an adjective', 'A strategist advising one of the outside groups said polling showed the lead shrinking.', [
    { source: 'A strategist advising one of the outside groups', cue: 'said', content: 'polling showed the lead shrinking' },
  ]],
  ['a noun that ends in a particle glued by a hyphen, and a steward who puts a figure as a pronoun\'s', 'Teachers at the sit-in said they would not leave. A club steward put it at about 500.', [
    { source: 'Teachers at the sit-in', cue: 'said', content: 'they would not leave' },
    { source: 'A club steward', cue: 'put', content: 'it at about 500' },
  ]],
  ['a past participle after "those" ends the source\'s phrase', 'Most of those surveyed said they had joined a strike.', [
    { source: 'Most of those surveyed', cue: 'said', content: 'they had joined a strike' },
  ]],
  ['a bare form after a possessive is a noun, the object of a cue of characterising', 'The adviser was jailed, with Judge Ann Prentice describing his conduct as "calculated".', [
    { source: 'Judge Ann Prentice', cue: 'describing', content: 'his conduct as "calculated"' },
  ]],
  ['a form in -s after a noun that opens the text, before a phrase and a past form, is a plural noun', 'Village heads in the area told the Post that 300 families had refused to leave.', [
    { source: 'Village heads in the area', cue: 'told', content: '300 families had refused to leave' },
  ]],
  ['a form in -s before "that" after a name that ends in an adjective', 'The Association of Families of the Detained estimates that 4,000 people are held.', [
    { source: 'The Association of Families of the Detained', cue: 'estimates', content: '4,000 people are held' },
  ]],
  ['a participle set off by commas before the verb of what was said is inside it', 'Diplomats said a second exchange, involving about 250 detainees, could take place in May.', [
    { source: 'Diplomats', cue: 'said', content: 'a second exchange, involving about 250 detainees, could take place in May' },
  ]],
  ['a form in -s after a name in what was said is its verb', 'The ministry says Acme hides profits offshore.', [
    { source: 'The ministry', cue: 'says', content: 'Acme hides profits offshore' },
  ]],
  ['a cue in a relative clause with no relative word, its subject opened by a determiner', 'The board put turnout at 71 percent, a figure the opposition alliance says was inflated by 10 points.', [
    { source: 'The board', cue: 'put', content: 'turnout at 71 percent' },
    { source: 'the opposition alliance', cue: 'says', content: 'was inflated by 10 points' },
  ]],
  ['a verb that makes a source\'s noun of two words with the next is a noun', 'Emissions cut is mostly a steel slump, think tank says', [{ source: 'think tank', cue: 'says' }]],
  ['"observe" says something before "that", a quote or in a parenthesis of "as", not with a plain object', 'The count was observed by party agents. As she observed, 3 men were hurt. He observed that 2 shops burned.', [
    { source: 'she', cue: 'observed', content: '3 men were hurt' },
    { source: 'He', cue: 'observed', content: '2 shops burned' },
  ]],
  ['a plain object with a relative clause whose verb follows a cue of another says nothing', 'The group claimed responsibility for an attack on a radar station that the army said caused "minor damage" and no casualties.', [
    { source: 'the army', cue: 'said' },
  ]],
  ['a participle after a clause that sets another speaker against the first takes that clause\'s subject', 'The agency said seven people had died, but a local official gave a higher toll, telling the broadcaster VTN that 11 bodies had been recovered.', [
    { source: 'The agency', cue: 'said' },
    { source: 'a local official', cue: 'telling', content: '11 bodies had been recovered' },
  ]],
  ['a person\'s name, then "of" and a body\'s noun before its name', 'Private economist Mateo Villaseñor of the consultancy Andes Research estimated that reserves were below $4 billion.', [
    { source: 'Private economist Mateo Villaseñor of the consultancy Andes Research', cue: 'estimated' },
  ]],
  ['"added" with its hearer after "to" and what was said', 'He added to reporters that 3 men died.', [{ source: 'He', cue: 'added', content: '3 men died' }]],
  ['a cue in a relative clause with no relative word, its subject a pronoun', 'The agency counted 9,400 arrivals, a figure it said included returnees.', [
    { source: 'The agency', cue: 'counted', content: '9,400 arrivals' },
    { source: 'it', cue: 'said', content: 'included returnees' },
  ]],
  ['a plural of those who speak before a preposition is no verb in -s', 'Health officials from three provinces, speaking after a meeting, estimated the outbreak\'s cost, lost wages included, at $14 million.', [
    { source: 'Health officials from three provinces', cue: 'estimated' },
  ]],
  ['a bare form after a relative pronoun and its subject, before the verb of the clause', 'The man, who police say fired 12 shots, was arrested.', [{ source: 'police', cue: 'say', content: 'fired 12 shots' }]],
  ['a public word before a body\'s noun and its name', 'The state Division of Securities said about $6.8 million was recovered.', [{ name: 'Division of Securities', kind: 'government' }]],
  ['a public word before the noun of a body the state may run', "Talvaria's national seismological institute said 300 aftershocks were recorded.", [{ kind: 'government' }]],
  ['a body that is no state\'s after its country\'s word', 'The Kenyan Red Cross said 40 people were rescued.', [{ kind: 'organization' }]],
  ['a place a tagger runs on past a person\'s name', 'Priya Natarajan of Hargreave Lane said the 4 percent cut was deep.', [{ name: 'Priya Natarajan', kind: 'person' }]],
  ['a participle a tagger reads as a noun after the name is an aside', 'Ms. Whitcomb, standing a few feet away, said 3 tariffs would stay.', [{ source: 'Ms. Whitcomb', cue: 'said' }]],
  ['a phrasal cue of replying', 'Delgado shot back that 5,300 employees had been fired.', [{ source: 'Delgado', cue: 'shot back', lemma: 'shoot back' }]],
  ['a title of a state\'s officer', 'State Treasurer Howard Quist warned that 2 weeks of shutdown would cost $40 million.', [{ name: 'Howard Quist', kind: 'person' }]],
  ['a relative word before the subject of a bare form is no word of the source', 'The shelter, which officials say was built for 150 people, burned, and a law that critics say will cost 2,000 jobs passed.', [
    { source: 'officials', cue: 'say', content: 'was built for 150 people' },
    { source: 'critics', cue: 'say' },
  ]],
  ['a reflexive pronoun after the source stands apart from it', 'Fenn himself posted on Saturday that the 1,200 count was made up.', [{ source: 'Fenn', cue: 'posted' }]],
  ['a passive characterization past a description of its agent', 'The offer of $40 was described by Ruth Banda, who chairs the association, as “an insult”.', [
    { source: 'Ruth Banda', cue: 'described', type: 'mixed', quote: 'an insult' },
  ]],
  ['a text that is the object of a verb of issuing is named by its issuer', 'The prime minister’s office issued a short statement saying 3 judges had erred.', [
    { source: 'a short statement', name: 'prime minister’s office', kind: 'government', cue: 'saying', content: '3 judges had erred' },
  ]],
  ['a time between a text\'s participle and its issuer', 'A survey released last week by Fairmont College put Marchetti at 47 percent.', [
    { source: 'A survey released last week by Fairmont College', name: 'Fairmont College', cue: 'put' },
  ]],
  ['a compound joined by a hyphen before a name', 'The loss was estimated at $2 billion by the business-backed Merrivale Taxpayers Alliance.', [
    { source: 'the business-backed Merrivale Taxpayers Alliance', name: 'Merrivale Taxpayers Alliance', cue: 'estimated' },
  ]],
  ['a relative word after a figure or a preposition before a subject', 'Coverage fell below the 95% that experts say is needed, after months in which officials had insisted that 80 clinics were open.', [
    { source: 'experts', cue: 'say' },
    { source: 'officials', cue: 'had insisted' },
  ]],
  ['a noun of the table a tagger reads as an adjective before a participle', 'A Republican operative working on the race said the party would spend $15 million.', [
    { source: 'A Republican operative working on the race', kind: 'anonymous', cue: 'said' },
  ]],
  ['a party\'s tag in brackets after a name is a word of the source\'s text, not of its name', 'Rep. Nadia Farrow (D-Mich.) said 12 bills passed, and the National Anticorruption Directorate (DNA) said 3 were blocked.', [
    { source: 'Rep. Nadia Farrow (D-Mich.)', name: 'Nadia Farrow', cue: 'said' },
    { source: 'the National Anticorruption Directorate (DNA)', cue: 'said' },
  ]],
  ['staff speak, as the agent of a passive', 'Ms. Olander was told by committee staff that 3 calendars would be sought.', [
    { source: 'committee staff', kind: 'anonymous', cue: 'told', content: '3 calendars would be sought' },
  ]],
  ['a cue of judging with "as"', 'The governor derided the 3 percent offer as “an insult”, but the union signed it.', [
    { source: 'The governor', cue: 'derided', type: 'mixed', content: 'the 3 percent offer as “an insult”' },
  ]],
  ['a noun a tagger reads for a modifier after a determiner that opens the sentence', 'A Republican super PAC said it would spend $5 million. The nonpartisan Budget Office put the shortfall at $2 billion.', [
    { source: 'A Republican super PAC', cue: 'said' },
    { source: 'The nonpartisan Budget Office', cue: 'put' },
  ]],
  ['a plural possessor with its apostrophe after "according to"', 'Wages fell 4 percent, according to the growers’ economist, Dana Kim.', [
    { source: 'the growers’ economist, Dana Kim', name: 'Dana Kim', cue: 'according to' },
  ]],
  ['a passive of naming with what it names before the agent', 'The ruling was called “a disgrace” by Senator Ada Moss, and the plan was described as reckless by the opposition.', [
    { source: 'Senator Ada Moss', cue: 'called', type: 'mixed', content: 'The ruling was called “a disgrace”' },
    { source: 'the opposition', cue: 'described' },
  ]],
  ['the figure after "at" of a figure cue, past a figure in its object', 'The agency put the population of the two camps at 12,000.', [
    { source: 'The agency', cue: 'put', content: 'the population of the two camps at 12,000' },
  ]],
  ['a cue after "what" and its subject', 'It is the first of what the company says will be 40 new stores.', [
    { source: 'the company', cue: 'says', content: 'will be 40 new stores' },
  ]],
  ['a clause that opens with a count after a phrase of time or of a text', 'The ministry said on Tuesday 12 people died, and the army said in a statement 30 soldiers were hurt.', [
    { source: 'The ministry', cue: 'said' },
    { source: 'the army', cue: 'said' },
  ]],
  ['a name and its description after a clause whose noun could be a text', 'The toll stood at 40, Ali Noor, the ministry\'s spokesman, told reporters.', [
    { source: 'Ali Noor', cue: 'told', content: 'The toll stood at 40' },
  ]],
  ['an -ing form after a verb that leads into it', 'He keeps saying 3 votes were lost, and she kept insisting that the count was fair.', [
    { source: 'He', cue: 'keeps saying', content: '3 votes were lost' },
    { source: 'she', cue: 'kept insisting', content: 'the count was fair' },
  ]],
  ['a figure of an event with no verb, as a headline writes it', 'At least 40 dead as boat capsizes, says UN agency', [
    { source: 'UN agency', cue: 'says', content: 'At least 40 dead as boat capsizes' },
  ]],
  ['a past form a tagger reads as a noun between a plural subject and its object', 'Witnesses said officers chased 20 students into the grounds of the university.', [
    { source: 'Witnesses', cue: 'said', content: 'officers chased 20 students into the grounds of the university' },
  ]],
  ['a verb a tagger reads as a noun after a relative word and the source', 'Members fought over a rule that critics say shields 300 officers from scrutiny.', [
    { source: 'critics', cue: 'say', content: 'shields 300 officers from scrutiny' },
  ]],
  ['a bare form before "as" is the noun of what is characterized', 'Council member Dana Osei (Ward 3) described the 18-month purge as “a clean slate”.', [
    { source: 'Council member Dana Osei (Ward 3)', cue: 'described', type: 'mixed' },
  ]],
  ['a name with a phrase of "of" after a description', 'The union’s president, Sgt. Mike Dolan of the Police Benevolent Association, said the cost would be $48 million.', [
    { source: 'The union’s president, Sgt. Mike Dolan of the Police Benevolent Association', name: 'Mike Dolan', cue: 'said' },
  ]],
  ['a cue of charging with its clause', 'The indictment charges that the mayor took $40,000 in bribes.', [
    { source: 'The indictment', cue: 'charges', content: 'the mayor took $40,000 in bribes' },
  ]],
  ['a relative pronoun\'s cue with a clause of its own inside a description set off by commas', 'The Harvest Alliance, which says it speaks for 40,000 growers, said the ban would cut yields.', [
    { source: 'which', cue: 'says', content: 'it speaks for 40,000 growers' },
    { source: 'The Harvest Alliance', cue: 'said' },
  ]],
  ['a noun of the table a tagger reads as an adjective before a phrase of "of"', 'The mayor\'s chief of staff said 40 officers would retire.', [
    { source: 'The mayor\'s chief of staff', kind: 'anonymous', cue: 'said' },
  ]],
  ['a text with a time before its participle', 'The ministry issued a statement on Monday saying 14 people had died.', [
    { source: 'a statement', name: 'ministry', cue: 'saying', content: '14 people had died' },
  ]],
  ['a noun a tagger reads as a verb after a possessive', 'The union\'s lead negotiator, Rosa Delgado, argued that wages had fallen 9 percent.', [
    { source: 'The union\'s lead negotiator, Rosa Delgado', name: 'Rosa Delgado', kind: 'person', cue: 'argued' },
  ]],
  ['a web address is one name', 'News portal Detik.com, citing police sources, reported that 30 people were arrested.', [
    { source: 'News portal Detik.com', name: 'Detik.com', kind: 'media', cue: 'reported' },
  ]],
  ['a bare form that is a past tense too, after a singular subject', 'The weather bureau forecast 120 millimetres of rain for the coast.', [
    { source: 'The weather bureau', cue: 'forecast', lemma: 'forecast' },
  ]],
  ['a text with its issuer before a time with a word of time', 'A report released by the audit office early on Friday said 2,400 contracts were never tendered.', [
    { source: 'A report released by the audit office', name: 'audit office', cue: 'said' },
  ]],
  ['a title of several words with a clause after the name', 'Secretary of Defense Alan Ferrow, who took office in May, said 300 officers would be hired.', [
    { source: 'Secretary of Defense Alan Ferrow', name: 'Alan Ferrow', kind: 'person', cue: 'said' },
  ]],
  ['what belongs to a title with "of" is the source', 'The attorney general\'s office said 14 companies had settled.', [
    { source: 'The attorney general\'s office', kind: 'government', cue: 'said' },
  ]],
  ['a name that ends in a number', 'Regional broadcaster TV 5 reported that the bridge had collapsed.', [
    { source: 'Regional broadcaster TV 5', name: 'TV 5', kind: 'media', cue: 'reported' },
  ]],
  ['a county speaks for its government', 'The county said 2,100 homes had lost power.', [
    { source: 'The county', kind: 'government', cue: 'said' },
  ]],
  ['a body with its acronym in brackets before a time', 'The National Grain Board (NGB) on Monday reported 1.2 million tonnes of losses.', [
    { source: 'The National Grain Board (NGB)', name: 'National Grain Board', cue: 'reported' },
  ]],
  ['a union local: a name with a number before a phrase of "of"', 'Local 88 of the Transit Workers Union said 600 drivers would strike.', [
    { source: 'Local 88 of the Transit Workers Union', name: 'Local 88', kind: 'organization', cue: 'said' },
  ]],
  ['a quote split around its cue and a phrase of the cue\'s', '“The dam held,” the engineer said in a radio interview, “but the spillway did not.”', [
    { source: 'the engineer', cue: 'said', type: 'direct', quote: 'The dam held, but the spillway did not.' },
  ]],
  ['a quote split around its cue, the source\'s description and the cue\'s hearer', '“The levee held,” Mara Quell, head of the flood service, told reporters at the dam, “but the pumps failed.”', [
    { source: 'Mara Quell', cue: 'told', type: 'direct', quote: 'The levee held, but the pumps failed.' },
  ]],
  ['a hearer with a phrase of a preposition before "that"', 'The minister told lawmakers in the capital that 300 schools would close.', [
    { source: 'The minister', cue: 'told', content: '300 schools would close' },
  ]],
  ['a text that speaks, read as an adjective after a possessor', 'The city\'s brief said the ordinance had cut evictions by 14 percent.', [
    { source: 'The city\'s brief', cue: 'said' },
  ]],
  ['a noun after a possessive that a tagger reads as a verb, ending the phrase', 'A person familiar with the mayor\'s thinking said 12 officials would resign.', [
    { source: 'A person familiar with the mayor\'s thinking', kind: 'anonymous', cue: 'said' },
  ]],
  ['a participle after an article is a modifier', 'A divided appeals court upheld the law, ruling that the state had shown a need for it.', [
    { source: 'A divided appeals court', kind: 'government', cue: 'ruling' },
  ]],
  ['a second predicate after a clause of comparison keeps the first subject', 'The bank reported a loss of $2 billion, far worse than analysts had expected, and said it would cut 900 jobs.', [
    { source: 'The bank', cue: 'reported' },
    { source: 'The bank', cue: 'said' },
  ]],
  ['a participle after its noun in a phrase of a preposition is no verb of a clause before the cue', 'The prison service, in figures released to the Ledger, reported 14 deaths in custody.', [
    { source: 'The prison service', cue: 'reported' },
  ]],
  ['a company\'s name is no surname of its chief executive', 'Dalvik chief executive Ana Roos said sales fell 12 percent. Dalvik said 300 jobs would go.', [
    { source: 'Dalvik chief executive Ana Roos', name: 'Ana Roos', cue: 'said' },
    { source: 'Dalvik', kind: 'organization', cue: 'said' },
  ]],
  ['a description with "a" after a name\'s phrase is no name', 'An aide to Gov. Ruth Alder, a Democrat, said the veto was certain.', [
    { source: 'An aide to Gov. Ruth Alder', kind: 'anonymous', cue: 'said' },
  ]],
  ['the last word of a news outlet\'s name', 'The Carrow Valley Press reported that 40 homes were flooded.', [
    { source: 'The Carrow Valley Press', kind: 'media', cue: 'reported' },
  ]],
  ['a quote split around a source with a description before its name', '“The shaft is stable,” the company\'s safety director, Ivo Marek, told reporters, “but we are not taking chances.”', [
    { source: 'the company\'s safety director, Ivo Marek', cue: 'told', type: 'direct', quote: 'The shaft is stable, but we are not taking chances.' },
  ]],
  ['an -ing noun after a modifier, which a tagger reads as a verb', 'An analyst familiar with the party\'s internal polling said the gap was 6 points.', [
    { source: 'An analyst familiar with the party\'s internal polling', cue: 'said' },
  ]],
  ['a plural of a title speaks', 'The commissioners have put the shortfall at $1.1 million.', [
    { source: 'The commissioners', cue: 'have put' },
  ]],
  ['a headline joins its predicates with a comma', 'Union rejects offer, says members will strike', [
    { source: 'Union', cue: 'says', content: 'members will strike' },
  ]],
  ['a headline drops its verb "be"', 'Storm floods coastal towns; governor says damage far worse than feared', [
    { source: 'governor', cue: 'says', content: 'damage far worse than feared' },
  ]],
  ['"that" between a noun that can speak and a cue is a relative pronoun', 'Senators cited an audit that put the cost of the program at $3.1 billion.', [
    { source: 'that', cue: 'put' },
  ]],
  ['a participle after a relative clause with no relative word takes that clause\'s subject', 'The union said 5,000 members marched, an estimate the police disputed, putting the crowd at 1,800.', [
    { source: 'The union', cue: 'said' },
    { source: 'the police', cue: 'putting' },
  ]],
  ['guillemets, inverted and split', '« The cull came too late, » said Odile Marchal. « Every affected farm will be paid, » the minister said, « within four weeks. »', [
    { source: 'Odile Marchal', cue: 'said', type: 'direct', quote: 'The cull came too late,' },
    { source: 'the minister', cue: 'said', type: 'direct' },
  ]],
  ['a characterization in guillemets', 'The farmers’ union called the package «a drop in the ocean».', [
    { source: 'The farmers’ union', cue: 'called', type: 'mixed', quote: 'a drop in the ocean' },
  ]],
  ['a bare form after an article, which a tagger reads as a verb', 'Observers at the canvass on Friday said 40 ballots were missing.', [
    { source: 'Observers at the canvass', cue: 'said' },
  ]],
  ['a nickname in quotes inside a name, and a description whose comma sits inside a quote', 'Sen. Thomas “Tip” Carrow, a founder of the “Prairie Caucus,” wrote that the bill would fail.', [
    { source: 'Sen. Thomas “Tip” Carrow', kind: 'person', cue: 'wrote' },
  ]],
  ['a second predicate past a phrase of a preposition or a time', 'The ministry summoned the envoy and, in a statement, denied that troops had crossed, and the army on Friday withdrew and on Saturday said 3 soldiers were missing.', [
    { source: 'The ministry', cue: 'denied' },
    { source: 'the army', cue: 'said' },
  ]],
  ['"who" after a noun a tagger reads as a modifier', 'The crowd included a cleaner who said she had worked for 43 years.', [
    { source: 'who', name: 'cleaner', cue: 'said' },
  ]],
  ['a relative "which" and its verb in -s, read as a determiner and a noun', 'Brightwave, which claims about 2 million subscribers, was fined, and the union, which reports 9,000 members, objected.', [
    { source: 'which', name: 'Brightwave', cue: 'claims' },
    { source: 'which', name: 'union', cue: 'reports' },
  ]],
  ['a relative "that" and its bare verb, read as a determiner and a noun, after a subject\'s plural noun only', 'Aid groups that work in the camps said 300 people were missing. The mayor argued in a letter to donors that support for the shelter had fallen by half.', [
    { source: 'Aid groups that work in the camps', cue: 'said', content: '300 people were missing' },
    { source: 'The mayor', cue: 'argued', content: 'support for the shelter had fallen by half' },
  ]],
  ['a text that a participle of saying follows, past its phrase of a preposition, says it for its issuer; the act of writing says nothing', 'The mayor sent a letter to residents saying the tap water was safe. The campaign posted a series of messages on Sunday claiming that donations had doubled. Police said officers responding to the call had found 3 bodies.', [
    { source: 'a letter', name: 'mayor', cue: 'saying', content: 'the tap water was safe' },
    { source: 'messages', name: 'campaign', cue: 'claiming', content: 'donations had doubled' },
    { source: 'Police', cue: 'said', content: 'officers responding to the call had found 3 bodies' },
  ]],
  ['a clause after "that" goes on past a participle set off by commas after its figure', 'The minister said 300 firefighters were deployed. He added that two tankers, leased from a Canadian operator, would arrive on Friday.', [
    { source: 'The minister', cue: 'said' },
    { source: 'He', name: 'minister', cue: 'added', content: 'two tankers, leased from a Canadian operator, would arrive on Friday' },
  ]],
  ['what is said ends at a later participle of saying, past a cue inside a noun phrase; a present participle after a noun modifies it', 'The senator said she had asked the agency to review the permits, adding that 40 homes were at risk. A labour court rejected the request for an injunction ordering dockers back to their posts, ruling that the strike was lawful.', [
    { source: 'The senator', cue: 'said', content: 'she had asked the agency to review the permits' },
    { source: 'The senator', cue: 'adding', content: '40 homes were at risk' },
    { source: 'A labour court', cue: 'ruling', content: 'the strike was lawful' },
  ]],
  ['a cue of judging with a quote after "as", whatever the quote\'s words', 'The union dismissed the offer as “a pay cut dressed up as a pay rise.” The rebels claimed the attack in a statement circulated online, saying 12 soldiers were killed.', [
    { source: 'The union', cue: 'dismissed', type: 'mixed', quote: 'a pay cut dressed up as a pay rise.' },
    { source: 'The rebels', cue: 'saying', content: '12 soldiers were killed' },
  ]],
  ['a subject with a participle, a gerund after its preposition and four phrases of a preposition', 'A former police chief accused of ordering the killings told a court on Tuesday that he was innocent. Two survivors interviewed by reporters at a clinic in the nearby town of Beni said the gunmen wore uniforms.', [
    { source: 'A former police chief accused of ordering the killings', name: 'former police chief', kind: 'anonymous', cue: 'told' },
    { source: 'Two survivors interviewed by reporters at a clinic in the nearby town of Beni', name: 'Two survivors', cue: 'said' },
  ]],
  ['a form in -s after a bare noun that is the object of a verb is a noun, not a cue', 'Police denied union claims that officers had fired tear gas, and a committee representing tenants says 40 flats are empty.', [
    { source: 'Police', cue: 'denied', content: 'officers had fired tear gas' },
    { source: 'a committee representing tenants', cue: 'says', content: '40 flats are empty' },
  ]],
  ['a cue after "and" past a clause of "as" takes the main subject, not the phrase the "as" clause opens with; "valued … at" puts a figure', 'Velmar reported a 23% fall in profit, missing estimates as customers in China and South Korea postponed orders, and warned that the slowdown could last. An analyst valued the unit at 700 million euros.', [
    { source: 'Velmar', cue: 'reported' },
    { source: 'Velmar', cue: 'warned', content: 'the slowdown could last' },
    { source: 'An analyst', cue: 'valued', lemma: 'value', content: 'the unit at 700 million euros' },
  ]],
  ['a participle after a clause whose subject has a past participle set off by commas takes that subject, not the participle\'s agent', 'The observer mission, led by Kgosi Molefe, was more positive, describing the vote as orderly. Its president, Rui Valente, called on both sides to talk, saying 40 schools were shut.', [
    { source: 'The observer mission', cue: 'describing' },
    { source: 'Its president, Rui Valente', name: 'Rui Valente', cue: 'saying', content: '40 schools were shut' },
  ]],
  ['a subject whose clause ends with an adjective', 'An aide who spoke on condition of anonymity because the case is pending told reporters the deal was close.', [
    { source: 'An aide who spoke on condition of anonymity because the case is pending', cue: 'told' },
  ]],
  ['an act foretold before the cue of another source', 'He would announce the new figures “in due course”, he added.', [
    { source: 'he', cue: 'added', type: 'mixed' },
  ]],
  ['a body\'s acronym in brackets before a title, and an honorific', 'Nurses Union of Kaduna (NUK) branch secretary Alhaji Musa Bello told reporters that 2,300 nurses had gone unpaid.', [
    { source: 'Nurses Union of Kaduna (NUK) branch secretary Alhaji Musa Bello', name: 'Musa Bello', kind: 'person', cue: 'told' },
  ]],
  ['a past form a tagger reads as an adjective, and "aboard"', 'The minister informed the Assembly that the drug was available, and witnesses aboard a ferry opined that it was not.', [
    { source: 'The minister', cue: 'informed' },
    { source: 'witnesses aboard a ferry', cue: 'opined' },
  ]],
  ['a second predicate whose object holds "than" in a figure', 'Ama Boateng estimated her losses at GH¢18,000 and said goods worth more than GH¢4 million had burned.', [
    { source: 'Ama Boateng', cue: 'estimated' },
    { source: 'Ama Boateng', cue: 'said' },
  ]],
  ['a figure that a clause after it puts, with or without "that"', 'The toll is far above the 300 deaths that the government acknowledged at the time, and reserves fell below the $19.8 billion the central bank reported in March.', [
    { source: 'the government', cue: 'acknowledged', content: '300 deaths' },
    { source: 'the central bank', cue: 'reported', content: '$19.8 billion' },
  ]],
  ['a past form a tagger reads as an adjective after a relative clause', 'A nurse who asked not to be identified said dozens of patients waited overnight.', [
    { source: 'A nurse who asked not to be identified', cue: 'said' },
  ]],
  ['a figure in apposition inside a content clause', 'The analyst wrote that the margin, roughly 310,000 votes, was too wide.', [
    { source: 'The analyst', cue: 'wrote' },
  ]],
  ['a subject with a participle set off by commas', 'The treasury said the surcharge, known locally as the bridge tax, was never meant to last.', [
    { source: 'The treasury', cue: 'said', content: 'the surcharge, known locally as the bridge tax, was never meant to last' },
  ]],
  ['a text\'s own past tense after a quote, and a name that ends in a number putting a figure', '"The count is a fiction," the paper wrote in its editorial. Private broadcaster Kanal 9 put the savings at 6.8 billion marks.', [
    { source: 'the paper', kind: 'media', cue: 'wrote', type: 'direct' },
    { source: 'Private broadcaster Kanal 9', name: 'Kanal 9', kind: 'media', cue: 'put' },
  ]],
  ['a subject with a compound of a hyphen before its name, and a participle of the clause it opens', 'The government-owned Salvera Courier devoted its editorial to the rescue, describing the work as "swift and exemplary". The left-wing daily Novi Glas wrote that dockers earn less. The centre-left Ostmarer Tagblatt said 40 died.', [
    { source: 'The government-owned Salvera Courier', name: 'Salvera Courier', kind: 'media', cue: 'describing', type: 'mixed' },
    { source: 'The left-wing daily Novi Glas', name: 'Novi Glas', kind: 'media', cue: 'wrote' },
    { source: 'The centre-left Ostmarer Tagblatt', name: 'Ostmarer Tagblatt', kind: 'media', cue: 'said' },
  ]],
  ['a quote before a name with a description set off by commas: the quote\'s words are no subject', '"Our crew acted with restraint," Soren Halt, commander of the eastern fleet, told a news conference.', [
    { source: 'Soren Halt', kind: 'person', cue: 'told', type: 'direct', quote: 'Our crew acted with restraint,' },
  ]],
  ['a number inside a name, a plural possessor before the head, a prefecture', 'The Tarrow 7 Families Group, which speaks for the bereaved, said the report was late. The miners\' association puts the median at 14 months. Broadcaster Channel 9 Ostvale put the crowd at 8,000. The police prefecture put the number of marchers at 21,000.', [
    { source: 'The Tarrow 7 Families Group', name: 'Tarrow 7 Families Group', kind: 'organization', cue: 'said' },
    { source: 'The miners\' association', kind: 'organization', cue: 'puts' },
    { source: 'Broadcaster Channel 9 Ostvale', name: 'Channel 9 Ostvale', kind: 'media', cue: 'put' },
    { source: 'The police prefecture', kind: 'government', cue: 'put' },
  ]],
  ['"according to" before a clause, then another source\'s clause after a comma and a conjunction', 'According to Tallis County Council, the closure will cost £11 million a year, and the council\'s development officer, Priya Marsh, warned that 300 more jobs could go.', [
    { source: 'Tallis County Council', cue: 'According to', content: 'the closure will cost £11 million a year' },
    { source: 'the council\'s development officer, Priya Marsh', name: 'Priya Marsh', kind: 'person', cue: 'warned' },
  ]],
  ['an adverb inside a subject\'s phrase, a citizens\' initiative, a log that puts a figure', 'Doctors at Korvel\'s only functioning hospital said they had treated 120 wounded. The Zdrav Grad initiative claimed a turnout of 15,000. The ship\'s log puts the time at 26 hours.', [
    { source: 'Doctors at Korvel\'s only functioning hospital', kind: 'anonymous', cue: 'said' },
    { source: 'The Zdrav Grad initiative', kind: 'organization', cue: 'claimed' },
    { source: 'The ship\'s log', cue: 'puts' },
  ]],
  ['a comparative figure opens a clause whose verb a tagger read as a modifier; an acronym read as a pronoun; a citation before its subject\'s verb', 'The board\'s director-general, Grace Mbugua, said more than a third of the deaths involved buses. A council IT manager said that figure counted only public services. State television, citing security sources, named him as Ahmed Salih, 44, and said he had been wanted.', [
    { source: 'The board\'s director-general, Grace Mbugua', name: 'Grace Mbugua', cue: 'said', content: 'more than a third of the deaths involved buses' },
    { source: 'A council IT manager', kind: 'anonymous', cue: 'said' },
    { source: 'State television', kind: 'media', cue: 'said' },
  ]],
  ['a cue\'s bare form a tagger read as a noun before the nouns of the subject, and a call sign of digits and capitals', 'A wildfire has destroyed 30 homes, state fire officials said on Monday. Local radio station 3WR reported that 12 residents had refused to leave.', [
    { source: 'state fire officials', kind: 'anonymous', cue: 'said' },
    { source: 'Local radio station 3WR', name: '3WR', kind: 'media', cue: 'reported' },
  ]],
  ['a cue in a relative clause inside the subject of another says nothing past that subject', 'A security consultant who advises several shipping companies said guards were aboard 35 percent of vessels. Police, who estimated the crowd at 3,000, said the march was calm.', [
    { source: 'A security consultant who advises several shipping companies', cue: 'said' },
    { source: 'who', name: 'Police', cue: 'estimated', content: 'the crowd at 3,000' },
    { source: 'Police', cue: 'said' },
  ]],
  ['a count of things after a cue\'s form is its object, not a source after it', 'The indictment alleges that Vantreece, 58, wrote more than 200 checks from a little-used road fund to three shell companies.', [
    { source: 'The indictment', cue: 'alleges' },
  ]],
  ['a bare form that opens a clause before a plural noun and a past form modifies the noun', 'Ships were stranded at Brevik, where port officials warned that space would run out, and test results showed traces of acid.', [
    { source: 'port officials', kind: 'anonymous', cue: 'warned' },
  ]],
  ['a demonstrative "that" inside a relative clause of the subject', 'A controller who was on duty that night said the supervisor had been handling two jobs.', [
    { source: 'A controller who was on duty that night', name: 'controller', kind: 'anonymous', cue: 'said' },
  ]],
  ['a participle with its agent after a noun of anyone is a modifier of the subject', 'Insurers quoted by the business daily Finansposten put the total at about 70 million crowns.', [
    { source: 'Insurers quoted by the business daily Finansposten', cue: 'put', content: 'the total at about 70 million crowns' },
  ]],
  ['a passive figure cue whose agent follows the figure and its counted noun', 'Damage to the depot was estimated at 45 million crowns by the regional government.', [
    { source: 'the regional government', kind: 'government', cue: 'estimated' },
  ]],
  ['"according to" a name and a clause of its own with no comma between', 'Critics said the discount had not risen, and according to Hearthline its real value has fallen by a fifth.', [
    { source: 'Critics', cue: 'said' },
    { source: 'Hearthline', cue: 'according to', content: 'its real value has fallen by a fifth' },
  ]],
  ['an -ing form that opens a clause before a noun, its phrase and a verb, modifies the noun', 'Rents rose again. Letting agents in the town reported rises of 9 per cent.', [
    { source: 'Letting agents in the town', cue: 'reported' },
  ]],
  ['a form in -s a tagger reads as a noun, after a body and before a clause', 'The council estimates the closures will save £3.2 million a year.', [
    { source: 'The council', cue: 'estimates', content: 'the closures will save £3.2 million a year' },
  ]],
  ['a phrase of "into" belongs to the source', 'A government inquiry into the fire at the Sunrise Apparel factory said most of the workers had been trapped.', [
    { source: 'A government inquiry into the fire at the Sunrise Apparel factory', kind: 'government', cue: 'said' },
  ]],
  ['a quantifier after a possessor, a number or an article is a modifier of the source', 'Officials at Ondara\'s other forest projects said their methods differed. The two other officials said nothing had changed.', [
    { source: 'Officials at Ondara\'s other forest projects', kind: 'anonymous', cue: 'said' },
    { source: 'The two other officials', kind: 'anonymous', cue: 'said' },
  ]],
  ['a name after "of the" and a noun for what it names', 'Skipper Gunnar Eiðsson of the purse seiner Hafdís said about 200 people depended on the catch.', [
    { source: 'Skipper Gunnar Eiðsson of the purse seiner Hafdís', name: 'Gunnar Eiðsson', kind: 'person', cue: 'said' },
  ]],
  ['an application speaks for its possessor', 'Tunturi Metals\' permit application put the figure at 3,000.', [
    { source: 'Tunturi Metals\' permit application', name: 'Tunturi Metals', cue: 'put' },
  ]],
  ['a clause of time between the cue and its "that"', 'Els Verbruggen told reporters as she arrived at the meeting that she understood the farmers\' anger.', [
    { source: 'Els Verbruggen', cue: 'told', content: 'she understood the farmers\' anger' },
  ]],
  ['a cue with a time between its auxiliary and itself, and a figure cue before "according to"', 'The fire brigade had on Monday put the death toll at six. The court put the number of ballots at 1,912, according to police records.', [
    { source: 'The fire brigade', cue: 'had on Monday put', lemma: 'put' },
    { source: 'The court', cue: 'put' },
    { source: 'police records', cue: 'according to' },
  ]],
  ['a count alone before a past form and its singular object, in a headline', 'Kedaran police say 18,000 joined reform rally; organisers claim 200,000', [
    { source: 'Kedaran police', cue: 'say', content: '18,000 joined reform rally' },
    { source: 'organisers', cue: 'claim' },
  ]],
  ['a verb a tagger reads as a noun after the subject that opens a content', 'Officials in Mirren Falls say the dispute matters because forest figures feed the credits. The People\'s Party says its internal figures show a much tighter race.', [
    { source: 'Officials in Mirren Falls', cue: 'say', content: 'the dispute matters because forest figures feed the credits' },
    { source: 'The People\'s Party', cue: 'says', content: 'its internal figures show a much tighter race' },
  ]],
  ['a capitalised adverb between an article and a noun is a name', 'A Forward strategist, who asked not to be identified, said the polling had it at 16 percent.', [
    { source: 'A Forward strategist', kind: 'anonymous', cue: 'said' },
  ]],
  ['a clause of "as" whose subject speaks is no phrase of a text', 'Heatwave death toll disputed as hospitals say ministry is undercounting\n\nThe heat went on.', [
    { source: 'hospitals', cue: 'say' },
  ]],
  ['a commercial from a body speaks for it, and an acronym of the table heads its phrase', 'A commercial from a pro-Ruiz super PAC says Calloway voted to cut school funding.', [
    { source: 'A commercial from a pro-Ruiz super PAC', cue: 'says' },
  ]],
  ['a group that gives itself a name, in quotes or not, is named by it, and a participle of issuing after a text modifies it', 'A ransomware group calling itself “BlackHarrow” said the data was stolen. A group calling itself Saraya Awliya al-Difa claimed responsibility in a statement posted on Telegram, saying the strike was a response.', [
    { source: 'A ransomware group calling itself “BlackHarrow”', name: 'BlackHarrow', kind: 'organization', cue: 'said' },
    { source: 'A group calling itself Saraya Awliya al-Difa', name: 'Saraya Awliya al-Difa', cue: 'saying' },
  ]],
  ['a relative clause set off by commas inside the content is no end of it, and a participle before a noun modifies it', 'The agency said the pilot, who was flying alone when the engine failed, was unhurt. The governor described the fire in a televised address as “a catastrophe.”', [
    { source: 'The agency', cue: 'said', content: 'the pilot, who was flying alone when the engine failed, was unhurt' },
    { source: 'The governor', cue: 'described', type: 'mixed', quote: 'a catastrophe.' },
  ]],
  ['a text of "according to" is the source as written, but where its article was dropped', 'Exports fell 4 percent, according to figures from the customs office. Two depots burned, according to statement from Southern Command.', [
    { source: 'figures from the customs office', name: 'customs office', cue: 'according to' },
    { source: 'Southern Command', cue: 'according to' },
  ]],
  ['an infinitive after the object\'s noun is the object\'s, before "as" or a quote', 'The nurses\' union described the plan to shut the night clinic as reckless. Councillor Ama Boateng called the vote to sell the depot “a scandal.”', [
    { source: 'The nurses\' union', cue: 'described', content: 'the plan to shut the night clinic as reckless' },
    { source: 'Councillor Ama Boateng', cue: 'called', type: 'mixed', quote: 'a scandal.' },
  ]],
  ['an adverb in no -ly between a preposition and a noun modifies the noun, and holders of debt speak', 'An ad hoc committee of offshore bondholders put its total liabilities at nearly 180 billion yuan.', [
    { source: 'An ad hoc committee of offshore bondholders', kind: 'organization', cue: 'put' },
  ]],
  ['a participle after a noun, past phrases and an adverb before the verb, modifies the noun', 'The union disputes the figures, saying that grain declared for transit often ends up on the market.', [
    { source: 'The union', cue: 'saying', content: 'grain declared for transit often ends up on the market' },
  ]],
  ['a body\'s name in Swahili holds its links', 'The weekly Sauti ya Pwani said 14 fishing boats were lost.', [
    { source: 'The weekly Sauti ya Pwani', cue: 'said', content: '14 fishing boats were lost' },
  ]],
  ['a bare plural of people who speak after a noun is the subject of a reduced relative clause', 'Vaccination stalled at 70 percent, well short of the 90 percent doctors say is needed.', [
    { source: 'doctors', cue: 'say', content: 'is needed' },
  ]],
  ['"which" after a name and its acronym in brackets stands for the name', 'The Federation of Bus Operators (FBO), which says it runs 4,000 buses, is against the plan.', [
    { source: 'which', name: 'Federation of Bus Operators', kind: 'organization', cue: 'says', content: 'it runs 4,000 buses' },
  ]],
  ['a partitive of a pronoun after an inverted cue', '“The water rose in minutes,” said one of them.', [
    { source: 'one of them', cue: 'said', type: 'direct' },
  ]],
  ['a past participle with its particle and agent after the subject\'s noun', 'A review panel set up by the port authority reported that 12 cranes were unsafe.', [
    { source: 'A review panel set up by the port authority', cue: 'reported', content: '12 cranes were unsafe' },
  ]],
  ['a passive of telling whose agent is a word for workmates', 'The nurses were told by colleagues that the ward would close within weeks.', [
    { source: 'colleagues', kind: 'anonymous', cue: 'told', content: 'the ward would close within weeks' },
  ]],
  ['a claim whose infinitive says what is so of its source', 'The Liberation Front claims to control 40 percent of the northern province.', [
    { source: 'The Liberation Front', cue: 'claims', lemma: 'claim', content: 'to control 40 percent of the northern province' },
  ]],
  ['with a quote before the source, an infinitive in a relative clause after the hearer asks nothing', '“The line will close,” the steward told reporters at a depot the firm plans to sell.', [
    { source: 'the steward', cue: 'told', type: 'direct', quote: 'The line will close,' },
  ]],
  ['a denial of an -ing form with an object, which a tagger reads as a noun', 'The navy denied opening fire on the boat.', [
    { source: 'The navy', cue: 'denied', lemma: 'deny', content: 'opening fire on the boat' },
  ]],
  ['a body\'s last word outweighs a description by a role that people fill too', 'Kestrel Port Agency, the harbour\'s largest shipping agent, estimated that 60 ships were waiting.', [
    { source: 'Kestrel Port Agency', kind: 'government', cue: 'estimated' },
  ]],
  ['an outlet whose name ends with a day\'s word', 'Local news site Varna Today reported that 14 people were hurt.', [
    { source: 'Local news site Varna Today', name: 'Varna Today', kind: 'media', cue: 'reported' },
  ]],
  ['a firm whose names an ampersand joins, opening the sentence before a role and a name', 'Holm & Feld analyst Rita Maas said the offer was too low.', [
    { source: 'Holm & Feld analyst Rita Maas', name: 'Rita Maas', cue: 'said' },
  ]],
  ['a firm whose names an ampersand joins is no person, though its words are surnames', 'Harris & Doyle said profits fell 8 percent.', [
    { source: 'Harris & Doyle', kind: 'organization', cue: 'said' },
  ]],
  ['a form in -s a tagger reads as a noun, between a singular noun that speaks and a figure', 'The ministry reports 300 deaths.', [
    { source: 'The ministry', kind: 'government', cue: 'reports', lemma: 'report', content: '300 deaths' },
  ]],
  ['a plural\'s possessive inside a body\'s name', 'The National Nurses’ Alliance said 40 wards were closed.', [
    { source: 'The National Nurses’ Alliance', name: 'National Nurses’ Alliance', kind: 'organization', cue: 'said' },
  ]],
  ['a passive of characterizing whose agent is a lobby with its name in apposition', 'The cut was described by the main farm lobby, the Grain Council, as “too little.”', [
    { source: 'the main farm lobby, the Grain Council', name: 'Grain Council', cue: 'described' },
  ]],
  ['a phrase of a preposition with an -ing form between the cue and its "that"', 'Raman acknowledged under questioning that she had made the transfers.', [
    { source: 'Raman', cue: 'acknowledged', content: 'she had made the transfers' },
  ]],
  ['a relative "that" past an adverb after a gerund\'s object is no "that" of what was said', 'The families sued, accusing the agency of ignoring warnings about a dam that routinely overflows.', [
    { source: 'The families', cue: 'accusing', content: 'the agency of ignoring warnings about a dam that routinely overflows' },
  ]],
  ['a claim a tagger reads as a noun, after a singular noun that speaks and before its infinitive', 'The militia claims to have 4,000 fighters in the hills.', [
    { source: 'The militia', cue: 'claims', lemma: 'claim', content: 'to have 4,000 fighters in the hills' },
  ]],
  ['an -ing form with no object after a preposition, in a description before a name', 'The bank’s head of North American modeling, Lena Moss, said the gap was normal.', [
    { source: 'The bank’s head of North American modeling, Lena Moss', name: 'Lena Moss', cue: 'said' },
  ]],
  ['an -ing form between a noun and a noun of the table before a name, whatever a tagger made of them', 'Losses will total $9 billion, catastrophe modeling firm Harbor Risk Analytics said on Monday.', [
    { source: 'catastrophe modeling firm Harbor Risk Analytics', name: 'Harbor Risk Analytics', cue: 'said' },
  ]],
  ['a poll puts a candidate ahead by a figure', 'A Harlow College poll put the mayor ahead by six points.', [
    { source: 'A Harlow College poll', cue: 'put', lemma: 'put', content: 'the mayor ahead by six points' },
  ]],
  ['a passive of a figure with a phrase of time before its agent', 'The shortfall was estimated at $3 billion over five years by the state auditor.', [
    { source: 'the state auditor', cue: 'estimated', lemma: 'estimate' },
  ]],
  ['a request whose object holds a participle of believing before "to be"', 'The society urged patients thought to be taking the drug not to stop, warning that a sudden halt was dangerous.', [
    { source: 'The society', cue: 'warning', content: 'a sudden halt was dangerous' },
  ]],
];

describe('attribution: shapes', () => {
  test.each(shapes)('%s', (_name, text, expected) => {
    const found = attributionsOf(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });
});

describe('attribution: what is not one', () => {
  test.each([
    ['a plain object', 'The army confirmed the clash.'],
    ['a figure put at risk, no figure put on something', 'The closure put 4,000 jobs at risk.'],
    ['an acknowledgement of an -ing modifier and its noun', 'The agency acknowledged growing concern among residents.'],
    ['a claim whose infinitive has no words of its own, in a comparison', 'Few people are as rich as the developer claims to be to qualify for the credit.'],
    ['a market\'s valuation in a participle', 'Shares in Carrow jumped 27%, valuing the company at about £2 billion.'],
    ['a passive of an act whose subject holds a figure', 'The offer of 8.5 percent was rejected by union members in a vote on Friday.'],
    ['a passive whose agent has a relative clause of "that"', 'The three countries have been ruled by military juntas since coups that began in 2020.'],
    ['a dateline closed by a dash before a noun and a verb that can be a cue', 'KORVALA, Jan 14 — Insurance claims from the floods have reached $900 million.'],
    ['an act with a figure for object, whose noun a tagger reads as a verb after "a" and the figure', 'The union rejected a 4.5 percent raise over two years.'],
    ['a commitment to an act before a clause of time', 'The governor promised a full inquiry into the shelter after several families complained of damp walls.'],
    ['a commitment to an act with a relative clause of its own, past a compound a tagger reads as a verb', 'The housing trust vowed a safety check of every low-rise block it manages.'],
    ['a plain object with a participle past an adverb', 'Residents tell a more troubling story.'],
    ['a headline\'s past form of telling before a clause of a bare noun, a passive', 'Inquest told woman was pushed from balcony\n\nThe hearing continues.'],
    ['a plain object before a clause of "as" whose subject opens with a modifier', 'The opposition rejected the result as rival turnout figures emerged.'],
    ['a phrase of a preposition a tagger reads as a modifier, before a verb with no content', 'Outside the stadium, thousands of fans chanted for an hour.'],
    ['an -ing noun after an article, read as a verb, before a second predicate', 'The agency acknowledged the overcrowding but gave no figures.'],
    ['a request for help with a figure in its phrase', 'The county had asked the state for help in three letters.'],
    ['an act with a clause of time after its object, whose verb is a past form in -ed', 'The regional government declared a state of emergency on Friday after river levels passed six metres.'],
    ['a request of someone for a thing whose noun a tagger reads as a verb', 'The observers had asked the commission for the electronic transmission logs.'],
    ['a recommendation of an act in an -ing form', 'Two audits had recommended replacing the bridge at a cost of $4 million.'],
    ['an act with a figure, past an infinitive and a word a tagger reads as a verb after a preposition', 'The judge rejected a request by the defence to release him on bail of 50,000 euros.'],
    ['an indirect question', 'Several senators questioned whether the program could survive 40 percent cuts.'],
    ['a source that is no one', 'Neither account said who had carried out the strike.'],
    ['a cue of naming whose object has a modifier after its possessor, and an infinitive', 'Lawmakers have called Brennick\'s chief executive to testify later this month.'],
    ['"according to" a measure', 'The delegation insisted on a fund shared according to population.'],
    ['a past form of a cue after a noun, with a word of state: a participle of the noun', 'Officials fear the toll will rise, since several people reported missing were yet to be traced.'],
    ['a past participle opening a plain object before its noun', 'Laboratory analysts repeated failed stability tests until they passed.'],
    ['a plain object before a clause of its own after a comma and a conjunction', 'Three private pollsters published quick counts on Tuesday evening, and they did not agree.'],
    ['a plain object before a participle in its bare form with an agent', 'Macaraeg denied any wrongdoing in a statement read by his lawyer.'],
    ['a plain object with a relative clause whose verb takes an infinitive', 'Police confirmed the arrest of a man who had tried to force his way through a staff entrance.'],
    ['a plain object with a figure already known', 'The coroner confirmed the three deaths but gave no names.'],
    ['a request for a thing with a clause about it', 'The county has asked for state aid, which would cover up to 80 percent of repairs.'],
    ['an indirect question of "why"', 'A farmer in the front row asked why the 12 pumps had never been replaced.'],
    ['a plain object with a relative clause set off by a comma', 'The council confirmed the sale of its riverside depot, which it had announced in May.'],
    ['a quote that opens with a preposition says how', 'The union condemned the dismissals “in the strongest terms.”'],
    ['an indirect question past the one asked', 'The lawyer asked the witness why she had waited two days. A juror asked them whether the lights were on.'],
    ['a quote after the verb of an infinitive after the object', 'The minister called a news conference to announce “a new start for the railways.”'],
    ['a count of things after a cue after an aside, no inverted source', 'The hotline, run by about 30 volunteers, answered 4,100 calls in March.'],
    ['an -ing form in an apposition, no content before an inverted source', 'Okafor, a lawyer representing two of the families, disputed the report.'],
    ['an -ing form that is the noun of a phrase of a preposition', 'Reporters at the daily briefing heard nothing new.'],
    ['an act of a figure with a verb inside a name', 'The company is recalling 12,000 jars of its Happy Start 2 puree after a complaint.'],
    ['"protest" with a plain object', 'Hundreds of nurses protested the hospital closures outside parliament.'],
    ['a verb in a compound joined by a hyphen inside a plain object', 'The campaign disputed the count of set-aside ballots.'],
    ['a cue that needs its hearer, before a colon, is a noun of a headline\'s label', 'Health and science briefs: measles cases climb, vaccine trial halted, clinic hit by cyberattack'],
    ['"add" with "to" after it or after its object is to increase', 'Resistant infections add an average of nine days to a hospital stay. Water from the dam had added to the pressure on the levee.'],
    ['a cue in a relative clause with no relative word, after a noun with "a"', 'The mayor promised 300 new homes, a pledge tenants dismissed.'],
    ['a plain object with a phrase of "including" set off by a comma', 'The company added new safeguards, including a rule requiring managers to log 30 checks a week.'],
    ['a plain object before a contrasting second verb', 'The navy acknowledged the incident but gave no details.'],
    ['a belief', 'It is believed that the convoy was hit.'],
    ['a name that looks like a cue', 'The United States Says Group met in Geneva.'],
    ['a quote with no source near it', 'The strike was "a mistake".'],
    ['a cue inside a quote belongs to the quote', '"They tell us to leave," he said.'],
    ['a request', 'The mayor urged residents to leave the area.'],
    ['a cue of dismissing with a quote and no "as"', 'The bank had dismissed “more than 5,300 employees” last year.'],
    ['a gerund after a preposition as the object of a cue', 'Economists cautioned against giving any one senator credit for 40,000 jobs.'],
    ['a cue of judging with a plain object or a quote alone', 'The senator attacked the plan in a speech and attacked “the politics of fear”.'],
    ['a cue of judging with a comparison of "as … as"', 'The candidate has attacked allies as well as rivals.'],
    ['a participle that opens the sentence before a phrase of a preposition', 'Asked about the vote, the mayor declined to comment.'],
    ['a request to a hearer', 'Officers shouted at him to drop the knife.'],
    ['a phrase of citing that opens the sentence', 'Citing security concerns, the governor closed the border.'],
    ['a passive with no agent', 'He has been called a hero by many and a traitor by some.'],
    ['a verb of going on with no quote', 'The fighting continued into the night.'],
    ['"which" after a thing that cannot speak', 'Rains flooded the valley, which put 300 homes under water.'],
    ['a noun after a noun, before a verb', 'The police report showed that two men were hurt.'],
    ['"put it" outside a clause of "as"', 'He put it on the shelf and left the room.'],
    ['"as X said" with an object after the cue', 'The crowd fell silent as the coach said goodbye.'],
    ['a quantifier before a noun that looks like a cue', 'Some questions remain about the contract.'],
    ['a quantifier before a plural noun and a relative clause', 'Some claims that he made were false.'],
    ['a name and a colon inside a quote whose speaker follows it', '"Ruiz: we leave at dawn," he said.'],
    ['"having said that" opens a clause with no speaker', 'Having said that, the road will stay closed until May.'],
    ['a thing with a clause of its own is no speaker', 'The votes they counted showed a narrow lead.'],
    ['"one" before a singular noun and a relative clause', 'One question that has emerged is who paid.'],
    ['"citing" grounds that cannot speak: a plain object', 'The union backed the mayor, citing her record on housing.'],
    ['"citing" an event that names no issuer', 'The senator praised the reforms, citing the release of jailed reporters and a new press law.'],
    ['a participle with a plain object', 'The army rejected the report, citing security.'],
    ['a cue whose object runs into the verb of the clause around it', 'The video concludes with footage of the crowd leaving the stadium after the match.'],
    ['a noun after a verb that takes no clause is its object', 'The unrest caused riot cautions in three cities, because of leaders pouring fuel on the fire.'],
    ['a figure cue with another verb before the figure', 'She is pushing flagship projects like installing 400 new turbines by 2030.'],
    ['a bare figure cue before an auxiliary is a noun', "The paper's vote tally doesn't include 40,000 ballots cast by mail."],
    ['a gerund after "without" says nothing', 'He left the room without saying that he would return.'],
    ['"anyone who" stands for no one named', 'Anyone who says the vote was rigged is lying.'],
    ['a cue whose object is a pronoun running into the verb of the clause around it', 'Two developers who testified against him have pleaded guilty.'],
    ['a participle after a study says how it came out', 'Vaccine uptake dropped by 6 percentage points, a study published in a medical journal found.'],
    ['a figure put by a thing that cannot speak', 'The bill would add $256 billion to deficits over a decade, he said.'],
    ['"that" before a lone noun is a demonstrative, no clause', 'Supporters of the plan dispute that estimate.'],
    ['a plural noun in -s before a verb is a subject', 'Though party rules permit members to send proxies, few do.'],
    ['an object with a relative clause of its own', 'The governor praised the volunteers who cleared the roads.'],
    ['a cue whose "with" opens a deed', 'Former minister charged with taking $3 million from contractors'],
    ['a cue of naming with a plain object', 'The president called a meeting of the security council.'],
    ['a plain object after a subject that follows an opening phrase', 'Campaigning in the north, she barely mentioned the war.'],
    ['a cue of naming with a preposition: a phrasal verb', 'The ministers called for an immediate ceasefire and "unhindered" access.'],
    ['a cue of asking with an infinitive after a relative clause', 'The governor urged residents who remain in low-lying areas to move upstairs.'],
    ['a commitment with a figure in brackets and an infinitive', 'Germany and Kenya pledged a combined 310 million euros ($335 million) to support refugees.'],
    ['a cue of asking with a quoted phrase for object', 'The European Union urged “maximum restraint” from all sides.'],
    ['a cue of an act with a figure and a second predicate', 'The prime minister declared three days of national mourning and praised the firefighters and volunteers who worked through the night.'],
    ['a comparison with a subject of its own is no content', 'Unemployment fell as employers added far more jobs than economists had expected.'],
    ['a cue denied', 'Officials have not said whether lightning was to blame, and he never said he would resign.'],
    ['a plain object before a participle after a comma', 'The premier would declare a state of emergency, giving officials the power to close roads.'],
    ['a cue of an act with a range of money for object', 'Smugglers currently charge between 2,000 and 4,000 euros per person.'],
    ['a cue of an act with a figure for its object', 'The government declared three days of national mourning.'],
    ['a figure as an object of "put" with no "at" and a figure after it', 'A long stoppage would cost millions and put 4,000 jobs at risk.'],
    ['a revision of a sum that is no figure named as one', 'The party raised $2 million last year.'],
    ['a commitment with a figure and an infinitive', 'A group of rich countries pledged $20 billion to help the country move away from coal.'],
    ['a plain object before a second predicate', 'Police urged calm and closed the main square to traffic.'],
    ['a plain object with a quoted modifier and a clause of time', 'Analysts have questioned the company’s “premium first” strategy since it was launched.'],
    ['a relative clause with a plain object, ended by the main verb', 'Armand, who denied all charges, was also ordered to repay 2.9 million dollars.'],
    ['a verb of going on before a quote that is no quotation of it', 'The strike would continue “until there is an offer.”'],
    ['a cue of naming with a request', 'The mayor called on residents to stay calm.'],
    ['a cue of naming with a phrase of time and a clause of "as"', 'The governor called an election as protests grew.'],
    ['a cue of naming that gives a name', 'A hacking group calling itself “Red Tide” stole 2,000 files.'],
    ['a cue of an act that adds a sum', 'Rates will rise, adding about 90 euros a month to a typical loan.'],
    ['a product recall', 'The carmaker is recalling 400,000 vehicles.'],
    ['a form in -s before an auxiliary is a noun', 'Border disputes are a frequent cause of the 30 clashes a year.'],
    ['a phrase of a preposition before the source is no content', 'Outside the stadium, hundreds of fans cheered and shouted as the 3 teams arrived.'],
    ['a clause of "as" after a cue is no content', 'Hundreds of fans sang as the 3 teams arrived.'],
    ['a hospital that admits patients', 'The district hospital admitted 58 patients for heat stroke.'],
    ['a request whose infinitive opens a quote', 'The minister urged all 3 parties to “return to the table”.'],
    ['a cue of rejecting with a figure and a gerund', 'The commission rejected some 2,400 ballots as invalid, most for missing signatures.'],
    ['a cue of an act with a figure and a gerund', 'The president declared three days of mourning in the capital.'],
    ['"according to" a norm', 'The count will proceed according to rules adopted in 2019 that allow 30 observers.'],
    ['a demonstrative "that" before a singular noun', 'The ministry disputed that estimate of 40 deaths on Thursday.'],
    ['a passive whose agent cannot speak', 'The gap of 4 points was too large to be explained by counting errors alone.'],
    ['a request in the subjunctive', 'Lawmakers urged that the vote be delayed, and 200 protesters demanded that the governor resign.'],
    ['a request whose object a participle follows', 'The agency urged 2,000 families living near the river to leave.'],
    ['a cue of an act with a figure and a clause of time', 'The city declared two days of mourning after the blast killed 12.'],
    ['a figure in a phrase of a preposition', 'The expert has testified in at least five trials.'],
    ['a plain object with a participle and its agent', 'He denied the charges filed by prosecutors.'],
    ['a bare form after a singular noun that "a" opens', 'Most filings carry only a one-word label such as “travel,” with no destination given.'],
    ['a plain object with a phrase of "of" and a relative clause, or a clause of place', 'Port police confirmed the arrests of picketers who had blocked a tanker but gave no details, and officials confirmed the evacuation of the riverside streets, where the river burst its banks.'],
    ['a clause of condition after a plain object, and an indirect question with "if"', 'The union warned of a strike if the plan was not withdrawn, and reporters asked if the minister would resign.'],
    ['a figure after "at" is no source after the cue', 'Grounded Now, the group behind the protest, estimated the crowd at 2,500.'],
    ['a label an outlet sets before a colon', 'CORRECTION: An earlier version of this story gave the wrong date for the vote.'],
    ['a thing that confirms, as evidence', 'Blood tests confirmed that the boy had been poisoned, and the rise in prices reveals how scarce grain has become.'],
    ['a plain object with a participle set off by commas', 'The council announced a second vote, scheduled for March, on Monday and added a levy, known as the river fee, to the budget.'],
    ['a formal charge or a price, and a demand, with plain objects', 'Prosecutors charged Lind with fraud, smugglers charge 2,000 euros a crossing, and lawmakers demanded an inquiry into why 3 centres closed.'],
    ['a judgment of blame', 'Residents blamed the mayor for the flooding that forced 300 people from their homes.'],
    ['a figure recorded, documented or registered is counted, not said', 'Police recorded 3,412 hate crimes last year, the group has documented 312 cases and the committee has registered 1,100.'],
    ['a participle that ends a headline\'s clause is a passive', 'Embankment breach floods dozens of villages, death toll disputed\n\nThe river rose overnight.'],
    ['a plain object before a clause of its own after a comma and a conjunction', 'Three councils have announced cuts to library services, and at least a dozen more are expected to follow. Organisers had announced a three-day sit-in, but the avenue in front of the court was cleared.'],
    ['a form in -s a tagger reads as a verb after a cue and before "of" is its object', 'Thailand and Cambodia have disputed stretches of their land border for a century.'],
    ['a plain object before a participle set off by commas after the subject', 'The Iraqi Oil Ministry, known in Arabic as Wizarat al-Naft, disputes that figure.'],
    ['a noun after a cue and before "that" and a clause is a hearer, no source after the cue', 'The paper obtained a letter in which the sheriff\'s attorney, Sylvia Brandt, warned the commission that the sheriff would sue.'],
  ])('%s', (_name, text) => {
    const found = attributionsOf(text);
    expect(found.filter((a) => a.cue !== 'said' || a.source !== 'he')).toEqual([]);
  });
});

describe('attribution: nouns of saying, a switch', () => {
  const text = "The strike followed the ministry's claim that 40 soldiers died.";
  test('off by default', () => expect(attributionsOf(text)).toEqual([]));
  test('on: the possessor is the source', () => {
    const doc = attribution.create(attribution.options.parse({ nounCues: true }))(quantified(text));
    expect(doc.attributions.map((a) => [a.source.text, a.cue.text, a.cue.lemma, a.content.text])).toEqual([['the ministry', 'claim', 'claim', '40 soldiers died']]);
  });
});

// Each case: the text, and every attribution found in it as [source as written, name, kind].
const references: Array<[string, string, Array<[string, string, string]>]> = [
  ['a valuation is a text that speaks; the body that commissioned or conducted a text is its issuer', 'A valuation commissioned by the Kiambu Lands Office put the plot\'s value at 2 billion shillings. A survey conducted by the Harbour Trust put the cost at $9 million.', [
    ['A valuation commissioned by the Kiambu Lands Office', 'Kiambu Lands Office', 'government'],
    ['A survey conducted by the Harbour Trust', 'Harbour Trust', 'organization'],
  ]],
  ['a body\'s name in Spanish holds its links and particles', 'According to the monitoring group Red por la Seguridad Local, 412 officers were killed. The rights group Centro por la Justicia y la Paz said two people had died.', [
    ['the monitoring group Red por la Seguridad Local', 'Red por la Seguridad Local', 'organization'],
    ['The rights group Centro por la Justicia y la Paz', 'Centro por la Justicia y la Paz', 'organization'],
  ]],
  ['a name or a noun with a description or clause set off by commas refers back as the bare one does; "who" makes a person of a name', 'Opposition leader Fanja Rakotomalala won 38 percent of the vote. Rakotomalala, who brought the challenge, said the court had acted fairly. The Valmora Water Authority said supplies were safe. The authority, which serves 2 million people, said 12 wells were closed.', [
    ['Rakotomalala', 'Fanja Rakotomalala', 'person'],
    ['The Valmora Water Authority', 'Valmora Water Authority', 'government'],
    ['The authority', 'Valmora Water Authority', 'government'],
  ]],
  ['he resolves to the last person who spoke or was named', 'Defence Minister Karl Adler spoke in the capital on Monday. He said three soldiers had died.', [
    ['He', 'Karl Adler', 'person'],
  ]],
  ['he resolves to one unnamed person who spoke last, not to several', 'Mayor Ida Holm said the clinic would stay open. A nurse at the clinic told reporters that supplies were low. "We ration every dose," he said. Villagers said the well was dry. She said the roads were cut.', [
    ['Mayor Ida Holm', 'Ida Holm', 'person'],
    ['A nurse at the clinic', 'nurse', 'anonymous'],
    ['he', 'nurse', 'anonymous'],
    ['Villagers', 'Villagers', 'anonymous'],
    ['She', 'Ida Holm', 'person'],
  ]],
  ['a noun no table knows is a person\'s where the lexicon lists it as one or it names the doer of a verb, not a thing\'s', 'A librarian at the school said the books were boxed. A questioner claimed the vote was rigged. The pharmacists\' order said 2,800 pharmacies would close.', [
    ['A librarian at the school', 'librarian', 'anonymous'],
    ['A questioner', 'questioner', 'anonymous'],
    ['The pharmacists\' order', 'pharmacists\' order', 'organization'],
  ]],
  ['a surname that stands before another names the person, whether or not they spoke', 'Security Secretary Héctor Arriaga Lozano said the convoy was ambushed. Arriaga told reporters that two officers died. Former senator Germán Villamizar Duque trailed by 3,812 votes. Villamizar said the count was rigged.', [
    ['Security Secretary Héctor Arriaga Lozano', 'Héctor Arriaga Lozano', 'person'],
    ['Arriaga', 'Héctor Arriaga Lozano', 'person'],
    ['Villamizar', 'Germán Villamizar Duque', 'person'],
  ]],
  ['he resolves to the name after "be" in a sentence that opens with a preposition', 'A surgeon said dozens of operations had been cancelled. Among those waiting is Gordon Pryce, 71, a retired bus driver. He said he had been on the list for 14 months.', [
    ['A surgeon', 'surgeon', 'anonymous'],
    ['He', 'Gordon Pryce', 'person'],
  ]],
  ['the last word of a football club\'s name makes it a body', 'Ferrisdale United said it had deployed 210 stewards. Corriston Albion said the match should be replayed. Ostwick Rovers said the fee was fair.', [
    ['Ferrisdale United', 'Ferrisdale United', 'organization'],
    ['Corriston Albion', 'Corriston Albion', 'organization'],
    ['Ostwick Rovers', 'Ostwick Rovers', 'organization'],
  ]],
  ['a body\'s noun refers back to a name it stood in apposition to, of the kind the apposition gives', 'The suit was filed by the Digital Commerce Council, a trade group that represents large platforms. The group argued that the law was too broad. The Tavrian Football Federation spent $3.8 million. According to Brandt & Oakley, the federation\'s director signed the payments. The federation said it had done nothing wrong.', [
    ['The group', 'Digital Commerce Council', 'organization'],
    ['Brandt & Oakley', 'Brandt & Oakley', 'organization'],
    ['The federation', 'Tavrian Football Federation', 'organization'],
  ]],
  ['a description refers back to the body it names, not to a source that holds it as a possessor', 'The aid group Harvest Line said its depot was looted. "We lost everything," said Omar Ali, the group\'s director. The group said it would suspend deliveries.', [
    ['The aid group Harvest Line', 'Harvest Line', 'organization'],
    ['Omar Ali', 'Omar Ali', 'person'],
    ['The group', 'Harvest Line', 'organization'],
  ]],
  ['he resolves to a person named after all the last speaker said, not to that speaker', 'Mayor Ida Holm said the deal with Paul Berg was dead. Governor Omar Reyes declined to say whether he would sign. "We will go to court," he said.', [
    ['Mayor Ida Holm', 'Ida Holm', 'person'],
    ['he', 'Omar Reyes', 'person'],
  ]],
  ['he resolves to the subject before the quote, named by a surname of an earlier speaker', 'Rival candidate Femi Adeyemi told reporters the count was rigged. The commission said turnout was 31 percent. In a radio interview, Adeyemi declined to say whether he would appeal.\n\n"We will fight this. The people know the truth," he said.', [
    ['Rival candidate Femi Adeyemi', 'Femi Adeyemi', 'person'],
    ['The commission', 'commission', 'government'],
    ['he', 'Femi Adeyemi', 'person'],
  ]],
  ['a lone surname no tagger knows names the person who spoke before under the full name', 'District chief Oksana Velykodna said three shops burned. "The fire spread in minutes," Velykodna wrote on Telegram.', [
    ['District chief Oksana Velykodna', 'Oksana Velykodna', 'person'],
    ['Velykodna', 'Oksana Velykodna', 'person'],
  ]],
  ['a lone surname names a person written in full before, who need not have spoken', 'Mineral Resources Minister Sipho Ndlela urged calm. Ndlela said talks would resume on Monday.', [
    ['Ndlela', 'Sipho Ndlela', 'person'],
  ]],
  ['"the minister" refers back to the person named with that title just before', 'Interior Minister Dragan Milos dismissed the allegations. "Nobody will rerun the vote," the minister added.', [
    ['the minister', 'Dragan Milos', 'person'],
  ]],
  ['a body noun refers back to the body named with it, not to a person whose description holds it', 'Central Election Commission chairman Petru Danila said turnout was 57 percent. The commission said the count was fair. A Department of Health spokesperson said wards were closed. The department said it would hire nurses.', [
    ['Central Election Commission chairman Petru Danila', 'Petru Danila', 'person'],
    ['The commission', 'Central Election Commission', 'government'],
    ['A Department of Health spokesperson', 'Department of Health spokesperson', 'anonymous'],
    ['The department', 'Department of Health', 'government'],
  ]],
  ['"the company" with no earlier source holding the word refers to the last company that spoke', 'Ledgerly, the payments app, said hackers stole data. The company said there was no evidence of fraud.', [
    ['Ledgerly', 'Ledgerly', 'organization'],
    ['The company', 'Ledgerly', 'organization'],
  ]],
  ['a body noun does not refer to a body whose name holds another body noun', 'The regional health ministry said 12 people died. The army denied that its units had fired.', [
    ['The regional health ministry', 'regional health ministry', 'government'],
    ['The army', 'army', 'government'],
  ]],
  ['she resolves to a person named with a description as the subject of the sentence before', 'Nuala Grant, who chairs the health committee, criticised the plan. "We have had plan after plan," she said.', [
    ['she', 'Nuala Grant', 'person'],
  ]],
  ['it resolves to a body that is the subject of the sentence before, past the last source', 'Mayor Ida Holm said 3 roads were shut. The Tarrow Water Authority gave a higher count. It said 9 roads were shut.', [
    ['Mayor Ida Holm', 'Ida Holm', 'person'],
    ['It', 'Tarrow Water Authority', 'government'],
  ]],
  ['it in a clause after its own subject is not the subject of the sentence before', 'The union rejected the offer. The company has offered 4 percent, which it says is fair.', [
    ['it', 'company', 'organization'],
  ]],
  ['the first word of a body\'s name named before takes its full name', 'Halden Pharmaceuticals recalled 2 drugs. Halden said the risk was low.', [
    ['Halden', 'Halden Pharmaceuticals', 'organization'],
  ]],
  ['a person\'s noun refers back to the name it described, who need not have spoken', 'A company spokesman, Bo Lind, declined to comment. The spokesman later said 12 stores would close.', [
    ['The spokesman', 'Bo Lind', 'person'],
  ]],
  ['"the chief" refers back to the person named with the title, and a source noun opening a sentence is no surname', 'Police Chief Raymond Okafor said the officer fired twice. The chief said the video would be released. The Fraternal Order of Police said nothing. Police estimated the crowd at about 600.', [
    ['Police Chief Raymond Okafor', 'Raymond Okafor', 'person'],
    ['The chief', 'Raymond Okafor', 'person'],
    ['Police', 'Police', 'government'],
  ]],
  ['a name in apposition after a body\'s noun, and a lone first word of a body\'s name', 'The drug maker, Halvorsen Therapeutics, said the trial had failed. Halvorsen said it would appeal.', [
    ['The drug maker, Halvorsen Therapeutics', 'Halvorsen Therapeutics', 'organization'],
    ['Halvorsen', 'Halvorsen Therapeutics', 'organization'],
  ]],
  ['"the agency" may refer to a body of any kind that spoke just before', 'The Corruption Eradication Commission said the governor took bribes. The agency said 4 billion rupiah was seized.', [
    ['The Corruption Eradication Commission', 'Corruption Eradication Commission', 'government'],
    ['The agency', 'Corruption Eradication Commission', 'government'],
  ]],
  ['it after a phrase that opens its sentence ("In a statement on Monday,") is the subject of the sentence before', 'The Varna Port Authority said 6 cranes were down. The Coast Guard gave a grimmer account. In a short statement on Monday, it said 2 tankers had sunk.', [
    ['The Varna Port Authority', 'Varna Port Authority', 'government'],
    ['it', 'Coast Guard', 'government'],
  ]],
  ['a title with its portfolio is no part of the name, and a pronoun takes the bare name', 'Minister of Foreign Affairs Sergey Lavrov said the talks had failed. He added that the embassy would stay open. Minister for Housing Ciarán Wheelan said rents had fallen.', [
    ['Minister of Foreign Affairs Sergey Lavrov', 'Sergey Lavrov', 'person'],
    ['He', 'Sergey Lavrov', 'person'],
    ['Minister for Housing Ciarán Wheelan', 'Ciarán Wheelan', 'person'],
  ]],
  ['a name no lexicon knows after a title and its portfolio is a person\'s', 'Minister for Housing Declan Furlong said the figure was wrong. Superintendent of Police Rakesh Tiwari put the toll at 11. County Clerk Margaret Ashby said the count was final.', [
    ['Minister for Housing Declan Furlong', 'Declan Furlong', 'person'],
    ['Superintendent of Police Rakesh Tiwari', 'Rakesh Tiwari', 'person'],
    ['County Clerk Margaret Ashby', 'Margaret Ashby', 'person'],
  ]],
  ['an ombudsman is a title, and an inspectorate a body of the state that puts figures', 'Ombudsman Alicia Serra said 30 people were hurt. The inspectorate put the shortfall at 3,250 euros.', [
    ['Ombudsman Alicia Serra', 'Alicia Serra', 'person'],
    ['The inspectorate', 'inspectorate', 'government'],
  ]],
  ['titles after a body\'s name and abbreviated ones are no part of the name', 'Senate Minority Whip Elena Rossi said the bill was dead. Cllr Mark Denby said the libraries would close. Det Insp Karen Walsh said a knife was found.', [
    ['Senate Minority Whip Elena Rossi', 'Elena Rossi', 'person'],
    ['Cllr Mark Denby', 'Mark Denby', 'person'],
    ['Det Insp Karen Walsh', 'Karen Walsh', 'person'],
  ]],
  ['a text\'s issuer after "from" or "by" names it, and may refer back', 'The Halden Port Authority said 40 ships were waiting. Two berths were closed, according to a notice from the authority. A summary released by the Senate Finance Committee said the fund was short. The authority said dredging would resume.', [
    ['The Halden Port Authority', 'Halden Port Authority', 'government'],
    ['a notice from the authority', 'Halden Port Authority', 'government'],
    ['A summary released by the Senate Finance Committee', 'Senate Finance Committee', 'organization'],
    ['The authority', 'Halden Port Authority', 'government'],
  ]],
  ['a community of states is a body whose name runs on past "of"', 'The Community of Andean Nations said it would meet on Friday.', [
    ['The Community of Andean Nations', 'Community of Andean Nations', 'organization'],
  ]],
  ['a date before a text is no issuer of it', 'Losses reached $2 million, according to a March summary from the Orlen County Treasury.', [
    ['a March summary from the Orlen County Treasury', 'Orlen County Treasury', 'government'],
  ]],
  ['a firm\'s last word outweighs a role in apposition that firms fill too', 'Harlow Partners, the appointed administrator, said assets worth $640 million had been found.', [
    ['Harlow Partners', 'Harlow Partners', 'organization'],
  ]],
  ['one who speaks for a titled person is no one of that name', 'A spokesman for Mayor Ines Varga said the budget was balanced.', [
    ['A spokesman for Mayor Ines Varga', 'spokesman', 'anonymous'],
  ]],
  ['a body\'s noun refers back to a source its apposition described so, not to one whose apposition names another', 'Velmar, the state gas company, put the loss at 4 wells. Councilman Leo Grant, a close ally of the mayor, said the pipes were old. The company said 2 crews were on site. The mayor said the town was safe.', [
    ['Velmar', 'Velmar', 'organization'],
    ['Councilman Leo Grant', 'Leo Grant', 'person'],
    ['The company', 'Velmar', 'organization'],
    ['The mayor', 'mayor', 'anonymous'],
  ]],
  ['an unnamed worker of a trade is a person, and he refers to him', 'The plant manager Ana Ruiz said the valves were new. A welder at the plant who asked not to be named said one valve leaked. "It hissed for a week," he said.', [
    ['The plant manager Ana Ruiz', 'Ana Ruiz', 'person'],
    ['A welder at the plant who asked not to be named', 'welder', 'anonymous'],
    ['he', 'welder', 'anonymous'],
  ]],
  ['an observer mission and a coalition are bodies, not a state\'s, and "Hon." is a title', 'The observer mission said 40 polling stations opened late. The coalition said the count was fair. Hon. Kwame Osei said the vote was clean.', [
    ['The observer mission', 'observer mission', 'organization'],
    ['The coalition', 'coalition', 'organization'],
    ['Hon. Kwame Osei', 'Kwame Osei', 'person'],
  ]],
  ['a network is a body unless it is a news network; a commodity ends a company\'s name; a town hall is the state\'s', 'The Lakeshore Health Network said 30 beds were free. The news network said it had 2 crews there. Dunmore Copper said 4 pumps had failed. The town hall said 9 roads were shut.', [
    ['The Lakeshore Health Network', 'Lakeshore Health Network', 'organization'],
    ['The news network', 'news network', 'media'],
    ['Dunmore Copper', 'Dunmore Copper', 'organization'],
    ['The town hall', 'town hall', 'government'],
  ]],
  ['a body\'s name in Spanish or French is no person\'s for its particles, and a title may end a portfolio', 'The Observatorio Carcelario del Sur said 87 inmates had died. Minister of Health Dr Awa Diallo said 12 clinics were shut. Juan del Sur said it rained.', [
    ['The Observatorio Carcelario del Sur', 'Observatorio Carcelario del Sur', 'organization'],
    ['Minister of Health Dr Awa Diallo', 'Awa Diallo', 'person'],
    ['Juan del Sur', 'Juan del Sur', 'person'],
  ]],
  ['a body\'s noun before a name outweighs particles that read as a person\'s, but not a first name nor a portfolio', 'The daily La Voz de Tarrin reported 37 deaths. Outside the mine, drill operator Moses Mumba said 4 men died. Superintendent of Police Rakesh Tiwari said 11 died. Maria de los Santos said 2 were hurt.', [
    ['The daily La Voz de Tarrin', 'La Voz de Tarrin', 'media'],
    ['drill operator Moses Mumba', 'Moses Mumba', 'person'],
    ['Superintendent of Police Rakesh Tiwari', 'Rakesh Tiwari', 'person'],
    ['Maria de los Santos', 'Maria de los Santos', 'person'],
  ]],
  ['what a name\'s words say of its kind: an opening "International", an outlet\'s word anywhere, an outlet\'s word that needs "The"', 'The International Relief Coordination Office said 3 camps closed. The Continental Broadcasting Service reported 14 tanks lost. The Independent Electoral Commission said 2 polls were void. Pellbrook Stores reported a 4% drop.', [
    ['The International Relief Coordination Office', 'International Relief Coordination Office', 'organization'],
    ['The Continental Broadcasting Service', 'Continental Broadcasting Service', 'media'],
    ['The Independent Electoral Commission', 'Independent Electoral Commission', 'government'],
    ['Pellbrook Stores', 'Pellbrook Stores', 'organization'],
  ]],
  ['a name described by an office one person holds is a person\'s; an acronym with points is the one without', 'A term of 3 years is likely, said Harmon Ludd, a former county prosecutor. The F.B.I. said 12 agents were sent.', [
    ['Harmon Ludd', 'Harmon Ludd', 'person'],
    ['The F.B.I.', 'FBI', 'government'],
  ]],
  ['a text\'s possessor past its modifiers is its issuer, and refers back to the name its noun stood before', 'The depot, run by the state-owned company Korvneft, holds 240,000 tonnes, according to the company\'s most recent annual report.', [
    ['the company\'s most recent annual report', 'Korvneft', 'organization'],
  ]],
  ['a noun in British spelling is no plural for a lemma in American spelling', 'Its debts stood at 34 million euros, according to the organisation\'s latest accounts.', [
    ['the organisation\'s latest accounts', 'organisation', 'organization'],
  ]],
  ['a given name no English lexicon knows opens a person\'s name before a link, and tells "she" from "he"', 'Arjun Mehta said the bid was low. Priya Raman of Coldwater Securities said the cut was mild. She said shares would rise 10%.', [
    ['Arjun Mehta', 'Arjun Mehta', 'person'],
    ['Priya Raman of Coldwater Securities', 'Priya Raman', 'person'],
    ['She', 'Priya Raman', 'person'],
  ]],
  ['a body\'s first word in Spanish or Arabic, a public word before a body\'s noun, a firm\'s last word, a legislator\'s title', 'Liwa al-Waad said 40 fighters died. Inflation hit 9%, according to the national statistics institute INEC. Pellion Biologics said 61% were protected. Opposition MLA Haider Ansari said 12 died. The Civic Renewal youth wing put the crowd at 25,000.', [
    ['Liwa al-Waad', 'Liwa al-Waad', 'organization'],
    ['the national statistics institute INEC', 'INEC', 'government'],
    ['Pellion Biologics', 'Pellion Biologics', 'organization'],
    ['Opposition MLA Haider Ansari', 'Haider Ansari', 'person'],
    ['The Civic Renewal youth wing', 'Civic Renewal youth wing', 'organization'],
  ]],
  ['a public word anywhere before a state body\'s noun, but an outlet the state runs is an outlet', 'The state-run Calmont Institute for Public Health said 40 cases were found. The state-run Philippine News Agency reported 12 deaths. Island Link Ferries said 3 sailings were cancelled.', [
    ['The state-run Calmont Institute for Public Health', 'Calmont Institute for Public Health', 'government'],
    ['The state-run Philippine News Agency', 'Philippine News Agency', 'media'],
    ['Island Link Ferries', 'Island Link Ferries', 'organization'],
  ]],
  ['a state body\'s last word, a central bank\'s two words, an international first word, a place-based description, a shipping line', 'The Medical Products Board said 3 pumps failed. The Esterian National Bank said inflation was 6%. The Inter-Andean Relief Agency said 500 families were fed. The Oslo-based Polar Shipping Registry said 4 tankers sank. Tarvo Lines said 2 crew were hurt.', [
    ['The Medical Products Board', 'Medical Products Board', 'government'],
    ['The Esterian National Bank', 'Esterian National Bank', 'government'],
    ['The Inter-Andean Relief Agency', 'Inter-Andean Relief Agency', 'organization'],
    ['The Oslo-based Polar Shipping Registry', 'Polar Shipping Registry', 'organization'],
    ['Tarvo Lines', 'Tarvo Lines', 'organization'],
  ]],
  ['names with letters past Latin-1, whole, none read as an English word', 'A spokesman, Tomasz Wójcik, denied that 12 had died. Prosecutor Jana Dvořáková said 4 were charged. “We will appeal,” said Ayşe Yıldız. Defence lawyer Đỗ Văn Quyết said 3 bonds were void. District head Elçin Rüstəmov said 9 died.', [
    ['A spokesman, Tomasz Wójcik', 'Tomasz Wójcik', 'person'],
    ['Prosecutor Jana Dvořáková', 'Jana Dvořáková', 'person'],
    ['Ayşe Yıldız', 'Ayşe Yıldız', 'person'],
    ['Defence lawyer Đỗ Văn Quyết', 'Đỗ Văn Quyết', 'person'],
    ['District head Elçin Rüstəmov', 'Elçin Rüstəmov', 'person'],
  ]],
  ['a name alone keeps the kind its description gave it; a press agency\'s two words outweigh a state body\'s last word', 'The newspaper Lanterne said 40 died. The charity Manos Unidas put the toll at 52. Lanterne later said 12 more had died. Manos Unidas said 3 were missing. The Daskian Press Agency said 9 were hurt.', [
    ['The newspaper Lanterne', 'Lanterne', 'media'],
    ['The charity Manos Unidas', 'Manos Unidas', 'organization'],
    ['Lanterne', 'Lanterne', 'media'],
    ['Manos Unidas', 'Manos Unidas', 'organization'],
    ['The Daskian Press Agency', 'Daskian Press Agency', 'media'],
  ]],
  ['clubs, firms, aid groups and parties by their first or last word in several languages, a container line', 'Halvern FC said 2 fans were hurt. Caldera Polymers said 40 jobs would go. Frontline Medical Aid put the toll at 212. Partidul Dreptății Sociale said it won 31 percent. Lembaga Survei Cakrawala put her share at 51 percent. Container line Brandt Ollen said 38 ships were diverted.', [
    ['Halvern FC', 'Halvern FC', 'organization'],
    ['Caldera Polymers', 'Caldera Polymers', 'organization'],
    ['Frontline Medical Aid', 'Frontline Medical Aid', 'organization'],
    ['Partidul Dreptății Sociale', 'Partidul Dreptății Sociale', 'organization'],
    ['Lembaga Survei Cakrawala', 'Lembaga Survei Cakrawala', 'organization'],
    ['Container line Brandt Ollen', 'Brandt Ollen', 'organization'],
  ]],
  ['she resolves to the subject of the sentence before, past a participle set off by commas', 'State Sen. Laura Mendenhall faces a tough race. A strategist said donors were nervous. Mendenhall, speaking at a rally in Ashby on Saturday, brushed off the concern. "I have been outspent before," she said.', [
    ['A strategist', 'strategist', 'anonymous'],
    ['she', 'Laura Mendenhall', 'person'],
  ]],
  ['an age set off by commas makes a person of a lone name, whom a pronoun inside what was said then finds', 'Okonkwo, 63, a retired ferry pilot, said the river had risen within minutes and that it was what he called a warning ignored.', [
    ['Okonkwo', 'Okonkwo', 'person'],
    ['he', 'Okonkwo', 'person'],
  ]],
  ['a pronoun with nothing before it is unresolved', 'She said the border was closed.', [
    ['She', 'She', 'unresolved'],
  ]],
  ['she and he skip the latest speaker whose first name or description says the other gender', 'Transport Minister Lucía Berrondo said talks would resume. Rogelio Cárdenas, who leads the truckers, said the blockade would go on. “We will not give in,” she said. The spokeswoman for the port added that 40 ships waited. “It is a disaster,” he said.', [
    ['Transport Minister Lucía Berrondo', 'Lucía Berrondo', 'person'],
    ['Rogelio Cárdenas', 'Rogelio Cárdenas', 'person'],
    ['she', 'Lucía Berrondo', 'person'],
    ['The spokeswoman for the port', 'spokeswoman', 'anonymous'],
    ['he', 'Rogelio Cárdenas', 'person'],
  ]],
  ['an acronym with no brackets for a body named before it, whatever else the table knows by it', 'The Rural Fire Authority put the toll at 3. Later the RFA said 40 homes had burned.', [
    ['The Rural Fire Authority', 'Rural Fire Authority', 'government'],
    ['the RFA', 'Rural Fire Authority', 'government'],
  ]],
];

describe('attribution: pronouns and back-references', () => {
  test.each(references)('%s', (_name, text, expected) => {
    expect(attributionsOf(text).map((a) => [a.source, a.name, a.kind])).toEqual(expected);
  });
});

describe('attribution: properties', () => {
  test('no input throws, and every span slices to its text', () => {
    const words = ['said', 'told', 'according to', 'the', 'police', 'Reuters', ',', '.', '"', '“', '”', 'he', 'it', 'that', 'saying', 'X', ':', '100', '\n\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        const doc = attributed(parts.join(' '));
        for (const a of doc.attributions) {
          for (const span of [a.source, a.cue, a.content]) expect(doc.text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      // (A pronoun and a cue that open a sentence after a noun once read a subject across the sentence break.)
      { numRuns: 200, examples: [[['police', '\n\n', 'he', 'said', 'said']]] },
    );
  });
});
