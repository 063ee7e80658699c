// In-app notifications (the header's bell).
export const zhCN = {
  notifications: {
    title: '消息通知',
    empty: '暂无消息',
    readAll: '全部已读',
    unread: '{n} 条未读',
    centre: '消息中心',
    all: '查看全部消息',
    kind: '类型',
    from: '开始日期',
    to: '结束日期',
    unreadOnly: '只看未读',
    titleColumn: '消息',
    createdAt: '时间',
    state: '状态',
    read: '已读',
    unreadTag: '未读',
    markRead: '标为已读',
    kinds: { ServiceRequest: '企业诉求', AnnualReport: '企业年报', Other: '其他' },
  },
}

export const en: typeof zhCN = {
  notifications: {
    title: 'Notifications',
    empty: 'No notifications',
    readAll: 'Mark all read',
    unread: '{n} unread',
    centre: 'Notification centre',
    all: 'All notifications',
    kind: 'Kind',
    from: 'From',
    to: 'To',
    unreadOnly: 'Unread only',
    titleColumn: 'Message',
    createdAt: 'Time',
    state: 'State',
    read: 'Read',
    unreadTag: 'Unread',
    markRead: 'Mark read',
    kinds: { ServiceRequest: 'Service requests', AnnualReport: 'Yearly reports', Other: 'Other' },
  },
}
