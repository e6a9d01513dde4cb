/**
 * One chart drawn by Apache ECharts: only the line and bar charts, the grid, tooltip and legend,
 * and the SVG renderer are imported (a small chunk, and crisp when printed). Colours come from the
 * Fluent theme's CSS variables, read from the page, so the charts follow light, dark and contrast
 * themes. The chart itself is hidden from screen readers: its data table follows it.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart, LineChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** shown on the second (right) axis, e.g. a rate beside counts */
  rate?: boolean;
}

const useStyles = makeStyles({
  chart: { width: '100%', height: '260px', '@media print': { height: '220px' } },
});

/** the theme's colour tokens as values ECharts can paint (it does not resolve CSS variables) */
function themeColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (token: string) => {
    const name = token.replace(/^var\((--[^,)]+).*$/, '$1');
    return style.getPropertyValue(name).trim() || undefined;
  };
  return {
    palette: [
      read(tokens.colorBrandBackground),
      read(tokens.colorPaletteMarigoldBorderActive),
      read(tokens.colorPaletteTealBorderActive),
      read(tokens.colorPaletteBerryBorderActive),
    ].filter((c): c is string => Boolean(c)),
    text: read(tokens.colorNeutralForeground2) ?? '#444',
    line: read(tokens.colorNeutralStroke2) ?? '#ccc',
  };
}

export function InsightsChart({
  kind,
  categories,
  series,
  formatValue,
  formatRate,
  testId,
}: {
  kind: 'line' | 'bar';
  categories: string[];
  series: ChartSeries[];
  formatValue(v: number): string;
  formatRate(v: number): string;
  testId?: string;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const colours = themeColours(element);
    const chart = init(element, undefined, { renderer: 'svg' });
    const hasRate = series.some((s) => s.rate);
    const axisStyle = {
      axisLabel: { color: colours.text },
      splitLine: { lineStyle: { color: colours.line } },
    };
    const option: Option = {
      animation: false,
      color: colours.palette,
      textStyle: { color: colours.text },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? formatValue(v) : String(v ?? '')),
      },
      legend: { top: 0, textStyle: { color: colours.text } },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { color: colours.text, hideOverlap: true } },
      yAxis: [
        {
          type: 'value',
          ...axisStyle,
          axisLabel: { color: colours.text, formatter: (v: number) => formatValue(v) },
        },
        ...(hasRate
          ? [
              {
                type: 'value' as const,
                min: 0,
                max: 1,
                ...axisStyle,
                axisLabel: { color: colours.text, formatter: (v: number) => formatRate(v) },
              },
            ]
          : []),
      ],
      series: series.map((s) =>
        kind === 'line'
          ? {
              type: 'line' as const,
              name: s.name,
              data: s.values,
              yAxisIndex: s.rate ? 1 : 0,
              connectNulls: false,
            }
          : { type: 'bar' as const, name: s.name, data: s.values, yAxisIndex: s.rate ? 1 : 0 },
      ),
    };
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [kind, categories, series, formatValue, formatRate]);
  return <div ref={ref} className={styles.chart} aria-hidden="true" data-testid={testId} />;
}
