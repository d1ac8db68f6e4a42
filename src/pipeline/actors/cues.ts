/** Word lists and patterns that signal people, organisations and governments. */

/** Titles that introduce a person's name ("Prime Minister Albin Kurti"); multiword first. */
export const TITLES = [
  'Deputy Prime Minister', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Interior Minister', 'Finance Minister', 'Justice Minister', 'Minister', 'Secretary General',
  'Secretary-General', 'Deputy Secretary General', 'Secretary of State', 'Secretary', 'President-elect',
  'Vice President', 'Vice-President', 'President', 'Chancellor', 'King', 'Queen', 'Prince', 'Pope',
  'Ambassador', 'Envoy', 'Special Envoy', 'Special Representative', 'High Representative', 'Commissioner',
  'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Lieutenant General', 'Major General', 'Brigadier General',
  'Colonel', 'Col.', 'Admiral', 'Adm.', 'Commander', 'Mayor', 'Speaker', 'House Speaker', 'Judge',
  'Justice', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.', 'Patriarch', 'Bishop',
  'Sheikh', 'Chairman', 'Chairwoman', 'Chief', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Premier',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sgt.', 'Sergeant', 'Captain', 'Capt.', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Prosecutor', 'Chief Prosecutor', 'Director', 'Director-General', 'CEO', 'Leader', 'Opposition Leader',
];
export const TITLE_KEYS = new Map(TITLES.map((t) => [t.toLowerCase(), t]));
export const MAX_TITLE_TOKENS = 3;

/** Verbs that follow a person's name in news copy ("Kurti said", "Osmani-Sadriu stated"). */
export const SPEECH_VERB_RE =
  /^,?\s+(?:also\s+|later\s+|earlier\s+|then\s+)?(?:said|says|told|tells|stated|states|announced|announces|added|wrote|writes|warned|warns|insisted|argued|noted|explained|urged|called|met|meets|visited|signed|described|declared|denied|accused|promised|pledged|vowed|claimed|stressed|confirmed|rejected|welcomed|condemned|resigned|arrived|asked|responded|replied|has|had|was|is|will|would)\b/;

/** Head nouns that make a capitalised run an organisation. */
export const ORG_HEAD_RE =
  /^(?:Ministry|Council|Court|Agency|Office|Party|Union|Organisation|Organization|Commission|Force|Forces|Bank|Fund|Assembly|Parliament|Mission|Institute|Association|Movement|Committee|Authority|Service|Services|Army|Police|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Group|Government|Department|Tribunal|Alliance|League|Federation|Front|Coalition|University|Church|Chamber|Senate|Congress|Cabinet|Secretariat|Directorate|Board|Bureau|Centre|Center|Foundation|Guard|Navy|Airlines|Airways|Network|Times|Post|News|Press|Television|Radio|Community|Nations|Brigade|Battalion|Unit)$/;

/** Capitalised runs ending in these are documents or events, not actors. */
export const NOT_ACTOR_END_RE = /^(?:Agreement|Treaty|Accord|Accords|Act|Plan|Convention|Resolution|Programme|Program|Summit|Conference|Declaration|Protocol|Charter|Initiative|Process|Strategy|Day|War|Games|Cup|Prize|Award)$/;

/** Nouns that, after a country name or demonym, name that country's institution. */
export const INSTITUTION_RE =
  /^(?:government|parliament|assembly|police|army|military|authorities|officials|forces|troops|ministry|presidency|cabinet|leadership|diplomats|delegation|negotiators|prosecutors|courts?|security|state|side|leaders?)$/i;

/** After a capital, signs that it stands for its government. */
export const GOVERNMENT_VERB_RE =
  /^\s+(?:has|have|had|was|is|will|would|says|said|insisted|insists|rejected|rejects|accused|accuses|wants|wanted|refused|refuses|responded|recognised|recognized|condemned|condemns|warned|warns|demanded|demands|denied|denies|agreed|agrees|argued|argues|maintains|maintained|considers|considered|does|did|sees|saw|regards|blamed|blames|backed|backs|opposed|opposes|fears|feared|expects|objected|accepted|approved|announced|called|urged)\b/;

/** Capitalised words that do not start a name (sentence-initial function words, months, days). */
export const STOP_CAPS = new Set(
  (
    'The A An In On At By For From To Of And But Or If When While After Before Since Until As It Its This That These Those ' +
    'He She They We I You His Her Their Our There Here Then Now Also However Meanwhile Some Several Many Most Other Others ' +
    'Both Each Every All No Not Under Over Last Next Earlier Later According Despite During Following Amid Among Between ' +
    'Without With Within Into Through Against About Such Yet Still Only Even Instead Although Though Because Once ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr'
  ).split(' '),
);

/** Role nouns before an appositive name: "The president of X, Vjosa Osmani-Sadriu, told …". */
export const APPOSITIVE_BEFORE_RE =
  /\b(?:president|prime minister|minister|leader|spokesman|spokeswoman|spokesperson|envoy|chief|ambassador|commander|head|mayor|official|secretary|general|chairman|director|negotiator|representative)\b[^,.;]{0,60},\s*$/i;
