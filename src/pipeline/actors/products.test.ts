import { describe, expect, it } from 'vitest';
import { makeDoc } from '../text/doc.ts';
import { buildKnowledgeBase } from './kb.ts';
import { recogniseActors } from './recognise.ts';
import { recogniseProducts } from './products.ts';

const kb = buildKnowledgeBase();

function products(body: string): string[] {
  const doc = makeDoc(body);
  const { mentions } = recogniseActors(body, kb, null);
  return recogniseProducts(doc, mentions, kb)
    .mentions.filter((m) => m.kind === 'product')
    .map((m) => `${m.text} → ${m.actor}`);
}

describe('recogniseProducts', () => {
  it('a camel-case brand with its model number or model word', () => {
    expect(products('Nokia fans queued for the iPhone 4 while others kept the iPod Touch.')).toEqual([
      'iPhone 4 → product:iphone-4',
      'iPod Touch → product:ipod-touch',
    ]);
  });

  it('a model word in lower case, as the maker styles it or a writer does, is the same product, named with its capital', () => {
    const body = 'The iPod nano and the iPod touch sell well in the iTunes store.';
    expect(products(body)).toEqual(['iPod nano → product:ipod-nano', 'iPod touch → product:ipod-touch', 'iTunes store → product:itunes-store']);
    const names = recogniseProducts(makeDoc(body), recogniseActors(body, kb, null).mentions, kb).discovered.map((a) => a.name);
    expect(names).toEqual(['iPod Nano', 'iPod Touch', 'iTunes Store']);
    // (Not any word in lower case: "music" and "plus" are no model here.)
    expect(products("Apple's iTunes music sales rose, and an iPhone plus a case costs more.")).toEqual(['iTunes → product:itunes', 'iPhone → product:iphone']);
  });

  it('capitals after a brand name a product of their own ("iPhone OS", "iPhone SE"); a country code does not', () => {
    expect(products('Formerly called iPhone OS, iOS 4 runs on the iPhone SE.')).toEqual(['iPhone OS → product:iphone-os', 'iOS → product:ios', 'iPhone SE → product:iphone-se']);
    expect(products('Sales of the iPhone US carriers reported rose.')).toEqual(['iPhone → product:iphone']);
  });

  it('a version after a brand is software of its own, and no model the brand alone could stand for', () => {
    expect(products('Apple announced the iPhone 2.0 update.')).toEqual(['iPhone 2.0 → product:iphone-2-0']);
    expect(products('Apple unveiled the iPhone 3GS and the iPhone 3.0 software. The new iPhone hardware is faster.')).toEqual([
      'iPhone 3GS → product:iphone-3gs',
      'iPhone 3.0 → product:iphone-3-0',
      'iPhone → product:iphone-3gs',
    ]);
  });

  it('a brand that opens a longer name ending in a program\'s or event\'s head is not the product', () => {
    expect(products('Developers joined the iPhone Developer Program before the iPhone 4 shipped.')).toEqual(['iPhone 4 → product:iphone-4']);
    expect(products('The iPod Software 1.1.1 update works with the iPod Nano.')).toEqual(['iPod → product:ipod', 'iPod Nano → product:ipod-nano']);
    expect(products('Apple released the iPhone Software Development Kit for the iPhone 3G on Thursday.')).toEqual(['iPhone 3G → product:iphone-3g']);
  });

  it('the brand alone after one model of it is that model; not "the original iPhone", nor after two models', () => {
    expect(products('Apple unveiled the iPhone 4 on Monday. The new iPhone has a glass back.')).toEqual([
      'iPhone 4 → product:iphone-4',
      'iPhone → product:iphone-4',
    ]);
    expect(products('The iPhone 4 is thinner than the original iPhone.')).toEqual([
      'iPhone 4 → product:iphone-4',
      'iPhone → product:iphone',
    ]);
    expect(products('Both the iPhone 3G and the iPhone 4 were on sale. The iPhone sold well.')).toEqual([
      'iPhone 3G → product:iphone-3g',
      'iPhone 4 → product:iphone-4',
      'iPhone → product:iphone',
    ]);
  });

  it('a brand in the plural is the product where the article writes its singular too; "iTunes" is no plural', () => {
    expect(products('Apple sold 21 million iPod players. iPods sold in France have the volume limited.')).toEqual(['iPod → product:ipod', 'iPods → product:ipod']);
    // Not a model named before: the plural is every model.
    expect(products('Apple unveiled the iPhone 4. Sales of iPhones rose, and the iPhone was praised.')).toEqual([
      'iPhone 4 → product:iphone-4',
      'iPhones → product:iphone',
      'iPhone → product:iphone-4',
    ]);
    expect(products('Sales of iPods rose.')).toEqual(['iPods → product:ipods']);
    expect(products('The iTunes Store opened, and iTunes sold songs.')).toEqual(['iTunes Store → product:itunes-store', 'iTunes → product:itunes']);
  });

  it('letters the tagger splits from a model number stay part of it ("iPhone 3GS")', () => {
    expect(products('Buyers queued for the iPhone 3GS in Tokyo.')).toEqual(['iPhone 3GS → product:iphone-3gs']);
  });

  it('a maker named in the article, straight before a model code; then the code alone', () => {
    expect(products('Boeing delayed the Boeing 777X again. The 777X was due in 2020.')).toEqual([
      'Boeing 777X → product:boeing-777x',
      '777X → product:boeing-777x',
    ]);
  });

  it('a code after the maker\'s possessive or "its", before a model\'s class noun; then the code alone; not a count', () => {
    expect(products('Embraer showed a stretched version of its 195 jet. The 195 flies in May.')).toEqual([
      '195 → product:embraer-195',
      '195 → product:embraer-195',
    ]);
    expect(products("Bombardier's Q400 plane is quiet.")).toEqual(['Q400 → product:bombardier-q400']);
    // (The shipped name of a listed model.)
    expect(products("Airlines prefer Boeing's 787 jet.")).toEqual(['787 → product:boeing-787-dreamliner']);
    expect(products('Embraer said its 30 planes and its 2009 model were grounded; Toyota recalled its 400 cars.')).toEqual([]);
  });

  it('the shipped knowledge, with its aliases, wins over a place or an organisation', () => {
    expect(products('Microsoft shipped a patch for Windows. Airbus will stop building the superjumbo.')).toEqual([
      'Windows → product:windows',
      'superjumbo → product:airbus-a380',
    ]);
  });

  it('an older name resolves to the product: "iTunes Music Store" is the iTunes Store', () => {
    expect(products('Songs sold through the iTunes Music Store rose.')).toEqual([
      'iTunes Music Store → product:itunes-store',
    ]);
  });

  it('not: a year after a company, a surname with a capital inside, a known company, a number after a brand that counts something', () => {
    expect(products('Apple 2010 results beat forecasts, Senator McCain said.')).toEqual([]);
    expect(products('YouTube and PayPal grew quickly.')).toEqual([]);
    expect(products('Sales of the iPad 3 million units in a week.')).toEqual(['iPad → product:ipad']);
  });
});

describe('recogniseProducts: a model in the plural', () => {
  it('is the product, by its known name or its code named before ("A380s", "Dreamliners", "15 more 787s")', () => {
    expect(products('Two of the A380s landed in Dubai. Dreamliners will follow next year.')).toEqual(['A380s → product:airbus-a380', 'Dreamliners → product:boeing-787-dreamliner']);
    expect(products('Qantas ordered the Boeing 787 and took options on 15 more 787s.')).toContain('787 → product:boeing-787-dreamliner');
  });

  it('not a plural the article never names as a model ("the 1980s")', () => {
    expect(products('Sales have not been so low since the 1980s.')).toEqual([]);
  });
});
