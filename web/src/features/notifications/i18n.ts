// In-app notifications (the header's bell).
export const zhCN = {
  notifications: {
    title: '消息通知',
    empty: '暂无消息',
    readAll: '全部已读',
    unread: '{n} 条未读',
  },
}

export const en: typeof zhCN = {
  notifications: {
    title: 'Notifications',
    empty: 'No notifications',
    readAll: 'Mark all read',
    unread: '{n} unread',
  },
}
