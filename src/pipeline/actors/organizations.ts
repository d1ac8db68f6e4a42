/**
 * International organisations and their missions: no maintained package lists them, so this is
 * the project's own list. `short` forms ("the alliance") count only when the organisation itself
 * was named earlier in the same article. `partOf` records affiliation (KFOR is NATO's mission).
 */
export interface OrgEntry {
  name: string;
  aliases: string[];
  short?: string[];
  partOf?: string;
}

export const ORGANIZATIONS: OrgEntry[] = [
  {
    name: 'NATO',
    aliases: [
      'North Atlantic Treaty Organization',
      'North Atlantic Treaty Organisation',
      'the North Atlantic alliance',
    ],
    short: ['the alliance', 'the Western military alliance', 'the military alliance'],
  },
  {
    name: 'Kosovo Force',
    aliases: ['KFOR', 'NATO-led Kosovo Force', 'NATO-led peacekeeping force'],
    short: ['the peacekeeping force', 'the peacekeepers'],
    partOf: 'NATO',
  },
  { name: 'European Union', aliases: ['EU', 'E.U.'], short: ['the bloc', 'the union'] },
  {
    name: 'European Commission',
    aliases: ['EU Commission'],
    short: ['the commission'],
    partOf: 'European Union',
  },
  { name: 'European Parliament', aliases: [], partOf: 'European Union' },
  {
    name: 'Council of the European Union',
    aliases: ['EU Council', 'European Council'],
    partOf: 'European Union',
  },
  {
    name: 'EULEX',
    aliases: [
      'EU rule-of-law mission',
      'European Union Rule of Law Mission in Kosovo',
      'EU Rule of Law Mission',
    ],
    partOf: 'European Union',
  },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], short: ['the world body'] },
  {
    name: 'UN Security Council',
    aliases: ['United Nations Security Council', 'Security Council', 'U.N. Security Council'],
    partOf: 'United Nations',
  },
  {
    name: 'UN General Assembly',
    aliases: ['United Nations General Assembly', 'General Assembly', 'U.N. General Assembly'],
    partOf: 'United Nations',
  },
  {
    name: 'UNMIK',
    aliases: [
      'UN Mission in Kosovo',
      'United Nations Interim Administration Mission in Kosovo',
      'UN mission in Kosovo',
    ],
    partOf: 'United Nations',
  },
  {
    name: 'International Court of Justice',
    aliases: ['ICJ', 'World Court', 'the world court'],
    short: ['the court'],
    partOf: 'United Nations',
  },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  {
    name: 'UNESCO',
    aliases: ['United Nations Educational, Scientific and Cultural Organization'],
    partOf: 'United Nations',
  },
  {
    name: 'OSCE',
    aliases: [
      'Organization for Security and Co-operation in Europe',
      'Organisation for Security and Co-operation in Europe',
    ],
  },
  { name: 'Council of Europe', aliases: [] },
  { name: 'Interpol', aliases: ['INTERPOL', 'International Criminal Police Organization'] },
  {
    name: 'ECOWAS',
    aliases: ['Economic Community of West African States'],
    short: ['the regional bloc'],
  },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'G7', aliases: ['Group of Seven', 'G-7'] },
  { name: 'G20', aliases: ['Group of 20', 'G-20'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  {
    name: 'Organisation of Islamic Cooperation',
    aliases: ['OIC', 'Organization of Islamic Cooperation'],
  },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'European Central Bank', aliases: ['ECB'], partOf: 'European Union' },
  { name: 'Schengen area', aliases: ['Schengen zone', 'Schengen'] },
  { name: 'White House', aliases: [], partOf: 'United States' },
  { name: 'Kremlin', aliases: ['the Kremlin'], partOf: 'Russia' },
  {
    name: 'US State Department',
    aliases: ['State Department', 'U.S. State Department'],
    partOf: 'United States',
  },
  { name: 'Taiwan Affairs Office', aliases: [], partOf: 'China' },
];
