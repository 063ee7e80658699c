import { describe, expect, it } from 'vitest'
import { sectionChart } from './charts'

describe('report charts', () => {
  it('draws a pie from the first series, one slice per category', () => {
    const option = sectionChart({ kind: 'pie', title: '平台', categories: ['国家级', '省级'], series: [{ name: '平台', data: [3, 7] }] }) as {
      series: { data: { name: string; value: number }[] }[]
    }
    expect(option.series[0].data).toEqual([{ name: '国家级', value: 3 }, { name: '省级', value: 7 }])
  })

  it('draws bars per series over the categories, without animation so printing catches them drawn', () => {
    const option = sectionChart({
      kind: 'bar', title: '梯次', categories: ['科小', '高企'],
      series: [{ name: '上年', data: [380, 110] }, { name: '本年', data: [401, 122] }],
    }) as { animation: boolean; series: { name: string; type: string; data: number[] }[] }
    expect(option.animation).toBe(false)
    expect(option.series.map((s) => [s.name, s.type, s.data])).toEqual([['上年', 'bar', [380, 110]], ['本年', 'bar', [401, 122]]])
  })
})
