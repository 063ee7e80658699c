// A report section's chart as an ECharts option: bars and lines share a category axis; a pie takes the first series.
import type { ChartOption } from '@/shared/components/echarts'
import type { ReportSection } from './api'

export function sectionChart(chart: NonNullable<ReportSection['chart']>): ChartOption {
  if (chart.kind === 'pie') {
    const series = chart.series[0]
    return {
      animation: false,
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}: {c}' },
          data: chart.categories.map((name, i) => ({ name, value: series?.data[i] ?? 0 })),
        },
      ],
    }
  }
  return {
    animation: false,
    title: { text: chart.title, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, right: 0 },
    grid: { top: 40, left: 48, right: 16, bottom: 64 },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, rotate: chart.categories.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: chart.series.map((s) => ({ name: s.name, type: chart.kind, data: s.data, label: { show: true, position: 'top', fontSize: 10 } })),
  }
}
