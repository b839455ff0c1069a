import type { MonthlyCount } from "../../db/repositories/directory.ts";

/**
 * Geometry of the small "moves per month" bar chart on a company page. The SVG markup itself
 * lives in views/partials/site/chart-moves.hbs; this only turns counts into coordinates.
 *
 * Across, positions are percentages of the chart's width (no viewBox), so the chart fills whatever
 * width its card has while its height and its 11 px labels stay as they are: a viewBox would scale
 * the text with the width (tiny on a phone, large on a wide screen) or need a capped width.
 * Down, positions are pixels.
 */

export interface ChartBar {
  month: string; // 'YYYY-MM'
  label: string; // "janv."
  /** Middle of the month's slot, in % of the width: the label's anchor, between the two bars. */
  center: number;
  arrivals: { count: number; x: number; y: number; height: number };
  departures: { count: number; x: number; y: number; height: number };
}

export interface MonthlyChart {
  height: number;
  baseline: number;
  /** Width of one bar, in % of the chart's width. */
  barWidth: number;
  max: number;
  /** Mid-month day of the last bar, for the caption's "jusqu'à <mois année>". */
  lastDay: string;
  bars: ChartBar[];
}

const monthLabel = new Intl.DateTimeFormat("fr-FR", { month: "short", timeZone: "UTC" });

/** The `count` months ending with `lastMonth` ('YYYY-MM'), oldest first. */
export function monthsEndingWith(lastMonth: string, count: number): string[] {
  const [year, month] = lastMonth.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export function monthlyChart(counts: MonthlyCount[], months: string[]): MonthlyChart {
  const byMonth = new Map(counts.map((c) => [c.month, c]));
  const height = 140;
  const baseline = 115;
  const plot = 100;
  const slot = 100 / months.length;
  // The month's two bars take 60 % of its slot: the rest keeps the months apart.
  const barWidth = percent(slot * 0.3);
  const max = Math.max(1, ...counts.map((c) => Math.max(c.arrivals, c.departures)));
  const bar = (count: number, x: number) => {
    const h = Math.round((count / max) * plot);
    return { count, x, y: baseline - h, height: h };
  };
  return {
    height,
    baseline,
    barWidth,
    max,
    lastDay: `${months[months.length - 1]}-15`,
    bars: months.map((month, i) => {
      const c = byMonth.get(month);
      const center = percent(i * slot + slot / 2);
      return {
        month,
        label: monthLabel.format(new Date(`${month}-15T12:00:00Z`)),
        center,
        arrivals: bar(c?.arrivals ?? 0, percent(center - barWidth)),
        departures: bar(c?.departures ?? 0, center),
      };
    }),
  };
}

const percent = (value: number) => Math.round(value * 100) / 100;
