import type { MessageKey } from './en';

/** Dutch messages: the same keys as en.ts (the compiler checks), the same placeholders. */
export const nl: Record<MessageKey, string> = {
  'common.disabled': 'Deze controle staat uit in de instellingen.',
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

  'rule.hollow-engagement.flags':
    'Veel reacties, weinig gesprek: berichten met 20+ reacties waarvan de echte opmerkingen (geen emoji, standaardlof of antwoorden van de pagina zelf) minder dan 2% van de reacties zijn.',
  'rule.engagement-spike.flags':
    'Berichten ver boven de eigen basislijn van de pagina (de middelste helft van de andere recente berichten), als toeval zo’n aantal vrijwel nooit zou geven.',
  'rule.same-circle.flags':
    'Steeds dezelfde kleine groep die onder bijna elk bericht reageert, zoals in een engagement pod. Collega’s tellen apart.',
  'rule.generic-comments.flags':
    'Opmerkingen die niets zeggen: alleen emoji, standaardlof (“great post”, “goed bezig”), alleen een naam, of dezelfde korte woorden onder meerdere berichten.',
  'rule.engagement-vs-audience.flags':
    'Betrokkenheid die niet past bij het publiek: ver boven gepubliceerde maatstaven voor pagina’s van dezelfde omvang (verdacht) of ver eronder, of minder dan één reactie per tien medewerkers (een bereikprobleem).',
  'rule.burst-then-silence.flags':
    'Reacties die allemaal in het eerste uur binnenkomen en dan stoppen, veel sneller dan de gebruikelijke start van de pagina.',
  'rule.hashtag-overuse.flags':
    'Te veel hashtags voor het platform, hashtags die op elkaar lijken, hele zinnen als hashtag, en hetzelfde blok onder de meeste berichten.',
  'rule.sales-only-timeline.flags':
    'Een tijdlijn die op een webshop lijkt: meer dan een derde van de recente berichten zijn aanbiedingen (prijzen, korting, codes, “bestel nu”, winkellinks).',
  'rule.broadcast-only.flags':
    'Zenden in plaats van praten: geen vragen, geen antwoorden onder de eigen berichten, vooral gedeelde berichten of bedrijfsnieuws — twee of meer tegelijk.',
  'rule.engagement-bait.flags':
    'Berichten die vragen om likes, delen, taggen, stemmen of reacties, of “alleen slimme mensen kunnen dit oplossen”-puzzels, in het Nederlands en Engels.',
  'rule.automated-feel.flags':
    'Berichten die machinaal aanvoelen: steeds hetzelfde sjabloon, of kale links zonder een woord; posten op steeds dezelfde minuut maakt het erger.',
  'rule.posting-cadence.flags':
    'Vaker posten, minder per bericht: het aantal berichten ging omhoog terwijl het gewone bericht duidelijk minder opleverde.',

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
    '{promoPosts} van je laatste {posts} berichten {promoPosts|was een aanbieding|waren aanbiedingen}: je tijdlijn is meer dan een etalage.',
  'rule.sales-only-timeline.explain.found':
    '{promoPosts} van je laatste {posts} berichten {promoPosts|was een aanbieding|waren aanbiedingen} ({promoShare}%): je tijdlijn lijkt een webshop.',
  'rule.sales-only-timeline.suggest':
    'Van je laatste {posts} berichten {promoPosts|was er|waren er} {promoPosts} {promoPosts|aanbieding|aanbiedingen}. Mik op hooguit 1 op 5: deel kennis, een klantverhaal, de mensen achter het bedrijf.',

  'common.too-few-counted-posts':
    'Maar {posts} {posts|bericht heeft|berichten hebben} leesbare aantallen; deze controle heeft er minstens {needed} nodig. Onleesbare aantallen tellen niet als nul.',

  'rule.hollow-engagement.explain.too-few':
    'Maar {eligible} {eligible|bericht heeft|berichten hebben} {minReactions} of meer reacties met een leesbaar aantal opmerkingen; er zijn er minstens {needed} nodig voordat de verhouding iets zegt.',
  'rule.hollow-engagement.explain.pass':
    'Berichten met {minReactions}+ reacties krijgen ook gesprek: {medianCommentsPer100Reactions} echte opmerkingen per 100 reacties (gebruikelijk: ongeveer {typicalCommentsPer100Reactions}).',
  'rule.hollow-engagement.explain.found':
    'Dit lijkt op holle betrokkenheid: bij {hollowPosts} van de {eligiblePosts} berichten met {minReactions}+ reacties waren de echte opmerkingen minder dan {ratioPercent}% van de reacties (gebruikelijk: ongeveer {typicalCommentsPer100Reactions} per 100). Veel likes zonder gesprek kunnen uit een groep komen die alles liket.',
  'rule.hollow-engagement.suggest':
    'Je leegste bericht had {reactions} reacties en {realComments} echte {realComments|opmerking|opmerkingen}. Eindig het volgende bericht met een concrete vraag; beantwoord elke opmerking binnen een dag; stap uit groepen die alles liken.',

  'rule.engagement-spike.explain.pass':
    'Geen bericht steekt ver boven de gebruikelijke {baseline} interacties van de pagina uit (de hoogste is {maxRatio}× de basislijn).',
  'rule.engagement-spike.explain.found':
    '{spikes} {spikes|bericht kreeg|berichten kregen} veel meer dan de gebruikelijke {baseline} interacties, tot {maxRatio}× de middelste helft van de andere berichten — vaker dan toeval 1 op de 1.000 keer geeft.',
  'rule.engagement-spike.suggest':
    'Open het bericht met {topInteractions} interacties (gebruikelijk: ongeveer {expected}) en kijk wie er reageerden: veel mensen buiten je doelgroep wijzen op een like-groep of gekochte likes.',

  'rule.same-circle.explain.too-few':
    'Er zijn {comments} opmerkingen onder {commentedPosts} berichten zichtbaar; deze controle heeft minstens {neededComments} opmerkingen onder {neededPosts} berichten nodig. Open de opmerkingen onder nog een paar berichten en kijk dan opnieuw.',
  'rule.same-circle.explain.pass':
    'De opmerkingen komen van een gevarieerde groep: de tien actiefste van {commenters} schrijvers schreven {topTenShare}% ervan. {colleagueComments} {colleagueComments|opmerking|opmerkingen} van collega’s {colleagueComments|telt|tellen} apart.',
  'rule.same-circle.explain.found':
    'Dit lijkt steeds dezelfde kring: {coreSize} mensen schreven {coreShare}% van de opmerkingen van buiten het bedrijf, elk onder minstens {coveragePercent}% van {commentedPosts} berichten. {colleagueComments} {colleagueComments|opmerking|opmerkingen} van collega’s {colleagueComments|telt|tellen} apart: collega’s die hun werkgever steunen is normaal.',
  'rule.same-circle.suggest':
    '{names} reageren op bijna elk bericht. Is dat een groep die op verzoek reageert, stap er dan uit; stel je klanten liever een concrete vraag.',

  'rule.generic-comments.explain.too-few':
    'Maar {comments} opmerkingen van anderen zijn zichtbaar (onder {commentedPosts} berichten); er zijn er minstens {needed} nodig. Open de opmerkingen onder een paar berichten en kijk dan opnieuw.',
  'rule.generic-comments.explain.pass':
    '{genericComments} van de {comments} opmerkingen {genericComments|is|zijn} alleen emoji of standaardlof ({genericShare}%), een normaal aandeel.',
  'rule.generic-comments.explain.found':
    'Dit lijkt op holle opmerkingen: {genericComments} van de {comments} opmerkingen ({genericShare}%) zeggen niets over het bericht — {emojiOnly} alleen emoji, {stockPraise} standaardlof, {mentionOnly} alleen een naam, {duplicates} dezelfde woorden onder meerdere berichten. Eén tot drie op twintig is normaal.',
  'rule.generic-comments.suggest':
    'Opmerkingen als “{example}” (onder meer van {commenters}) voegen niets toe. Beantwoord ze met een vraag over het bericht, en vraag je lezers naar hun ervaring in plaats van applaus.',

  'rule.engagement-vs-audience.explain.no-audience':
    'Het aantal volgers kon niet gelezen worden, dus de betrokkenheid kan niet tegen het publiek worden afgezet.',
  'rule.engagement-vs-audience.explain.no-benchmark':
    'Geen gepubliceerde maatstaf dekt een pagina met {followers} volgers op dit platform, en er is geen aantal medewerkers om mee te vergelijken.',
  'rule.engagement-vs-audience.explain.pass':
    'Interacties per bericht zijn {ratePercent}% van de {perImpression|weergaven|volgers}, in lijn met pagina’s van deze omvang (maatstaven tot {benchmarkHighPercent}%; {sources}).',
  'rule.engagement-vs-audience.explain.pass-employees':
    'Een mediaan van {medianReactions} reacties per bericht past bij een bedrijf met {employees}+ medewerkers.',
  'rule.engagement-vs-audience.explain.high':
    'Dit lijkt niet in verhouding tot het publiek: interacties per bericht zijn {ratePercent}% van de {perImpression|weergaven|volgers}, {factor}× de ruimste maatstaf voor pagina’s van deze omvang ({benchmarkHighPercent}%; {sources}).',
  'rule.engagement-vs-audience.explain.low':
    'Interacties per bericht zijn {ratePercent}% van de {perImpression|weergaven|volgers}, ver onder pagina’s van deze omvang (op zijn laagst ongeveer {benchmarkLowPercent}%). Lage aantallen alleen zeggen niet dat er iets mis is: de tijdlijn bepaalt wie een bericht ziet.',
  'rule.engagement-vs-audience.explain.employees':
    'Een mediaan van {medianReactions} reacties per bericht voor een bedrijf met minstens {employees} medewerkers: nog niet één op de tien collega’s reageert.',
  'rule.engagement-vs-audience.suggest.high':
    'Kijk wie er op je drukste berichten reageert: {factor}× wat pagina’s van deze omvang krijgen, komt vaak van groepen of gekochte likes.',
  'rule.engagement-vs-audience.suggest.low':
    'Post minder vaak en beter, en eindig elk bericht met een vraag die je klanten kunnen beantwoorden; daardoor laat de tijdlijn het aan meer mensen zien.',
  'rule.engagement-vs-audience.suggest.employees':
    'Met {employees}+ medewerkers is {medianReactions} reacties per bericht weinig. Geef collega’s tijd om berichten waaraan ze meewerkten te delen en erop te reageren, en vraag wat zij willen vertellen.',

  'rule.burst-then-silence.explain.too-few':
    'Maar {followed} {followed|bericht is|berichten zijn} gelezen binnen {burstMinutes} minuten na plaatsing én {quietAfterHours} uur later; er zijn er minstens {needed} nodig. Open de pagina kort na een nieuw bericht, en de dag erna nog eens.',
  'rule.burst-then-silence.explain.pass':
    'Reacties komen in het gebruikelijke tempo van de pagina binnen ({followedPosts} berichten gevolgd vanaf hun eerste {burstMinutes} minuten).',
  'rule.burst-then-silence.explain.found':
    '{bursts} {bursts|bericht kreeg|berichten kregen} {earlySharePercent}% of meer van de reacties binnen {burstMinutes} minuten en daarna bijna niets, tot {maxPaceRatio}× het gebruikelijke begintempo. Echt publiek druppelt binnen; groepen die op verzoek liken komen tegelijk.',
  'rule.burst-then-silence.suggest':
    'Kijk wie er in het eerste uur reageerden onder {bursts|het gemarkeerde bericht|de gemarkeerde berichten}: zijn het steeds dezelfde mensen, dan is het een groep en niet je publiek.',

  'rule.broadcast-only.explain.pass':
    'De pagina praat ook, niet alleen zenden: {questionPosts} van de {posts} berichten {questionPosts|vraagt|vragen} iets, en de pagina antwoordde onder {repliedPosts} van de {commentedPosts} berichten met opmerkingen.',
  'rule.broadcast-only.explain.pass-no-comments':
    'De pagina zendt niet alleen: {questionPosts} van de {posts} berichten {questionPosts|vraagt|vragen} iets, {resharePercent}% is gedeeld en {newsPercent}% bedrijfsnieuws.',
  'rule.broadcast-only.explain.found':
    'Dit lijkt zenden: {questionPosts} van de {posts} berichten {questionPosts|vraagt|vragen} iets, de pagina antwoordde onder {repliedPosts} van de {commentedPosts} berichten met opmerkingen, {resharePercent}% is gedeeld en {newsPercent}% bedrijfsnieuws.',
  'rule.broadcast-only.suggest.unanswered':
    '{unansweredRecent} {unansweredRecent|opmerking|opmerkingen} van de afgelopen {recentDays} dagen {unansweredRecent|heeft|hebben} nog geen antwoord: reageer vandaag.',
  'rule.broadcast-only.suggest.reply':
    'Maar {repliedPosts} van de {commentedPosts} berichten met opmerkingen kregen antwoord van de pagina: beantwoord elke opmerking binnen een dag.',
  'rule.broadcast-only.suggest.ask':
    'Je laatste {posts} berichten vragen vrijwel niets. Eindig het volgende met een vraag die je klanten kunnen beantwoorden, en beantwoord die van hen — ook hypothetische.',
  'rule.broadcast-only.suggest.reshares':
    '{resharePercent}% van je berichten is gedeeld: schrijf elke week één bericht in je eigen woorden, met een vraag aan het eind.',
  'rule.broadcast-only.suggest.news':
    '{newsPercent}% van je berichten is bedrijfsnieuws: deel liever kennis of een kijkje achter de schermen, en beantwoord vragen.',

  'rule.engagement-bait.explain.pass': 'Geen van de {posts} berichten vraagt om likes, delen, taggen of stemmen.',
  'rule.engagement-bait.explain.found':
    '{baitPosts} {baitPosts|bericht vraagt|berichten vragen} om reacties, delen, taggen, stemmen of opmerkingen, bijvoorbeeld “{phrase}”.',
  'rule.engagement-bait.suggest':
    'Facebook en LinkedIn tonen berichten die om likes of delen vragen minder vaak. Herschrijf “{phrase}” als een echte vraag over je werk.',

  'rule.automated-feel.explain.pass':
    'De berichten lezen alsof een mens ze schreef: {templatePosts} van de {posts} volgen een sjabloon, {linkOnlyPosts} {linkOnlyPosts|is alleen een link|zijn alleen een link}.',
  'rule.automated-feel.explain.found':
    'Dit voelt geautomatiseerd: {templatePosts} van de {posts} berichten volgen hetzelfde sjabloon, {linkOnlyPosts} {linkOnlyPosts|is alleen een link|zijn alleen een link}, {sameMinutePosts} gingen op dezelfde minuut van het uur de deur uit. Volgers merken wanneer berichten niet door een mens zijn geschreven.',
  'rule.automated-feel.suggest.template':
    '{templatePosts} berichten lezen als “{sample}…”: schrijf het volgende zelf, over één ding dat deze week gebeurde.',
  'rule.automated-feel.suggest.link-only':
    '{linkOnlyPosts} berichten zijn alleen een link: voeg twee zinnen toe over waarom het je lezer iets aangaat.',

  'rule.posting-cadence.explain.too-few':
    'Heeft berichten met uitgegroeide aantallen over minstens {minDays} dagen nodig, {perHalf} in elke helft; de geziene berichten beslaan {spanDays} dagen.',
  'rule.posting-cadence.explain.pass':
    'Nu {perWeekAfter} berichten per week (was {perWeekBefore}); het middelste bericht krijgt {medianAfter} interacties (was {medianBefore}).',
  'rule.posting-cadence.explain.found':
    'Meer berichten, minder per bericht: van {perWeekBefore} naar {perWeekAfter} berichten per week, terwijl het middelste bericht van {medianBefore} naar {medianAfter} interacties ging.',
  'rule.posting-cadence.suggest':
    'Post minder vaak en beter: ga terug naar ongeveer {perWeekBefore} berichten per week en steek de gewonnen tijd in één sterk bericht met een vraag.',
};
