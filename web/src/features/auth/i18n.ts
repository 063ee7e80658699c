// Strings of the account pages (the caller's own password).
export const zhCN = {
  account: {
    changePassword: '修改密码',
    forcedTitle: '请先修改密码',
    forcedHint: '您的密码由管理员设置、重置或已过期。设置一个只有您知道的新密码后才能继续使用平台。',
    hint: '新密码至少 8 位，须含大写字母、小写字母、数字和符号。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    mismatch: '两次输入的新密码不一致',
    sameAsCurrent: '新密码不能与当前密码相同',
    submit: '确认修改',
    back: '返回',
    logout: '退出登录',
    changed: '密码已修改',
  },
}

export const en: typeof zhCN = {
  account: {
    changePassword: 'Change password',
    forcedTitle: 'Change your password first',
    forcedHint:
      'Your password was set or reset by an administrator, or it has expired. Choose a new one that only you know to go on.',
    hint: 'At least 8 characters, with upper- and lower-case letters, a digit and a symbol.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    mismatch: 'The two new passwords differ',
    sameAsCurrent: 'The new password must differ from the current one',
    submit: 'Change it',
    back: 'Back',
    logout: 'Sign out',
    changed: 'Password changed',
  },
}
