import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { INTL_LOCALES, type Locale } from '../../lib/i18n';

export interface ChartSeries {
  label: string;
  /** One value per time; null draws a gap (unknown), never a zero. */
  values: Array<number | null>;
  color: string;
  /** Points only: markers such as spikes on top of a line. */
  pointsOnly?: boolean;
}

interface LineChartProps {
  /** Epoch seconds, ascending. */
  times: number[];
  timeLabel: string;
  series: ChartSeries[];
  locale: Locale;
  /** What the chart shows in words, for people who cannot see the canvas. */
  description: string;
  yRange?: [number, number];
  height?: number;
}

function options(props: LineChartProps, width: number): uPlot.Options {
  const dayMonth = new Intl.DateTimeFormat(INTL_LOCALES[props.locale], { day: 'numeric', month: 'short' });
  return {
    width,
    height: props.height ?? 220,
    // Series names only: values would show "--" until hovered, and the table below has them.
    legend: { live: false },
    scales: { x: { time: true }, ...(props.yRange ? { y: { range: props.yRange } } : {}) },
    axes: [{ values: (_chart, splits) => splits.map((seconds) => dayMonth.format(seconds * 1000)) }, {}],
    series: [
      { label: props.timeLabel },
      ...props.series.map((s): uPlot.Series => ({
        label: s.label,
        stroke: s.color,
        width: 2,
        ...(s.pointsOnly ? { paths: () => null, points: { show: true, size: 10, fill: s.color, stroke: s.color } } : { points: { show: true, size: 5 } }),
      })),
    ],
  };
}

/**
 * A time chart drawn by uPlot (≈50 KB, canvas, fast with thousands of points). The canvas is
 * hidden from assistive technology; `description` says what it shows instead.
 */
export function LineChart(props: LineChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const data: uPlot.AlignedData = [props.times, ...props.series.map((s) => s.values)];
    const chart = new uPlot(options(props, element.clientWidth || 600), data, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: props.height ?? 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props]);
  return (
    <div className="chart">
      <p className="visually-hidden">{props.description}</p>
      <div ref={container} aria-hidden="true" />
    </div>
  );
}
