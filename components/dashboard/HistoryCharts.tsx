import { memo } from 'react';
import { formatDate, t, type Locale } from '../../lib/i18n';
import type { EngagementPoint, ScorePoint } from '../../lib/report/history';
import { LineChart } from './LineChart';

interface HistoryChartsProps {
  scores: ScorePoint[];
  engagement: EngagementPoint[];
  locale: Locale;
}

const ACCENT = '#0b57d0';
const SPIKE = '#b00020';

/**
 * Score over time and engagement per post, with the posts the spike check named marked. Memoised:
 * the charts are rebuilt only when their data or language change, not when the page re-renders.
 */
export const HistoryCharts = memo(function HistoryCharts({ scores, engagement, locale }: HistoryChartsProps) {
  const scored = scores.filter((point): point is ScorePoint & { score: number } => point.score !== null);
  const spikes = engagement.filter((point) => point.spike);
  const last = scored.at(-1);
  const first = scored[0];
  return (
    <section className="panel" aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">{t(locale, 'historyTitle')}</h2>
      <h3>{t(locale, 'historyScore')}</h3>
      <p className="muted">{t(locale, 'historyScoreNote')}</p>
      {scored.length < 2 || !first || !last ? (
        <p data-testid="history-score-empty">{t(locale, 'historyTooFew')}</p>
      ) : (
        <LineChart
          times={scores.map((point) => point.time)}
          timeLabel={t(locale, 'historyDate')}
          series={[{ label: t(locale, 'scoreLabel'), values: scores.map((point) => point.score), color: ACCENT }]}
          yRange={[0, 100]}
          locale={locale}
          description={t(locale, 'historyScoreSummary', {
            from: formatDate(locale, first.time * 1000),
            first: first.score,
            to: formatDate(locale, last.time * 1000),
            last: last.score,
          })}
        />
      )}
      <h3>{t(locale, 'historyEngagement')}</h3>
      {engagement.length < 2 ? (
        <p>{t(locale, 'historyTooFew')}</p>
      ) : (
        <LineChart
          times={engagement.map((point) => point.time)}
          timeLabel={t(locale, 'historyDate')}
          series={[
            { label: t(locale, 'historyInteractions'), values: engagement.map((point) => point.interactions), color: ACCENT },
            { label: t(locale, 'historySpikes'), values: engagement.map((point) => (point.spike ? point.interactions : null)), color: SPIKE, pointsOnly: true },
          ]}
          locale={locale}
          description={t(locale, 'historyEngagementSummary', { posts: engagement.length, spikes: spikes.length })}
        />
      )}
      <ul className="spikes" data-testid="spikes">
        {spikes.map((point) => (
          <li key={point.postId}>
            {t(locale, 'historySpikeItem', { date: formatDate(locale, point.time * 1000), interactions: point.interactions })}
          </li>
        ))}
      </ul>
    </section>
  );
});
