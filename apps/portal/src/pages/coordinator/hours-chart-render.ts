// Loaded only when a chart is drawn: ECharts' core with the two chart types and the components the charts use.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './hours-chart';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);

// Colours with at least 3:1 contrast against white, told apart by dash pattern too (not by colour alone).
const COLOURS = ['#005a8c', '#8a6100', '#6d3a9c', '#1e6b35'];
const DASHES = ['solid', 'dashed', 'dotted', 'solid'] as const;

/** Draws a chart into an element and returns how to take it down again. */
export function drawChart(element: HTMLElement, spec: ChartSpec): () => void {
  const chart = echarts.init(element, undefined, { renderer: 'svg' });
  const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
  const horizontal = spec.horizontal ?? false;
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisLabel: { color: '#1b1b1b', fontSize: 12 },
    inverse: horizontal,
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { color: '#1b1b1b', fontSize: 12, formatter: (value: number) => numberFormat.format(value) },
  };
  chart.setOption({
    animation: false,
    aria: { enabled: false },
    color: COLOURS,
    legend: spec.series.length > 1 ? { top: 0, left: 0, textStyle: { color: '#1b1b1b', fontSize: 12 } } : undefined,
    grid: { top: spec.series.length > 1 ? 56 : 8, left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((series, index) =>
      series.kind === 'bar'
        ? { type: 'bar' as const, name: series.name, data: series.values, itemStyle: { color: COLOURS[index % COLOURS.length] } }
        : {
            type: 'line' as const,
            name: series.name,
            data: series.values,
            showSymbol: index === 0,
            connectNulls: false,
            lineStyle: { width: index === 0 ? 3 : 2, type: DASHES[index % DASHES.length] },
          },
    ),
  });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(element);
  return () => {
    observer.disconnect();
    chart.dispose();
  };
}
