import type { MonthlyCount } from "../../db/repositories/directory.ts";

/**
 * Geometry of the small "moves per month" bar chart on a company page. The SVG markup itself
 * lives in views/partials/chart-moves.hbs; this only turns counts into coordinates.
 */

export interface ChartBar {
  month: string; // 'YYYY-MM'
  label: string; // "janv."
  x: number;
  arrivals: { count: number; y: number; height: number };
  departures: { count: number; y: number; height: number };
}

export interface MonthlyChart {
  width: number;
  height: number;
  baseline: number;
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
  const width = 480;
  const height = 140;
  const baseline = 115;
  const plot = 100;
  const slot = width / months.length;
  const barWidth = Math.max(4, Math.floor(slot / 2 - 4));
  const max = Math.max(1, ...counts.map((c) => Math.max(c.arrivals, c.departures)));
  const bar = (count: number) => {
    const h = Math.round((count / max) * plot);
    return { count, y: baseline - h, height: h };
  };
  return {
    width,
    height,
    baseline,
    barWidth,
    max,
    lastDay: `${months[months.length - 1]}-15`,
    bars: months.map((month, i) => {
      const c = byMonth.get(month);
      return {
        month,
        label: monthLabel.format(new Date(`${month}-15T12:00:00Z`)),
        x: Math.round(i * slot + slot / 2 - barWidth),
        arrivals: bar(c?.arrivals ?? 0),
        departures: bar(c?.departures ?? 0),
      };
    }),
  };
}
