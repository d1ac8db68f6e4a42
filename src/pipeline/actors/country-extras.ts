/**
 * What i18n-iso-countries does not carry: demonyms (adjectives and plural nouns) and capitals,
 * which news uses for a country's government ("Belgrade said"). ISO alpha-2 code → data.
 * Also extra names in common news use ("Britain", "Macedonia" before 2019).
 */
export interface CountryExtra {
  demonyms: string[];
  capital?: string;
  names?: string[];
  /** Canonical name where the shortest package name is not the usual one. */
  canonical?: string;
}

const CANONICAL: Record<string, string> = {
  GB: 'United Kingdom',
  CZ: 'Czech Republic',
  RU: 'Russia',
  VA: 'Vatican City',
};

const TABLE = `
AF Afghan,Afghans|Kabul
AL Albanian,Albanians|Tirana
AM Armenian,Armenians|Yerevan
AT Austrian,Austrians|Vienna
AU Australian,Australians|Canberra
AZ Azerbaijani,Azerbaijanis|Baku
BA Bosnian,Bosnians|Sarajevo|Bosnia
BE Belgian,Belgians
BG Bulgarian,Bulgarians|Sofia
BR Brazilian,Brazilians|Brasilia
BY Belarusian,Belarusians|Minsk
CA Canadian,Canadians|Ottawa
CH Swiss|Bern|Switzerland
CN Chinese|Beijing
CY Cypriot,Cypriots|Nicosia
CZ Czech,Czechs|Prague|Czech Republic
DE German,Germans|Berlin
DK Danish,Danes|Copenhagen
EE Estonian,Estonians|Tallinn
EG Egyptian,Egyptians|Cairo
ES Spanish,Spaniards|Madrid
FI Finnish,Finns|Helsinki
FR French|Paris
GB British,Briton,Britons|London|Britain,Great Britain,UK,U.K.
GE Georgian,Georgians|Tbilisi
GR Greek,Greeks|Athens
HR Croatian,Croatians,Croats|Zagreb
HU Hungarian,Hungarians|Budapest
IE Irish|Dublin
IL Israeli,Israelis|Jerusalem
IN Indian,Indians|New Delhi
IQ Iraqi,Iraqis|Baghdad
IR Iranian,Iranians|Tehran
IT Italian,Italians|Rome
JP Japanese|Tokyo
KP North Korean,North Koreans|Pyongyang
KR South Korean,South Koreans|Seoul
LT Lithuanian,Lithuanians|Vilnius
LV Latvian,Latvians|Riga
MD Moldovan,Moldovans|Chisinau
ME Montenegrin,Montenegrins|Podgorica
MK Macedonian,Macedonians|Skopje|Macedonia
MX Mexican,Mexicans|Mexico City
NE Nigerien,Nigeriens|Niamey
NG Nigerian,Nigerians|Abuja
NL Dutch|Amsterdam|the Netherlands,Holland
NO Norwegian,Norwegians|Oslo
PK Pakistani,Pakistanis|Islamabad
PL Polish,Poles|Warsaw
PS Palestinian,Palestinians
PT Portuguese|Lisbon
RO Romanian,Romanians|Bucharest
RS Serbian,Serbians|Belgrade
RU Russian,Russians|Moscow
SA Saudi,Saudis|Riyadh
SE Swedish,Swedes|Stockholm
SI Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
SK Slovak,Slovaks|Bratislava
SY Syrian,Syrians|Damascus
TR Turkish,Turks|Ankara
TW Taiwanese|Taipei
UA Ukrainian,Ukrainians|Kyiv|Kiev
US American,Americans|Washington|U.S.,US,USA,the United States,America
XK Kosovar,Kosovars|Pristina|Kosova
AE Emirati,Emiratis|Abu Dhabi|UAE,U.A.E.,the Emirates
AO Angolan,Angolans|Luanda
AR Argentine,Argentinian,Argentinians,Argentines|Buenos Aires
BD Bangladeshi,Bangladeshis|Dhaka
BF Burkinabe|Ouagadougou
BH Bahraini,Bahrainis|Manama
BO Bolivian,Bolivians|La Paz
CD Congolese|Kinshasa|DR Congo,DRC,Democratic Republic of Congo
CI Ivorian,Ivorians|Abidjan|Ivory Coast
CL Chilean,Chileans|Santiago
CM Cameroonian,Cameroonians|Yaounde
CO Colombian,Colombians|Bogota
CU Cuban,Cubans|Havana
DZ Algerian,Algerians|Algiers
EC Ecuadorian,Ecuadorians|Quito
ET Ethiopian,Ethiopians|Addis Ababa
GH Ghanaian,Ghanaians|Accra
ID Indonesian,Indonesians|Jakarta
IS Icelandic,Icelanders|Reykjavik
JO Jordanian,Jordanians|Amman
KE Kenyan,Kenyans|Nairobi
KG Kyrgyz|Bishkek
KZ Kazakh,Kazakhs,Kazakhstani|Astana
KW Kuwaiti,Kuwaitis|Kuwait City
LB Lebanese|Beirut
LY Libyan,Libyans|Tripoli
LU Luxembourgish
MA Moroccan,Moroccans|Rabat
ML Malian,Malians|Bamako
MM Burmese|Naypyidaw|Burma
MN Mongolian,Mongolians|Ulaanbaatar
MY Malaysian,Malaysians|Kuala Lumpur
NZ New Zealander,New Zealanders|Wellington
OM Omani,Omanis|Muscat
PE Peruvian,Peruvians|Lima
PH Filipino,Filipinos,Philippine|Manila
QA Qatari,Qataris|Doha
SD Sudanese|Khartoum
SG Singaporean,Singaporeans
SN Senegalese|Dakar
SO Somali,Somalis|Mogadishu
SS South Sudanese|Juba
TD Chadian,Chadians|N'Djamena
TH Thai|Bangkok
TJ Tajik,Tajiks|Dushanbe
TM Turkmen|Ashgabat
TN Tunisian,Tunisians|Tunis
TZ Tanzanian,Tanzanians|Dodoma
UG Ugandan,Ugandans|Kampala
UY Uruguayan,Uruguayans|Montevideo
UZ Uzbek,Uzbeks|Tashkent
VE Venezuelan,Venezuelans|Caracas
VN Vietnamese|Hanoi
YE Yemeni,Yemenis|Sanaa
ZA South African,South Africans|Pretoria
ZM Zambian,Zambians|Lusaka
ZW Zimbabwean,Zimbabweans|Harare
`;

export const COUNTRY_EXTRAS: Map<string, CountryExtra> = new Map(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [head, capital, names] = line.split('|');
      const [code, demonyms] = [head!.slice(0, 2), head!.slice(3)];
      const extra: CountryExtra = { demonyms: demonyms ? demonyms.split(',') : [] };
      if (capital) extra.capital = capital;
      if (names) extra.names = names.split(',');
      const canonical = CANONICAL[code];
      if (canonical) extra.canonical = canonical;
      return [code, extra] as const;
    }),
);
