import type { MessageKey } from './en';

/** Dutch messages: the same keys as en.ts (the compiler checks), the same placeholders. */
export const nl: Record<MessageKey, string> = {
  'common.disabled': 'Deze controle staat uit in de instellingen.',
  'common.not-available-yet': 'Deze controle is nog niet beschikbaar.',
  'common.too-few-posts':
    'Pas {posts} {posts|bericht|berichten} gezien; deze controle heeft er minstens {needed} nodig. Scrol verder door de pagina en kijk dan opnieuw.',

  'score.too-few-posts':
    'Pas {posts} {posts|bericht|berichten} gezien; voor een score zijn er minstens {needed} nodig. Scrol verder door de pagina en kijk dan opnieuw.',
  'score.too-few-rules':
    'Maar {scored} van de {enabled} controles hadden genoeg gegevens; een score zou nu gokken zijn.',
  'score.all-disabled': 'Alle controles staan uit, dus er valt niets te scoren.',

  'policy.facebook-2017-12-engagement-bait':
    'Facebook (december 2017): berichten die vragen om stemmen, reacties, delen, taggen of commentaar worden minder getoond.',
  'policy.facebook-2015-01-overly-promotional':
    'Facebook (januari 2015): paginaberichten die alleen aansporen tot kopen of installeren, of tot meedoen aan acties zonder context, worden minder getoond.',
  'policy.linkedin-2022-reaction-begging':
    'LinkedIn (2022): berichten die om reacties of commentaar vragen voor meer bereik worden niet gepromoot.',
  'policy.linkedin-2025-engagement-pods':
    'LinkedIn (2025–26): wil engagement pods volledig onwerkzaam maken.',

  'rule.hollow-engagement.title': 'Holle betrokkenheid',
  'rule.engagement-spike.title': 'Uitschieters in reacties',
  'rule.same-circle.title': 'Steeds dezelfde kring',
  'rule.generic-comments.title': 'Nietszeggende reacties',
  'rule.engagement-vs-audience.title': 'Betrokkenheid tegenover publiek',
  'rule.burst-then-silence.title': 'Piek, dan stilte',
  'rule.hashtag-overuse.title': 'Te veel hashtags',
  'rule.sales-only-timeline.title': 'Alleen maar verkopen',
  'rule.broadcast-only.title': 'Zenden in plaats van praten',
  'rule.engagement-bait.title': 'Vragen om likes',
  'rule.automated-feel.title': 'Voelt geautomatiseerd',
  'rule.posting-cadence.title': 'Vaker posten, minder per bericht',

  'rule.hashtag-overuse.explain.pass':
    'Hashtags zien er zakelijk uit: hooguit {maxTags} per bericht, geen herhalingen en geen zinnen.',
  'rule.hashtag-overuse.explain.found':
    'Dit lijkt op hashtag-stapelen: {overPosts} van de {posts} berichten hebben meer dan {limit} hashtags (tot {maxTags} in één bericht), {nearDuplicatePairs} {nearDuplicatePairs|paar|paren} die op elkaar lijken, {sentenceTags} {sentenceTags|zin|zinnen} als hashtag.',
  'rule.hashtag-overuse.explain.block':
    'Hetzelfde blok van {blockSize} hashtags staat onder {blockPosts} van de {posts} berichten.',
  'rule.hashtag-overuse.suggest.replace':
    'Vervang deze {count} hashtags door 2–3 korte, relevante: {tags}.',
  'rule.hashtag-overuse.suggest.near-duplicates': '{first} en {second} zeggen hetzelfde: houd er één.',
  'rule.hashtag-overuse.suggest.sentence':
    'Schrijf {tag} uit als zin; houd hashtags bij één of twee woorden.',
  'rule.hashtag-overuse.suggest.block':
    'Plak niet steeds dezelfde {blockSize} hashtags ({tags}); kies er 2–3 die bij elk bericht passen.',

  'rule.sales-only-timeline.explain.pass':
    '{promoPosts} van je laatste {posts} berichten waren aanbiedingen: je tijdlijn is meer dan een etalage.',
  'rule.sales-only-timeline.explain.found':
    '{promoPosts} van je laatste {posts} berichten waren aanbiedingen ({promoShare}%): je tijdlijn lijkt een webshop.',
  'rule.sales-only-timeline.suggest':
    'Van je laatste {posts} berichten waren er {promoPosts} aanbiedingen. Mik op hooguit 1 op 5: deel kennis, een klantverhaal, de mensen achter het bedrijf.',
};
