export const zhCN = {
  nav: { reports: '年度报告' },
  report: {
    zone: '高新区',
    print: '打印 / 导出PDF',
    exportXlsx: '导出Excel',
    heading: '{zone}{year}年度发展报告',
    asOf: '统计截至 {date} · 生成于 {generated} · 示例数据仅供演示',
    growth: '同比 {value}',
  },
}

export const en: typeof zhCN = {
  nav: { reports: 'Annual report' },
  report: {
    zone: 'Zone',
    print: 'Print / PDF',
    exportXlsx: 'Export Excel',
    heading: '{zone}: annual report {year}',
    asOf: 'Figures as of {date} · generated {generated} · demo data for illustration',
    growth: 'YoY {value}',
  },
}
