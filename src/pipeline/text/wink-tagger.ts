/**
 * wink-nlp's tokens, part-of-speech tags and lemmas for a text, read so that no text changes how
 * another is read.
 *
 * wink adds every out-of-vocabulary word it meets to its lexicon, and its tokeniser keeps a word
 * it finds there whole: once "Weisfield's," had been read, "Weisfield's rocketed" became one
 * token instead of "Weisfield" "'s" in any later text the same thread tagged. A build then
 * depended on which articles a worker happened to read before (two builds of one folder could
 * differ), and the lexicon grew with every new word of a long build.
 *
 * Here each read tokenises as if from the model's own lexicon: the words with a mark a read added
 * are taken out of the lexicon's index after it (their entries stay, so the lexicon's list stays
 * aligned with wink's private feature table, and such a word read again gets a fresh entry);
 * past MAX_ADDED entries the instance is replaced by a new one (about 50 ms), which bounds memory.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of wink's core model a read adds to: the lexicon's words and their index. */
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
}

interface Instance {
  nlp: WinkMethods;
  lexicon: Lexicon;
  /** The lexicon's length as the model made it. */
  intrinsic: number;
}

/** Entries added by reads (each read's words, again for each read) before the instance is replaced. */
const MAX_ADDED = 100_000;

let instance: Instance | null = null;

/** A word of letters alone, or of digits alone. */
const PLAIN_RE = /^(?:\p{L}+|\d+)$/u;

/** A wink instance over a core model this module can see: `core()` is wink's loader, called once per instance. */
function makeInstance(): Instance {
  let core: { features: { lexeme: Lexicon } } | null = null;
  const seen = Object.assign(Object.create(null) as object, model, {
    core: () => (core = (model.core as unknown as () => typeof core)()),
  }) as typeof model;
  const nlp = winkNLP(seen, ['pos']);
  if (!core) throw new Error('wink-nlp did not load its core model through core()');
  const lexicon = (core as { features: { lexeme: Lexicon } }).features.lexeme;
  return { nlp, lexicon, intrinsic: lexicon.list.length };
}

/** One instance per process (or worker thread), replaced once reads have added MAX_ADDED entries. */
function current(): Instance {
  if (!instance || instance.lexicon.list.length - instance.intrinsic > MAX_ADDED) instance = makeInstance();
  return instance;
}

/** Loads the model now (about a third of a second), so that the first text is tagged at once. */
export function warmTagger(): void {
  current();
}

export interface Tagged {
  /** Token texts as wink split them (white space tokens included). */
  values: string[];
  /** Universal Dependencies tags, one per value. */
  tags: string[];
  lemmas: string[];
}

/** Tokens, tags and lemmas of `text`, the same whatever was read before. */
export function tagWithWink(text: string): Tagged {
  const { nlp, lexicon } = current();
  const before = lexicon.list.length;
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink's typings miss that `its.lemma` is a token helper like the others.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  // Forget the words this read added that hold a mark (lemmas are read last: they may look words
  // up too). A word of letters or of digits alone is one token however it is found, so it stays:
  // re-adding it would cost a third of wink's time, and only a mark ("Weisfield's", "$50") gives
  // the tokeniser something to split or not.
  for (let k = before; k < lexicon.list.length; k++) {
    const word = lexicon.list[k]!;
    if (!PLAIN_RE.test(word)) delete lexicon.hash[word];
  }
  return { values, tags, lemmas };
}
