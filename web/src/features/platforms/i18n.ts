export const zhCN = {
  platformImport: {
    open: '导入',
    title: '导入创新平台',
    stepTemplate: '第一步：下载导入模板（列与导出一致），每行填写一个平台；所属园区、依托企业填写名称，同名平台将被更新。',
    success: '导入成功：新增 {imported} 个，更新 {updated} 个。',
  },
}

export const en: typeof zhCN = {
  platformImport: {
    open: 'Import',
    title: 'Import innovation platforms',
    stepTemplate:
      'Step 1: download the template (the same columns as the export) and fill in one platform per row; name the park and the enterprise. A platform of the ' +
        'same name is updated.',
    success: 'Imported: {imported} new, {updated} updated.',
  },
}
