/**
 * English messages. Keys: `rule.<rule-id>.title | explain.<variant> | suggest.<variant>`,
 * `common.<reason>` for reasons shared by rules, `score.<reason>`, `policy.<policy-id>`.
 * Placeholders: `{name}` inserts a parameter, `{name|one|other}` picks a word by count.
 */
export const en = {
  'common.disabled': 'This check is switched off in the settings.',
  'common.not-available-yet': 'This check is not available yet.',
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
    '{promoPosts} of your last {posts} posts were offers: the timeline is more than a shop window.',
  'rule.sales-only-timeline.explain.found':
    '{promoPosts} of your last {posts} posts were offers ({promoShare}%): the timeline looks like a webshop.',
  'rule.sales-only-timeline.suggest':
    'Of your last {posts} posts {promoPosts} were offers. Aim for at most 1 in 5: share know-how, a customer story, the people behind the company.',
} as const;

export type MessageKey = keyof typeof en;
