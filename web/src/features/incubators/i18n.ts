export const zhCN = {
  incubatorImport: {
    open: '导入载体',
    title: '导入孵化载体',
    stepTemplate: '第一步：下载导入模板（列与导出一致），每行填写一个载体；所属园区填写名称，同名载体将被更新，在孵、毕业企业数仅供核对。',
    tenantsOpen: '导入在孵企业',
    tenantsExport: '导出在孵企业',
    tenantsTitle: '导入在孵企业',
    tenantsStepTemplate: '第一步：下载导入模板，每行填写一条入孵记录：载体名称、企业统一社会信用代码、入孵日期、状态；已毕业或已退出的须填离孵日期。',
    success: '导入成功：新增 {imported} 条，更新 {updated} 条。',
  },
}

export const en: typeof zhCN = {
  incubatorImport: {
    open: 'Import carriers',
    title: 'Import incubation carriers',
    stepTemplate:
      'Step 1: download the template (the same columns as the export) and fill in one carrier per row; name the park. A carrier of the same name is updated; ' +
        'the tenant counts are for checking only.',
    tenantsOpen: 'Import tenants',
    tenantsExport: 'Export tenants',
    tenantsTitle: 'Import tenants',
    tenantsStepTemplate:
      "Step 1: download the template and fill in one tenancy per row: carrier name, the enterprise's credit code, entry date and status; " +
      'a graduated or departed tenant needs a leaving date.',
    success: 'Imported: {imported} new, {updated} updated.',
  },
}
