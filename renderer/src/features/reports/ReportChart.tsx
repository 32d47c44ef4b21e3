import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef, type ReactNode } from 'react';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One series of a chart: its name (legend) and one value per label (null: no value). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

const colours = ['#1f5fa8', '#b5510d', '#2e7d32'];

/**
 * A chart (Chart.js on a canvas, which screen readers announce as an image named `title`) with its
 * figures as a table right after it (`table`): whoever cannot or would rather not read the chart
 * reads the table, and the printed page has both. No animation, so a printout never catches a
 * half-drawn chart.
 */
export function ReportChart(props: { type: 'bar' | 'line'; title: string; labels: string[]; series: ChartSeries[]; table: ReactNode }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { type, labels, series } = props;
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.name,
          data: s.values,
          backgroundColor: colours[i % colours.length],
          borderColor: colours[i % colours.length],
          pointRadius: labels.length > 60 ? 0 : 2,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: { y: { beginAtZero: true } },
      },
    });
    return () => chart.destroy();
  }, [type, labels, series]);
  return (
    <figure className="report-chart">
      <div className="report-chart-canvas">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
      <figcaption>{props.title}</figcaption>
      {props.table}
    </figure>
  );
}
