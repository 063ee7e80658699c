// 我的待办: the work waiting on the signed-in user.
export const zhCN = {
  todo: {
    title: '我的待办',
    empty: '暂无待办事项',
    all: '查看全部',
    due: '期限 {date}',
    kinds: {
      RequestsToReply: '待部门答复的诉求',
      RequestsToAct: '待我办理的诉求',
      ReportsToReview: '待审核的年报',
      ScoresToGive: '待评分的单位',
    },
  },
}

export const en: typeof zhCN = {
  todo: {
    title: 'My to-do',
    empty: 'Nothing waiting on you',
    all: 'See all',
    due: 'Due {date}',
    kinds: {
      RequestsToReply: 'Requests awaiting my department’s reply',
      RequestsToAct: 'Requests awaiting my action',
      ReportsToReview: 'Yearly reports to review',
      ScoresToGive: 'Units to score',
    },
  },
}
