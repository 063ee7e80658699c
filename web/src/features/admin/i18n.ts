// Strings of user administration beyond the shared ones: the import and its one-time passwords.
export const zhCN = {
  userImport: {
    button: '导入用户',
    title: '从 Excel 导入用户',
    stepTemplate: '第一步：下载模板，每行一个用户（姓名、登录名、角色必填，角色从下拉中选择；园区、部门、企业信用代码或银行按角色填写）。导入到：{zone}',
    chooseZone: '请先在筛选中选择要导入到的高新区',
    success: '已导入 {imported} 个用户',
    passwordsTitle: '一次性密码',
    passwordsHint: '每个用户的一次性密码只显示这一次，请下载结果表或立即转交本人。首次登录时须修改密码。',
    downloadResult: '下载结果表',
    row: '行',
    password: '一次性密码',
    mustChange: '待改密',
  },
}

export const en: typeof zhCN = {
  userImport: {
    button: 'Import users',
    title: 'Import users from Excel',
    stepTemplate:
      'Step 1: download the template, one user per row (name, login and role are required, the role from the drop-down; park, department, enterprise credit code or bank as the role needs). Into: {zone}',
    chooseZone: 'First choose the zone to import into, in the filters',
    success: '{imported} users imported',
    passwordsTitle: 'One-time passwords',
    passwordsHint:
      'Each one-time password is shown this once: download the result sheet or hand them over now. Each user must change it at the first sign-in.',
    downloadResult: 'Download the result sheet',
    row: 'Row',
    password: 'One-time password',
    mustChange: 'Must change password',
  },
}
