// ECharts options for the dashboard, built from the summary (labels passed in, already translated).
import type { ChartOption } from '@/shared/components/echarts'
import type { DashboardSummary } from './api'

const PALETTE = ['#1d4ed8', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#84cc16', '#ec4899']

export function byParkChart(summary: DashboardSummary, seriesName: string): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 60 },
    xAxis: { type: 'category', data: summary.byPark.map((p) => p.parkName), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: seriesName, type: 'bar', barMaxWidth: 36, data: summary.byPark.map((p) => p.count) }],
  }
}

export function byQualificationChart(summary: DashboardSummary, label: (type: string) => string): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data: summary.byQualification.map((q) => ({ name: label(q.type), value: q.count, type: q.type })),
      },
    ],
  }
}

export function revenueChart(summary: DashboardSummary, seriesName: string): ChartOption {
  const years = [...summary.revenueByYear].sort((a, b) => a.year - b.year)
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: 70, right: 16, top: 24, bottom: 30 },
    xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
    yAxis: { type: 'value' },
    series: [{ name: seriesName, type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: years.map((y) => y.revenue) }],
  }
}
