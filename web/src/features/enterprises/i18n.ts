// Strings of yearly reporting (an enterprise's own filing, the park's review) and the yearly-report and titles imports.
export const zhCN = {
  reporting: {
    status: { Accepted: '已审核', Pending: '待审核', Returned: '已退回' },
    statusColumn: '审核状态',
    file: '填报年报',
    refile: '修改后重新提交',
    fileTitle: '填报 {year} 年度年报',
    filedHint: '提交后由园区专员审核，审核通过后才计入各项统计。',
    accept: '审核通过',
    return: '退回',
    returnTitle: '退回 {year} 年度年报',
    reason: '退回原因',
    returnedBecause: '退回原因：{reason}',
    accepted: '已审核通过',
    returned: '已退回企业',
    filed: '已提交，等待园区审核',
    importReports: '导入年报',
    importTitles: '导入资质',
    importReportsTitle: '批量导入年度报表',
    importReportsHint: '第一步：下载模板，每行填写一家企业一个年度的数据（一个文件可含多个年度），按统一社会信用代码匹配；空单元格表示未填报。',
    importTitlesTitle: '批量导入资质名单',
    importTitlesHint: '第一步：下载模板，每行填写一项资质（类型从下拉列表选择、证书编号、认定日期、有效期至），按统一社会信用代码匹配。',
    importedAndEvaluated: '导入成功：新增 {imported} 条，更新 {updated} 条；已重新评估 {evaluated} 家企业的培育结果，并重算积分（{years}）。',
  },
}

export const en: typeof zhCN = {
  reporting: {
    status: { Accepted: 'Accepted', Pending: 'Pending review', Returned: 'Returned' },
    statusColumn: 'Review',
    file: 'File yearly report',
    refile: 'Edit and file again',
    fileTitle: 'File the {year} yearly report',
    filedHint: 'The park officer reviews what you file; it counts in the figures once accepted.',
    accept: 'Accept',
    return: 'Return',
    returnTitle: 'Return the {year} yearly report',
    reason: 'Reason',
    returnedBecause: 'Returned: {reason}',
    accepted: 'Accepted',
    returned: 'Returned to the enterprise',
    filed: 'Filed, waiting for the park’s review',
    importReports: 'Import yearly reports',
    importTitles: 'Import titles',
    importReportsTitle: 'Import yearly reports',
    importReportsHint: 'Step one: download the template and fill one row per enterprise and year (a file may hold several years), matched by credit code; an ' +
      'empty cell means not reported.',
    importTitlesTitle: 'Import titles held',
    importTitlesHint: 'Step one: download the template and fill one row per title (kind from the drop-down list, certificate number, granted date, expiry), ' +
      'matched by credit code.',
    importedAndEvaluated: 'Imported: {imported} added, {updated} updated; cultivation results of {evaluated} enterprises evaluated again and points scored ' +
      'again ({years}).',
  },
}
