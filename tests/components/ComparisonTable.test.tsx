import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonTable, type ComparedPage } from '../../components/dashboard/ComparisonTable';

const metrics = {
  posts: 10,
  followers: 2140,
  rateDenominator: 'followers' as const,
  engagementRate: 0.0145,
  interactionsPerPost: 31,
  commentsPerReaction: 0.057,
  promoShare: 0.8,
  replyRate: null,
  hashtagsPerPost: 6.6,
  postsPerWeek: 3.9,
};
const pages: ComparedPage[] = [
  { key: 'a', name: 'Kaasmeester', relationLabel: 'Mine', score: 48, grade: 'D', problems: 3, metrics, reportHref: '#/page/a' },
  { key: 'b', name: 'Koffie Noord', relationLabel: 'Competitor', score: 100, grade: 'A', problems: 0, metrics: { ...metrics, promoShare: 0, followers: null }, reportHref: '#/page/b' },
];

describe('ComparisonTable', () => {
  it('puts the pages side by side, figure by figure, unknown as a dash', () => {
    render(<ComparisonTable pages={pages} locale="en" />);
    const row = (id: string) => [...screen.getByTestId(id).querySelectorAll('td')].map((td) => td.textContent);
    expect(row('compare-score')).toEqual(['48 (D)', '100 (A)']);
    expect(row('compare-promo-share')).toEqual(['80%', '0%']);
    expect(row('compare-reply-rate')).toEqual(['–', '–']);
    expect(row('compare-followers')).toEqual(['2,140', '–']);
    expect(row('compare-engagement-rate')).toEqual(['1.5% per follower', '1.5% per follower']);
    expect(screen.getByRole('columnheader', { name: /Koffie Noord/ })).toBeTruthy();
  });

  it('in Dutch notation', () => {
    render(<ComparisonTable pages={pages} locale="nl" />);
    expect([...screen.getByTestId('compare-hashtags').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['6,6', '6,6']);
  });
});
