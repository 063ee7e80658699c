export const zhCN = {
  nav: { finance: '金融超市' },
  finance: {
    title: '金融超市',
    subtitle: '银行发布产品，企业授权共享创新积分后申请融资，银行授信、审批、放款',
    tabs: { products: '金融产品', requests: '融资需求', consents: '数据授权', stats: '统计' },
    search: '搜索产品或企业',
    publish: '发布产品',
    editProduct: '编辑产品',
    apply: '申请融资',
    eligible: '符合条件',
    notEligible: '暂不符合',
    fields: {
      name: '产品名称', kind: '产品类型', bank: '银行', description: '产品说明', minPoints: '最低积分', minGrade: '最低等级', maxAmount: '最高额度（万元）',
      rateFrom: '年利率下限（%）', rateTo: '年利率上限（%）', maxTermMonths: '最长期限（月）', active: '上架',
      enterprise: '企业', product: '产品', amount: '金额（万元）', termMonths: '期限（月）', purpose: '用途', status: '状态', submittedOn: '提交日期',
      offer: '授信', rate: '年利率（%）', disbursed: '放款', points: '积分', note: '说明',
    },
    actions: { offer: '授信', approve: '审批通过', disburse: '放款', decline: '拒绝', withdraw: '撤回' },
    consent: {
      hint: '授权后，该银行可查看本企业的基本信息与创新积分，并受理本企业的融资申请；可随时撤回。',
      granted: '已授权', notGranted: '未授权', grant: '授权', revoke: '撤回授权', since: '授权于 {at}',
    },
    stats: {
      products: '在架产品', requests: '融资需求', creditGranted: '授信总额（万元）', disbursed: '放款总额（万元）',
      pointsLoan: '创新积分贷放款（万元）', byBank: '各银行放款', vouchers: '科技创新券（万元）', voucherEnterprises: '申领企业', funds: '争取上级资金（万元）',
    },
    saved: '已保存',
  },
  enums: {
    productKind: { PointsLoan: '创新积分贷', IpPledgeLoan: '知识产权质押贷', TechLoan: '科技贷', CreditLoan: '信用贷', Other: '其他' },
    financingStatus: { Submitted: '已提交', Offered: '已授信', Approved: '已审批', Disbursed: '已放款', Declined: '已拒绝', Withdrawn: '已撤回' },
    eligibilityGap: {
      consent_required: '须先向{required}授权数据共享（在「数据授权」中授权）', product_inactive: '产品已下架', points_below: '积分须≥{required}（当前 {actual}）',
      grade_below: '等级须不低于 {required}（当前 {actual}）',
      qualification_missing: '须具备资质 {required}', over_limit: '超过额度 {required}', term_too_long: '超过期限 {required} 个月',
    },
  },
}

export const en: typeof zhCN = {
  nav: { finance: 'Financial supermarket' },
  finance: {
    title: 'Financial supermarket',
    subtitle: 'Banks publish products; enterprises share their points and request financing; banks offer, approve and disburse',
    tabs: { products: 'Products', requests: 'Financing requests', consents: 'Data sharing', stats: 'Statistics' },
    search: 'Search products or enterprises',
    publish: 'Publish a product',
    editProduct: 'Edit product',
    apply: 'Request financing',
    eligible: 'Eligible',
    notEligible: 'Not yet eligible',
    fields: {
      name: 'Product', kind: 'Kind', bank: 'Bank', description: 'Description', minPoints: 'Minimum points', minGrade: 'Minimum grade',
      maxAmount: 'Limit (10k CNY)', rateFrom: 'Rate from (%)', rateTo: 'Rate to (%)', maxTermMonths: 'Longest term (months)', active: 'On the shelf',
      enterprise: 'Enterprise', product: 'Product', amount: 'Amount (10k CNY)', termMonths: 'Term (months)', purpose: 'Purpose', status: 'Status',
      submittedOn: 'Submitted', offer: 'Offer', rate: 'Rate (%)', disbursed: 'Disbursed', points: 'Points', note: 'Note',
    },
    actions: { offer: 'Offer', approve: 'Approve', disburse: 'Disburse', decline: 'Decline', withdraw: 'Withdraw' },
    consent: {
      hint: 'A bank you allow sees your enterprise and its innovation points and can take your financing requests. You can withdraw at any time.',
      granted: 'Shared', notGranted: 'Not shared', grant: 'Allow', revoke: 'Withdraw', since: 'since {at}',
    },
    stats: {
      products: 'Products on the shelf', requests: 'Requests', creditGranted: 'Credit granted (10k CNY)', disbursed: 'Disbursed (10k CNY)',
      pointsLoan: 'Points loans disbursed (10k CNY)', byBank: 'Disbursed by bank', vouchers: 'Innovation vouchers (10k CNY)',
      voucherEnterprises: 'Enterprises', funds: 'Higher-level funds secured (10k CNY)',
    },
    saved: 'Saved',
  },
  enums: {
    productKind: { PointsLoan: 'Points loan', IpPledgeLoan: 'IP pledge loan', TechLoan: 'Tech loan', CreditLoan: 'Credit loan', Other: 'Other' },
    financingStatus: { Submitted: 'Submitted', Offered: 'Offered', Approved: 'Approved', Disbursed: 'Disbursed', Declined: 'Declined', Withdrawn: 'Withdrawn' },
    eligibilityGap: {
      consent_required: 'Grant data consent to {required} first (under Data sharing)', product_inactive: 'Withdrawn product',
      points_below: 'Needs {required} points (has {actual})', grade_below: 'Needs grade {required} (has {actual})',
      qualification_missing: 'Needs the title {required}', over_limit: 'Above the limit {required}', term_too_long: 'Longer than {required} months',
    },
  },
}
