/** Word lists and patterns that signal people, organisations and governments. */

/** Titles that introduce a person's name ("Prime Minister Albin Kurti"); multiword first. */
export const TITLES = [
  'Deputy Prime Minister',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Interior Minister',
  'Finance Minister',
  'Justice Minister',
  'Minister',
  'Secretary General',
  'Secretary-General',
  'Deputy Secretary General',
  'Secretary of State',
  'Secretary',
  'President-elect',
  'Vice President',
  'Vice-President',
  'President',
  'Chancellor',
  'King',
  'Queen',
  'Prince',
  'Pope',
  'Ambassador',
  'Envoy',
  'Special Envoy',
  'Special Representative',
  'High Representative',
  'Commissioner',
  'General',
  'Gen.',
  'Lt. Gen.',
  'Maj. Gen.',
  'Lieutenant General',
  'Major General',
  'Brigadier General',
  'Colonel',
  'Col.',
  'Admiral',
  'Adm.',
  'Commander',
  'Mayor',
  'Speaker',
  'House Speaker',
  'Judge',
  'Justice',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  'Governor',
  'Gov.',
  'Patriarch',
  'Bishop',
  'Sheikh',
  'Chairman',
  'Chairwoman',
  'Chief',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Premier',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Sgt.',
  'Sergeant',
  'Captain',
  'Capt.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prosecutor',
  'Chief Prosecutor',
  'Director',
  'Director-General',
  'CEO',
  'Leader',
  'Opposition Leader',
  'Chief Executive',
  'Chief Executive Officer',
  'Chief Operating Officer',
  'Chief Financial Officer',
  'CFO',
  'COO',
  'Founder',
  'Co-founder',
  'Vice Chairman',
  'Managing Director',
  'Executive Director',
  'Professor',
  'Prof.',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
  'Rev.',
  'Reverend',
  'Father',
  'Rabbi',
  'Imam',
  'Ayatollah',
  'Emir',
  'Sultan',
  'Crown Prince',
  'Princess',
  'Duke',
  'Archbishop',
  'Cardinal',
  'Chief Justice',
  'Attorney General',
  'Lieutenant',
  'Major',
  'Corporal',
  'Private',
  'Inspector',
  'Superintendent',
  'Detective',
  'Officer',
  'Constable',
  'Congressman',
  'Congresswoman',
  'Assemblyman',
  'Councillor',
  'Councilman',
  'MP',
  'MEP',
  'Deputy',
  'Vice Premier',
  'Foreign Secretary',
  'Home Secretary',
  'Defence Secretary',
  'Defense Secretary',
  'Treasury Secretary',
  'Speaker of the House',
  'Presiding Judge',
  'Mr Justice',
  'Mayor-elect',
  'Coach',
  'Manager',
  'Analyst',
  'Economist',
];
export const TITLE_KEYS = new Map(TITLES.map((t) => [t.toLowerCase(), t]));
export const MAX_TITLE_TOKENS = 3;

/** Role nouns in lower case before a name: "Uralsib analyst Chris Weafer", "spokeswoman Sandy Angers". */
export const ROLE_NOUNS = (
  'analyst analysts analysist spokesman spokeswoman spokesperson executive chief ceo chairman chairwoman chair president minister ' +
  'secretary director founder co-founder economist strategist professor lawyer attorney judge senator governor mayor ambassador ' +
  'envoy commander general official officer manager head leader editor reporter correspondent researcher scientist partner trader ' +
  'investor banker chancellor premier candidate rival colleague successor predecessor deputy adviser advisor aide actor actress ' +
  'singer player coach captain columnist author writer activist photographer lawmaker representative prosecutor inspector designer ' +
  'engineer entrepreneur billionaire businessman businesswoman tycoon owner wife husband son daughter brother sister father mother ' +
  'cousin friend consultant expert historian pilot negotiator member boss chairperson dr dr. mr mr. mrs mrs. ms ms.'
).split(' ');
const ROLE_PHRASES = [
  'chief executive',
  'vice president',
  'vice-president',
  'chief executive officer',
  'chief operating officer',
  'vice chairman',
];
export const ROLE_BEFORE_RE = new RegExp(
  `(?:^|\\s)(?:${[...ROLE_PHRASES, ...ROLE_NOUNS].map((w) => w.replace(/[.]/g, '\\.')).join('|')})\\s+$`,
  'i',
);

/** Titles and roles, lower case, that belong to a person's mention phrase ("U.S. President Barack Obama"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLES.map((t) => t.toLowerCase()),
  ...ROLE_NOUNS,
  ...ROLE_PHRASES,
]);

/** Nouns that describe an organisation right before its name ("aircraft manufacturer Boeing", "German magazine Der Spiegel"). */
export const ORG_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(
  (
    'company companies firm maker manufacturer carrier airline retailer bank insurer giant subsidiary airframer automaker ' +
    'carmaker conglomerate chain operator supplier publisher broker brokerage lender consortium group newspaper broadcaster agency ' +
    'magazine union party network channel startup start-up developer producer builder contractor bloc alliance ' +
    'organisation organization charity association federation automobile-maker car-maker parent company'
  )
    .split(' ')
    .concat(['car maker', 'auto maker', 'parent company', 'flag carrier']),
);

/** Organisation words ("Inc.", "Corporation") that may follow a known name without changing it. */
export const LEGAL_SUFFIX_RE =
  /^(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|Co|AG|SA|S\.A\.|NV|N\.V\.|GmbH|SpA|S\.p\.A\.|Company|Incorporated|Holding|Holdings|Group|Motors?)$/;

/** A name with a participle suffix: "Craiova-based", "EADS-led", "Moscow-backed". */
export const AFFIX_RE =
  /^(.+?)-(?:based|led|owned|backed|run|controlled|born|made|funded|sponsored|listed|headquartered|allied|aligned|brokered|built|mediated|hosted|chaired|financed|supported|organised|organized|appointed|installed)$/;

/** Verbs of saying and doing that follow a person's name ("Kurti said"), without auxiliaries. */
export const PERSON_VERB_RE =
  /^,?\s+(?:also\s+|later\s+|earlier\s+|then\s+)?(?:said|says|told|tells|stated|states|announced|announces|added|wrote|writes|warned|warns|insisted|argued|noted|explained|urged|met|meets|visited|described|declared|denied|promised|pledged|vowed|claimed|stressed|confirmed|welcomed|condemned|resigned|asked|responded|replied|admitted|recalled|died|was born|was elected|was appointed|was named)\b/;

/** Verbs that follow a person's name in news copy ("Kurti said", "Osmani-Sadriu stated"). */
export const SPEECH_VERB_RE =
  /^,?\s+(?:also\s+|later\s+|earlier\s+|then\s+)?(?:said|says|told|tells|stated|states|announced|announces|added|wrote|writes|warned|warns|insisted|argued|noted|explained|urged|called|met|meets|visited|signed|described|declared|denied|accused|promised|pledged|vowed|claimed|stressed|confirmed|rejected|welcomed|condemned|resigned|arrived|asked|responded|replied|has|had|was|is|will|would)\b/;

/** Head nouns that make a capitalised run an organisation. */
export const ORG_HEAD_RE =
  /^(?:Ministry|Council|Court|Agency|Office|Party|Union|Organisation|Organization|Commission|Force|Forces|Bank|Fund|Assembly|Parliament|Mission|Institute|Association|Movement|Committee|Authority|Service|Services|Army|Police|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Group|Government|Department|Tribunal|Alliance|League|Federation|Front|Coalition|University|Church|Chamber|Senate|Congress|Cabinet|Secretariat|Directorate|Board|Bureau|Centre|Center|Foundation|Guard|Navy|Airlines|Airways|Network|Times|Post|News|Press|Television|Radio|Community|Nations|Brigade|Battalion|Unit|Airlines|Airline|Airways|Air|Aviation|Aerospace|Motors|Motor|Systems|Technologies|Technology|Holdings|Research|Capital|Partners|Securities|Exchange|Reserve|Industries|Electronics|Communications|Telecom|Pharmaceuticals|Energy|Petroleum|Insurance|Bancorp|Financial|Media|Entertainment|Studios|Records|Labs|Laboratories|Software|Computers|Inc|Corp|Ltd|LLC|plc|PLC|AG|GmbH|Trust|Consortium|Institution|Society|Club|Team|Fed|Treasury|Ministry|Administration|Commission|Council|Court|Parliament|Legislature|Regime|Junta|Militia|Rebels|Brotherhood|Hospital|School|College|Academy|Museum|Library|Orchestra|Theatre|Theater|Magazine|Journal|Herald|Tribune|Gazette|Daily|Telegraph|Observer|Broadcasting|Channel|Agencies|Associates|Enterprises|Ventures|Logistics|Foods|Brands|Stores|Bank|Banks|Aircraft|Courts|Ministries|Workers|Railways|Railway|Shipping|Lines)$/;

/** Capitalised runs ending in these are documents or events, not actors. */
export const NOT_ACTOR_END_RE =
  /^(?:Agreement|Agreements|Treaty|Accord|Accords|Act|Plan|Convention|Resolution|Programme|Program|Summit|Conference|Declaration|Protocol|Charter|Initiative|Process|Strategy|Day|War|Games|Cup|Prize|Award|Annex|Deal|Law|Bill|Constitution|Report|Amendment|Regulation|Directive|Statement|Communique|Roadmap|Framework|Dialogue|Talks|Package|Elections?|Referendum|Crisis|Olympics|Championships?|Festival|Exhibition|Show|Week|Month|Year|Era|Age|Revolution|Uprising|Battle|Operation|Campaign|Index|Average|Composite|Flight|Flights|Prize|Awards|Tour|Open|Marathon|Expo|Fair|Forum|Symposium|Meeting|Session|Congress|Assembly|Hearing|Trial|Case|Affair|Scandal|Massacre|Attack|Bombing|Disaster|Doctrine|Principle|Rule|Rules|Code|Standard|Visa|Passport|Card|Plates?|Border|Line|Station|Hall|Tower|Palace|Building|Base|Camp|Gate|Wall|Monastery|Mosque|Cathedral|Temple)$/;

/** Nouns that, after a country name or demonym, name that country's institution. */
export const INSTITUTION_RE = /^(?:Government|Administration)$/;

/** After a capital, signs that it stands for its government. */
export const GOVERNMENT_VERB_RE =
  /^\s+(?:has|have|had|was|is|will|would|says|said|insisted|insists|rejected|rejects|accused|accuses|wants|wanted|refused|refuses|responded|recognised|recognized|condemned|condemns|warned|warns|demanded|demands|denied|denies|agreed|agrees|argued|argues|maintains|maintained|considers|considered|does|did|sees|saw|regards|blamed|blames|backed|backs|opposed|opposes|fears|feared|expects|objected|accepted|approved|announced|called|urged|protested|protests|welcomed|welcomes|criticised|criticized|criticises|criticizes|reacted|threatened|threatens|dismissed|dismisses|praised|praises|hailed|summoned|expelled|recalled|retaliated|pledged|vowed|froze|freezes|suspended|suspends|halted|halts|imposed|imposes|banned|bans|blocked|blocks|withdrew|withdraws)\b/;

/** Capitalised words that do not start a name (sentence-initial function words, months, days). */
export const STOP_CAPS = new Set(
  (
    'The A An In On At By For From To Of And But Or If When While After Before Since Until As It Its This That These Those ' +
    'He She They We I You His Her Their Our There Here Then Now Also However Meanwhile Some Several Many Most Other Others ' +
    'Both Each Every All No Not Under Over Last Next Earlier Later According Despite During Following Amid Among Between ' +
    'Without With Within Into Through Against About Such Yet Still Only Even Instead Although Though Because Once ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr ' +
    'Today Yesterday Tomorrow Tonight What Why How Where Who Which Whose Whether Do Does Did Is Are Was Were Be Been Has Have Had ' +
    'Would Can Could Should Must Might Shall Let Please Thanks Yes Well So Just Very Much More Less Few Any None Nor ' +
    'Two Three Four Five Six Seven Eight Nine Ten Former Current ' +
    'AM PM CEO CFO COO CTO USD EUR GBP UTC GMT GDP IPO TV PC OK DVD CD PDF HIV AIDS DNA SUV MP3 LCD LED GPS SMS VAT ID PIN ATM FAQ PR HR IT AI VR AR Q1 Q2 Q3 Q4 SDK OS API USB WiFi'
  ).split(' '),
);

/** Role nouns before an appositive name: "The president of X, Vjosa Osmani-Sadriu, told …". */
export const APPOSITIVE_BEFORE_RE =
  /\b(?:president|prime minister|minister|leader|spokesman|spokeswoman|spokesperson|envoy|chief|ambassador|commander|head|mayor|official|secretary|general|chairman|director|negotiator|representative)\b[^,.;]{0,60},\s*$/i;

/** Capitalised words that are never an actor on their own (they may be part of a longer name). */
export const NOT_ALONE = new Set(
  (
    'Internet Web Online Email Mac Christmas Easter Ramadan Eid Halloween Thanksgiving Catholic Orthodox Muslim Muslims Christian ' +
    'Christians Jewish Jews Islam Islamic Protestant Buddhist Hindu Sunni Shia Shiite English Latin Arabic Communist Communists Socialist ' +
    'Socialists Liberal Liberals Conservative Republican Democratic Northern Southern Eastern Western North South East West Central Upper ' +
    'Lower Greater Inner Outer Great Grand Royal National International Global Federal State City County Province District Region ' +
    'Ministry Government Parliament Council Court Senate Police Army Navy Company Group Bank Party Union Agency Office Commission ' +
    'Committee Board Department Assembly Cabinet Presidency Mission Force Forces Alliance Coalition Opposition Administration Embassy ' +
    'Constitution Treaty Agreement President Minister Premier Chairman Secretary King Queen Prince Pope General Justice Mayor Governor ' +
    'Senator Ambassador Director Chief Officer Spokesman Spokeswoman Analyst Analysts Prime First Second Third Last Next New Old One ' +
    'Final Big Small Top High Low Day Night Morning Evening Week Month Year Summer Winter Spring Autumn Fall Earth Moon Sun God Lord ' +
    'Mr Mrs Ms Dr Sir Madam Serb Serbs Albanian Albanians Kosovar Kosovars Europeans Westerners Northerners Southerners Bosniak Bosniaks Croat Croats Roma'
  ).split(' '),
);

/** Last words that make a capitalised run a place ("Changi International Airport", "Moscone Center"). */
export const LOC_HEAD_RE =
  /^(?:Airport|Island|Islands|River|Mountains|Mountain|Valley|Province|County|Bay|Lake|Ocean|Sea|Peninsula|Desert|Strait|Canal|Gulf|Street|Avenue|Square|Bridge|Road|Highway|Park|Center|Centre|Stadium|Arena|Plaza|Boulevard|Heights|Hills|Coast|Delta|Basin|Plateau|Falls|Forest|Oblast|Municipality|Prefecture|Governorate|Village|Town|Township|District|Port|Harbour|Harbor|Airbase|Crossing)$/;

/** Words before an unknown name that make it an organisation ("shares of X", "carmaker X"). */
export const ORG_BEFORE_RE =
  /\b(?:company|companies|firm|maker|manufacturer|carrier|airline|retailer|bank|insurer|giant|rival|subsidiary|parent|airframer|automaker|carmaker|conglomerate|chain|operator|supplier|publisher|broker|brokerage|lender|start-?up|consortium|group|shares (?:of|in)|stake in|stock of|ceo of|chief executive of|chairman of|founder of|analysts? (?:at|with)|works? (?:at|for)|worked (?:at|for)|acquired|acquisition of|merger (?:with|of)|takeover of|subsidiary of|unit of|owned by|customers of|partnership with|newspaper|broadcaster|agency|party)\s+$/i;

/** Words after an unknown name that make it an organisation ("X's shares", "X analyst", "X, a … firm"). */
export const ORG_AFTER_RE =
  /^(?:(?:['’]s)?\s+(?:shares|stock|share price|chief executive|ceo|chairman|board|spokesman|spokeswoman|spokesperson|executives?|employees|workers|plants?|factory|factories|headquarters|subsidiary|subsidiaries|brand|products|customers|stores|shareholders|investors|profits?|revenues?|earnings|analysts?|economists?|stake)\b|\s+(?:Inc|Corp|Ltd|LLC|plc)\b)/iu;

/** An appositive after an unknown name that makes it an organisation ("X, a market research firm"). */
export const ORG_APPOSITIVE_RE =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:company|firm|maker|manufacturer|carrier|airline|retailer|bank|group|consortium|subsidiary|agency|organi[sz]ation|network|newspaper|broadcaster|channel|publisher|insurer|lender|developer|supplier|operator|startup|start-up|chain|conglomerate|giant|party|union|charity|exchange)\b/iu;

/** Head nouns that make a run an organisation even after a given name ("Douglas Aircraft", not "Jim Press"). */
export const STRONG_ORG_HEAD_RE =
  /^(?:Ministry|Council|Court|Agency|Party|Organisation|Organization|Commission|Bank|Fund|Assembly|Parliament|Institute|Association|Committee|Authority|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|LLC|plc|PLC|Department|Tribunal|Federation|University|Airlines|Airways|Aircraft|Motors|Industries|Technologies|Systems|Holdings|Foundation|Bancorp|Securities|Insurance|Pharmaceuticals|Electronics|Communications)$/;
