import type { ReportField } from '../api'

/** How the annual-report fields are grouped on screen (money, people, IP counts). */
export const REPORT_GROUPS: { name: 'finance' | 'staff' | 'ip'; fields: ReportField[] }[] = [
  {
    name: 'finance',
    fields: ['revenue', 'mainBusinessRevenue', 'highTechRevenue', 'rdExpense', 'domesticRdExpense', 'operatingCost', 'netAssets', 'totalAssets',
      'totalLiabilities', 'netProfit', 'taxes', 'equityFinancing'],
  },
  { name: 'staff', fields: ['employees', 'techStaff', 'rdStaff', 'graduatesHired'] },
  { name: 'ip', fields: ['inventionPatents', 'utilityModels', 'designPatents', 'softwareCopyrights', 'otherClassOneIp', 'highValueClassOneIp', 'selfDevelopedClassOneIp'] },
]

/** The columns of the reports table (the dialog shows them all). */
export const REPORT_COLUMNS: ReportField[] = ['revenue', 'highTechRevenue', 'rdExpense', 'netProfit', 'taxes', 'employees', 'rdStaff', 'inventionPatents']
