/**
 * The event type of a clause, from its words. First match in this order wins: violence and
 * military action outrank the statement that reports them. See docs/EVENTS.md.
 */
import type { EventType } from '../../model/dataset.ts';

const RULES: [EventType, RegExp][] = [
  ['violence', /\b(?:kill(?:ed|ing|s)?|shot|shooting|attack(?:ed|s)?|clash(?:ed|es)?|injur(?:ed|ies|ing)|wounded|bomb(?:ing|ed)?|explosion|violence|set (?:on fire|ablaze)|torched|riot(?:s|ing)?|gunmen|gunfire|murder(?:ed)?)\b/i],
  ['military', /\b(?:troops|soldiers|battalion|deploy(?:ed|ment|s)?|military|army|peacekeep\w*|KFOR|air ?strikes?|bombing campaign|armed forces|reinforcements|alert|exercise)\b/i],
  ['election', /\b(?:elect(?:ed|ion|ions|s)?|vote[ds]?|voting|ballot|polls?|referendum|run-off|turnout|inaugurat\w*|sworn in)\b/i],
  ['agreement', /\b(?:agree(?:d|ment|ments|s)?|deal|accord|sign(?:ed|ing)?|treaty|pact|initial(?:l)?ed|compromise|normalisation|normalization)\b/i],
  ['protest', /\b(?:protest(?:s|ed|ers)?|rall(?:y|ies|ied)|demonstrat\w*|barricades?|blockade|block(?:ed|ing)? (?:roads?|crossings?)|roadblocks?|march(?:ed)? through|boycott\w*|resign(?:ed|ation|ations)?)\b/i],
  ['legal', /\b(?:court|ruling|ruled|judge|verdict|law|legal|constitution\w*|decree|arrest(?:ed)?|detained|indict\w*|convict\w*|sentenced|prosecut\w*|opinion|regulation|rule would|licen[cs]e plates?|number plates?|ban(?:ned)?|enforce\w*)\b/i],
  ['meeting', /\b(?:met|meet(?:s|ing)?|talks|summit|visit(?:ed|s)?|hosted|conference|dialogue|negotiations?)\b/i],
  ['diplomacy', /\b(?:recogni[sz](?:e|ed|ing|ion)|ambassadors?|embass(?:y|ies)|expel(?:led)?|diplomat\w*|membership|appl(?:y|ied|ication)|accession|candidate status|sanction\w*|envoy|independence|visa)\b/i],
  ['economy', /\b(?:tariffs?|trade|economic|econom(?:y|ies)|currency|dinar|euro|bank|investment|imports?|exports?|goods|taxes?|budget)\b/i],
  ['statement', /\b(?:said|says|stated|announc\w*|declar\w*|warn(?:ed|s)?|told|call(?:ed|s) (?:for|on)|urg(?:ed|es)|condemn\w*|described|insisted|promised|pledged|statement)\b/i],
];

export function classifyEvent(clause: string): EventType {
  for (const [type, re] of RULES) if (re.test(clause)) return type;
  return 'other';
}
