/**
 * English messages. Keys: `rule.<rule-id>.title | flags | explain.<variant> | suggest.<variant>`,
 * `common.<reason>` for reasons shared by rules, `score.<reason>`, `policy.<policy-id>`.
 * Placeholders: `{name}` inserts a parameter, `{name|one|other}` picks a word by count.
 */
export const en = {
  'common.disabled': 'This check is switched off in the settings.',
  'common.too-few-posts':
    'Only {posts} {posts|post|posts} seen; this check needs at least {needed}. Scroll further down the page, then look again.',

  'score.too-few-posts':
    'Only {posts} {posts|post|posts} seen; a score needs at least {needed}. Scroll further down the page, then look again.',
  'score.too-few-rules':
    'Only {scored} of {enabled} checks had enough data to judge; a score now would be a guess.',
  'score.all-disabled': 'All checks are switched off, so there is nothing to score.',

  'policy.facebook-2017-12-engagement-bait':
    'Facebook (December 2017): posts that ask for votes, reactions, shares, tags or comments are shown less.',
  'policy.facebook-2015-01-overly-promotional':
    'Facebook (January 2015): page posts that only push people to buy or install, or to enter promotions without context, are shown less.',
  'policy.linkedin-2022-reaction-begging':
    'LinkedIn (2022): posts that ask for reactions or comments to boost their reach are not promoted.',
  'policy.linkedin-2025-engagement-pods':
    'LinkedIn (2025–26): aims to make engagement pods entirely ineffective.',

  'rule.hollow-engagement.title': 'Hollow engagement',
  'rule.engagement-spike.title': 'Engagement spikes',
  'rule.same-circle.title': 'The same circle every time',
  'rule.generic-comments.title': 'Generic comments',
  'rule.engagement-vs-audience.title': 'Engagement versus audience',
  'rule.burst-then-silence.title': 'Burst, then silence',
  'rule.hashtag-overuse.title': 'Hashtag overuse',
  'rule.sales-only-timeline.title': 'Sales-only timeline',
  'rule.broadcast-only.title': 'Broadcasting, not talking',
  'rule.engagement-bait.title': 'Engagement bait',
  'rule.automated-feel.title': 'Automated feel',
  'rule.posting-cadence.title': 'More posts, less each',

  'rule.hollow-engagement.flags':
    'Many reactions, little conversation: posts with 20+ reactions whose real comments (not emoji, stock praise or the page’s own replies) are under 2% of the reactions.',
  'rule.engagement-spike.flags':
    'Posts far above the page’s own baseline (the middle half of its other recent posts), when chance alone would almost never give such a count.',
  'rule.same-circle.flags':
    'The same small group commenting under nearly every post, as in an engagement pod. Colleagues are counted apart.',
  'rule.generic-comments.flags':
    'Comments that say nothing: only emoji, stock praise (“great post”, “goed bezig”), only a name, or the same short words pasted under several posts.',
  'rule.engagement-vs-audience.flags':
    'Engagement out of line with the audience: far above published benchmarks for pages of the same size (suspicious) or far below them, or below one reaction per ten employees (a reach problem).',
  'rule.burst-then-silence.flags':
    'Reactions that all arrive within the first hour and then stop, far faster than the page’s usual start.',
  'rule.hashtag-overuse.flags':
    'Too many hashtags for the platform, look-alike hashtags, whole sentences as hashtags, and the same block pasted under most posts.',
  'rule.sales-only-timeline.flags':
    'A timeline that looks like a webshop: more than a third of the recent posts are offers (prices, discounts, codes, “order now”, shop links).',
  'rule.broadcast-only.flags':
    'Sending, not talking: no questions, no answers under the page’s own posts, mostly reshares or corporate news — two or more together.',
  'rule.engagement-bait.flags':
    'Posts that ask for likes, shares, tags, votes or comments, or “only smart people can solve this” puzzles, in Dutch and English.',
  'rule.automated-feel.flags':
    'Posts that feel machine-made: the same template again and again, or bare links without a word; posting at the same minute makes it worse.',
  'rule.posting-cadence.flags':
    'More posts, less each: the posting rate went up while the typical post drew clearly less.',

  'rule.hashtag-overuse.explain.pass':
    'Hashtags look businesslike: at most {maxTags} on a post, none that repeat each other and no sentences.',
  'rule.hashtag-overuse.explain.found':
    'Looks like hashtag stuffing: {overPosts} of {posts} posts carry more than {limit} hashtags (up to {maxTags} on one post), {nearDuplicatePairs} near-duplicate {nearDuplicatePairs|pair|pairs}, {sentenceTags} sentence {sentenceTags|hashtag|hashtags}.',
  'rule.hashtag-overuse.explain.block':
    'The same block of {blockSize} hashtags is pasted under {blockPosts} of {posts} posts.',
  'rule.hashtag-overuse.suggest.replace':
    'Replace these {count} hashtags with 2–3 short, relevant ones: {tags}.',
  'rule.hashtag-overuse.suggest.near-duplicates': '{first} and {second} say the same thing: keep one.',
  'rule.hashtag-overuse.suggest.sentence':
    'Write {tag} out as a sentence; keep hashtags to one or two words.',
  'rule.hashtag-overuse.suggest.block':
    'Stop pasting the same {blockSize} hashtags ({tags}); pick 2–3 that fit each post.',

  'rule.sales-only-timeline.explain.pass':
    '{promoPosts} of your last {posts} posts {promoPosts|was an offer|were offers}: the timeline is more than a shop window.',
  'rule.sales-only-timeline.explain.found':
    '{promoPosts} of your last {posts} posts {promoPosts|was an offer|were offers} ({promoShare}%): the timeline looks like a webshop.',
  'rule.sales-only-timeline.suggest':
    'Of your last {posts} posts {promoPosts} {promoPosts|was an offer|were offers}. Aim for at most 1 in 5: share know-how, a customer story, the people behind the company.',

  'common.too-few-counted-posts':
    'Only {posts} {posts|post has|posts have} readable counts; this check needs at least {needed}. Unreadable counts are not counted as zero.',

  'rule.hollow-engagement.explain.too-few':
    'Only {eligible} {eligible|post has|posts have} {minReactions} or more reactions with a readable comment count; at least {needed} are needed before the ratio of comments to reactions means anything.',
  'rule.hollow-engagement.explain.pass':
    'Posts with {minReactions}+ reactions also draw conversation: {medianCommentsPer100Reactions} real comments per 100 reactions (typical: about {typicalCommentsPer100Reactions}).',
  'rule.hollow-engagement.explain.found':
    'Looks like hollow engagement: on {hollowPosts} of {eligiblePosts} posts with {minReactions}+ reactions, real comments were under {ratioPercent}% of the reactions (typical: about {typicalCommentsPer100Reactions} per 100). Many likes without conversation can come from a group that likes everything.',
  'rule.hollow-engagement.suggest':
    'Your emptiest post had {reactions} reactions and {realComments} real {realComments|comment|comments}. End the next post with a specific question; reply to every comment within a day; leave groups that like everything.',

  'rule.engagement-spike.explain.pass':
    'No post stands far above the page’s usual {baseline} interactions (the highest is {maxRatio}× its baseline).',
  'rule.engagement-spike.explain.found':
    '{spikes} {spikes|post drew|posts drew} far more than the page’s usual {baseline} interactions, up to {maxRatio}× the middle half of the other posts — more than chance alone would give 1 time in 1,000.',
  'rule.engagement-spike.suggest':
    'Open the post with {topInteractions} interactions (usual: about {expected}) and look at who reacted: many people outside your audience point to a like-group or bought likes.',

  'rule.same-circle.explain.too-few':
    '{comments} {comments|comment|comments} under {commentedPosts} {commentedPosts|post is|posts are} visible; this check needs at least {neededComments} comments under {neededPosts} posts. Open the comments under a few more posts, then look again.',
  'rule.same-circle.explain.pass':
    'Comments come from a varied group: the ten most active of {commenters} commenters wrote {topTenShare}% of them. {colleagueComments} {colleagueComments|comment|comments} by colleagues {colleagueComments|is|are} counted apart.',
  'rule.same-circle.explain.found':
    'Looks like the same circle every time: {coreSize} people wrote {coreShare}% of the comments from outside the company, each under at least {coveragePercent}% of {commentedPosts} posts. {colleagueComments} {colleagueComments|comment|comments} by colleagues {colleagueComments|is|are} counted apart: colleagues supporting their employer is normal.',
  'rule.same-circle.suggest':
    '{names} comment on nearly every post. If they are a group that reacts on request, leave it; ask your customers a concrete question instead.',

  'rule.generic-comments.explain.too-few':
    'Only {comments} comments from others are visible (under {commentedPosts} posts); at least {needed} are needed. Open the comments under a few posts, then look again.',
  'rule.generic-comments.explain.pass':
    '{genericComments} of {comments} comments {genericComments|is|are} only emoji or stock praise ({genericShare}%), a normal share.',
  'rule.generic-comments.explain.found':
    'Looks like hollow comments: {genericComments} of {comments} comments ({genericShare}%) say nothing about the post — {emojiOnly} only emoji, {stockPraise} stock praise, {mentionOnly} only a name, {duplicates} the same words under several posts. One to three in twenty is normal.',
  'rule.generic-comments.suggest':
    'Comments like “{example}” (from {commenters}, among others) add nothing. Answer them with a question about the post, and ask your readers for their experience instead of applause.',

  'rule.engagement-vs-audience.explain.no-audience':
    'The follower count could not be read, so engagement cannot be set against the audience.',
  'rule.engagement-vs-audience.explain.no-benchmark':
    'No published benchmark covers a page of {followers} followers on this platform, and there is no employee count to compare with.',
  'rule.engagement-vs-audience.explain.pass':
    'Interactions per post are {ratePercent}% of {perImpression|impressions|followers}, in line with pages of this size (benchmarks up to {benchmarkHighPercent}%; {sources}).',
  'rule.engagement-vs-audience.explain.pass-employees':
    'A median of {medianReactions} reactions per post fits a company with {employees}+ employees.',
  'rule.engagement-vs-audience.explain.high':
    'Looks out of line with the audience: interactions per post are {ratePercent}% of {perImpression|impressions|followers}, {factor}× the most generous benchmark for pages of this size ({benchmarkHighPercent}%; {sources}).',
  'rule.engagement-vs-audience.explain.low':
    'Interactions per post are {ratePercent}% of {perImpression|impressions|followers}, far below pages of this size (about {benchmarkLowPercent}% at the lowest). Low numbers alone are no sign of anything wrong: the feed decides who sees a post.',
  'rule.engagement-vs-audience.explain.employees':
    'A median of {medianReactions} reactions per post for a company with at least {employees} employees: not even one colleague in ten reacts.',
  'rule.engagement-vs-audience.suggest.high':
    'Check who reacts to your busiest posts: engagement {factor}× what pages of this size get often comes from groups or bought likes.',
  'rule.engagement-vs-audience.suggest.low':
    'Post less often and better, and end each post with a question your customers can answer; that is what makes the feed show it to more people.',
  'rule.engagement-vs-audience.suggest.employees':
    'With {employees}+ employees, {medianReactions} reactions a post is low. Give colleagues time to share and comment on posts they helped make, and ask them what they would like to tell.',

  'rule.burst-then-silence.explain.too-few':
    'Only {followed} {followed|post was|posts were} read both within {burstMinutes} minutes of publishing and again {quietAfterHours} hours later; at least {needed} are needed. Open the page soon after a new post, and again the next day.',
  'rule.burst-then-silence.explain.pass':
    'Reactions arrive at the page’s usual pace ({followedPosts} posts followed from their first {burstMinutes} minutes).',
  'rule.burst-then-silence.explain.found':
    '{bursts} {bursts|post|posts} got {earlySharePercent}% or more of {bursts|its|their} reactions within {burstMinutes} minutes and hardly any after, up to {maxPaceRatio}× the page’s usual early pace. Real audiences trickle in; groups that like on request arrive at once.',
  'rule.burst-then-silence.suggest':
    'Look at who reacted in the first hour under the marked {bursts|post|posts}: if it is the same people every time, it is a group, not your audience.',

  'rule.broadcast-only.explain.pass':
    'The page talks as well as sends: {questionPosts} of {posts} posts {questionPosts|asks|ask} something, and the page answered under {repliedPosts} of {commentedPosts} posts with comments.',
  'rule.broadcast-only.explain.pass-no-comments':
    'The page does not only send: {questionPosts} of {posts} posts {questionPosts|asks|ask} something, {resharePercent}% are reshares and {newsPercent}% corporate news.',
  'rule.broadcast-only.explain.found':
    'Looks like broadcasting: {questionPosts} of {posts} posts {questionPosts|asks|ask} anything, the page answered under {repliedPosts} of {commentedPosts} posts with comments, {resharePercent}% are reshares and {newsPercent}% corporate news.',
  'rule.broadcast-only.suggest.unanswered':
    '{unansweredRecent} {unansweredRecent|comment|comments} from the last {recentDays} days {unansweredRecent|has|have} no answer yet: reply today.',
  'rule.broadcast-only.suggest.reply':
    'Only {repliedPosts} of {commentedPosts} posts with comments got an answer from the page: reply to every comment within a day.',
  'rule.broadcast-only.suggest.ask':
    'None of your last {posts} posts asks anything much. End the next one with a question your customers can answer, and answer theirs — even hypothetical ones.',
  'rule.broadcast-only.suggest.reshares':
    '{resharePercent}% of your posts are reshares: write one post a week in your own words, with a question at the end.',
  'rule.broadcast-only.suggest.news':
    '{newsPercent}% of your posts are corporate news: share know-how or a look behind the scenes instead, and answer questions.',

  'rule.engagement-bait.explain.pass': 'None of the {posts} posts asks for likes, shares, tags or votes.',
  'rule.engagement-bait.explain.found':
    '{baitPosts} {baitPosts|post asks|posts ask} for reactions, shares, tags, votes or comments, e.g. “{phrase}”.',
  'rule.engagement-bait.suggest':
    'Facebook and LinkedIn demote posts that ask for likes or shares. Rewrite “{phrase}” as a real question about your work.',

  'rule.automated-feel.explain.pass':
    'Posts read as written by a person: {templatePosts} of {posts} follow a template, {linkOnlyPosts} {linkOnlyPosts|is a bare link|are bare links}.',
  'rule.automated-feel.explain.found':
    'Looks automated: {templatePosts} of {posts} posts follow the same template, {linkOnlyPosts} {linkOnlyPosts|is a bare link|are bare links}, {sameMinutePosts} went out at the same minute of the hour. Followers notice posts not written by a person.',
  'rule.automated-feel.suggest.template':
    '{templatePosts} posts read like “{sample}…”: write the next one yourself, about one thing that happened this week.',
  'rule.automated-feel.suggest.link-only':
    '{linkOnlyPosts} posts are only a link: add two sentences on why it matters to your reader.',

  'rule.posting-cadence.explain.too-few':
    'Needs posts with settled counts over at least {minDays} days, {perHalf} in each half; the posts seen span {spanDays} days.',
  'rule.posting-cadence.explain.pass':
    'Posting {perWeekAfter} times a week (was {perWeekBefore}); the median post draws {medianAfter} interactions (was {medianBefore}).',
  'rule.posting-cadence.explain.found':
    'More posts, less each: posting went from {perWeekBefore} to {perWeekAfter} times a week while the median post went from {medianBefore} to {medianAfter} interactions.',
  'rule.posting-cadence.suggest':
    'Post less often and better: go back to about {perWeekBefore} posts a week and spend the time saved on one strong post that asks a question.',
} as const;

export type MessageKey = keyof typeof en;
