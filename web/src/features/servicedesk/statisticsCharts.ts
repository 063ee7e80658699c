// ECharts options of the statistics page, from the API's figures (labels passed in, already translated).
import type { ChartOption } from '@/shared/components/echarts'
import type { DepartmentScore, HandlingLevel, RateGroup } from './api'

const PALETTE = ['#1d4ed8', '#10b981', '#f59e0b', '#ef4444', '#8b5cf6', '#06b6d4', '#84cc16', '#ec4899', '#64748b']

export function monthChart(months: RateGroup[], received: string, resolved: string): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 24, bottom: 50 },
    xAxis: { type: 'category', data: months.map((m) => m.key) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: received, type: 'bar', barMaxWidth: 28, data: months.map((m) => m.received) },
      { name: resolved, type: 'line', smooth: true, data: months.map((m) => m.resolved) },
    ],
  }
}

export function categoryChart(categories: RateGroup[], label: (key: string) => string): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data: categories.map((c) => ({ name: label(c.key), value: c.received })) }],
  }
}

export function parkChart(parks: RateGroup[], received: string, rate: string): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 50, top: 24, bottom: 80 },
    xAxis: { type: 'category', data: parks.map((p) => p.key), axisLabel: { interval: 0, rotate: 25 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: received, type: 'bar', barMaxWidth: 32, data: parks.map((p) => p.received) },
      { name: rate, type: 'line', yAxisIndex: 1, data: parks.map((p) => p.resolutionRate) },
    ],
  }
}

export function levelChart(levels: { level: HandlingLevel; averageWorkingDays: number; requests: number }[], label: (key: string) => string): ChartOption {
  return {
    color: ['#f59e0b'],
    tooltip: { trigger: 'axis' },
    grid: { left: 130, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: levels.map((l) => label(l.level)) },
    series: [{ type: 'bar', barMaxWidth: 24, data: levels.map((l) => l.averageWorkingDays), label: { show: true, position: 'right' } }],
  }
}

/** The league table as bars of on-time replies, best at the top. */
export function leagueChart(departments: DepartmentScore[], onTime: string): ChartOption {
  return {
    color: ['#10b981'],
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 40, top: 16, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: departments.map((d) => d.department) },
    series: [{ name: onTime, type: 'bar', barMaxWidth: 20, data: departments.map((d) => d.onTimeRate),
      label: { show: true, position: 'right', formatter: '{c}%' } }],
  }
}
