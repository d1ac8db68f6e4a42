/**
 * The actor filter list of the sample corpus (data/articles), reviewed by hand: every entry is a
 * real person, country, organisation or group named in the articles, or a named agreement or
 * law (no datelines, no sentence-initial words, no events). A change to the recogniser that adds or drops
 * an actor shows here; review the new list before updating it.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../src/pipeline/build.ts';

const { dataset } = buildDataset(['data/articles'], { actorsFile: 'data/actors.json' });
const byId = new Map(dataset.actors.map((a) => [a.id, a]));

describe('the sample corpus actor list', () => {
  it('is the reviewed list', () => {
    expect(dataset.actors.map((a) => `${a.kind}: ${a.name}`)).toEqual([
      'agreement: Agreement on the Path to Normalisation',
      'agreement: Ahtisaari Plan',
      'agreement: Brussels Agreement',
      'agreement: Central European Free Trade Agreement',
      'agreement: Kumanovo Agreement',
      'agreement: Rambouillet Accords',
      'agreement: Stabilisation and Association Agreement',
      'agreement: Washington Agreement',
      'country: Afghanistan',
      'country: Albania',
      'country: Belgium',
      'country: Bosnia and Herzegovina',
      'country: China',
      'country: Croatia',
      'country: Cyprus',
      'country: Czech Republic',
      'country: Denmark',
      'country: Estonia',
      'country: France',
      'country: Germany',
      'country: Greece',
      'country: Hungary',
      'country: Israel',
      'country: Italy',
      'country: Kosovo',
      'country: Montenegro',
      'country: Netherlands',
      'country: North Macedonia',
      'country: Norway',
      'country: Romania',
      'country: Russia',
      'country: Serbia',
      'country: Slovakia',
      'country: Spain',
      'country: Turkey',
      'country: United Kingdom',
      'country: United States',
      'currency: Euro',
      'currency: Serbian dinar',
      'facility: Banjska Monastery',
      'facility: Brnjak Crossing',
      'facility: Jarinje Crossing',
      'group: Kosovo Albanians',
      'group: Kosovo Serbs',
      'law: Constitution of Kosovo',
      'law: Resolution 1244',
      'operation: Operation Allied Force',
      'organization: Association of Serb-majority Municipalities',
      'organization: Central Bank of Kosovo',
      'organization: Central Election Commission',
      'organization: Constitutional Court',
      'organization: Contact Group',
      'organization: Democratic League of Kosovo',
      'organization: Democratic Party of Kosovo',
      'organization: EULEX',
      'organization: European Central Bank',
      'organization: European Commission',
      'organization: European Parliament',
      'organization: European Union',
      'organization: International Civilian Office',
      'organization: International Court of Justice',
      'organization: International Criminal Tribunal for the former Yugoslavia',
      'organization: International Monetary Fund',
      'organization: International Steering Group',
      'organization: Interpol',
      'organization: Kosovo Central Election Commission',
      'organization: Kosovo Force',
      'organization: Kosovo Liberation Army',
      'organization: Kosovo Police',
      'organization: Kosovo Security Force',
      'organization: NATO',
      'organization: Office for Kosovo',
      'organization: OSCE',
      'organization: Schengen area',
      'organization: Serbia National Security Council',
      'organization: Serbian Progressive Party',
      'organization: Serbian Radical Party',
      'organization: Srpska Lista',
      'organization: UN General Assembly',
      'organization: UN Security Council',
      'organization: UNESCO',
      'organization: UNESCO Executive Board',
      'organization: United Nations',
      'organization: UNMIK',
      'organization: US State Department',
      'organization: Vetevendosje',
      'organization: White House',
      'organization: World Bank',
      'person: Afrim Bunjaku',
      'person: Albin Kurti',
      'person: Aleksandar Vučić',
      'person: Anders Fogh Rasmussen',
      'person: Annalena Baerbock',
      'person: Antony Blinken',
      'person: Atifete Jahjaga',
      'person: Avdullah Hoti',
      'person: Bill Clinton',
      'person: Boris Tadić',
      'person: Borislav Stefanović',
      'person: Catherine Ashton',
      'person: Condoleezza Rice',
      'person: Dejan Pantić',
      'person: Donald Trump',
      'person: Edita Tahiri',
      'person: Fatmir Sejdiu',
      'person: Federica Mogherini',
      'person: Giorgia Meloni',
      'person: Goran Rakić',
      'person: Hashim Thaçi',
      'person: Hisashi Owada',
      'person: Isa Mustafa',
      'person: Ivica Dačić',
      'person: Jaap de Hoop Scheffer',
      'person: Javier Solana',
      'person: Jens Stoltenberg',
      'person: Johannes Hahn',
      'person: Josep Borrell',
      'person: Kaja Kallas',
      'person: Mark Rutte',
      'person: Marko Đurić',
      'person: Martti Ahtisaari',
      'person: Miguel Ángel Moratinos',
      'person: Mike Jackson',
      'person: Milan Radoičić',
      'person: Miroslav Lajčák',
      'person: Oliver Ivanović',
      'person: Petar Petković',
      'person: Ramush Haradinaj',
      'person: Ratko Mladić',
      'person: Richard Grenell',
      'person: Robert Cooper',
      'person: Sergei Lavrov',
      'person: Skënder Hyseni',
      'person: Slobodan Milošević',
      'person: Štefan Füle',
      'person: Tomislav Nikolić',
      'person: Vjosa Osmani-Sadriu',
      'person: Vojislav Šešelj',
      'person: Vuk Jeremić',
      'person: Wesley Clark',
      'person: Yevgeny Primakov',
      'person: Yves de Kermabon',
    ]);
  });

  it('every mention in an event sentence resolves to an actor in the list', () => {
    for (const e of dataset.events) {
      for (const a of e.actors) expect(byId.has(a), `${a} in ${e.id}`).toBe(true);
      for (const s of e.sources) {
        for (const m of s.mentions) {
          expect(m.actor, `${e.id}: ${s.sentence.slice(m.start, m.end)}`).not.toBeNull();
          expect(byId.has(m.actor!), `${m.actor} ("${s.sentence.slice(m.start, m.end)}") in ${e.id}`).toBe(true);
        }
      }
    }
  });

  it('surnames, abbreviations, capitals, demonyms and short forms resolve to the full actor', () => {
    const resolved = new Map<string, Set<string>>();
    for (const e of dataset.events) {
      for (const s of e.sources) {
        for (const m of s.mentions) {
          const text = s.sentence.slice(m.start, m.end);
          resolved.set(text, (resolved.get(text) ?? new Set()).add(byId.get(m.actor!)!.name));
        }
      }
    }
    const expected: Record<string, string> = {
      Kurti: 'Albin Kurti',
      Vučić: 'Aleksandar Vučić',
      Thaçi: 'Hashim Thaçi',
      KFOR: 'Kosovo Force',
      EU: 'European Union',
      Belgrade: 'Serbia',
      Pristina: 'Kosovo',
      Serbian: 'Serbia',
      ICJ: 'International Court of Justice',
      alliance: 'NATO',
    };
    for (const [text, name] of Object.entries(expected)) {
      expect(resolved.get(text), text).toEqual(new Set([name]));
    }
  });

  it('officials carry their affiliation, so that filtering by a country can include them', () => {
    const affiliated = (name: string): string[] =>
      (dataset.actors.find((a) => a.name === name)?.affiliations ?? []).map((a) => byId.get(a.actor)?.name ?? a.actor);
    expect(affiliated('Albin Kurti')).toContain('Kosovo');
    expect(affiliated('Aleksandar Vučić')).toContain('Serbia');
    expect(affiliated('Jens Stoltenberg')).toContain('NATO');
    expect(affiliated('Kosovo Force')).toContain('NATO');
    expect(affiliated('Office for Kosovo')).toContain('Serbia');
  });
});
