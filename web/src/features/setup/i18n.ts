// Zone set-up strings (系统设置/区域设置): the kinds of rows, their fields and coded values.
export const zhCN = {
  nav: {
    groups: { setup: '区域设置' },
    setup: {
      regions: '区域', zones: '高新区', parks: '园区', departments: '报到部门', chains: '产业链', banks: '银行', branches: '银行网点',
      agency: '代办事项', categories: '诉求类别', limits: '办理时限', years: '节假日安排', days: '工作日历',
    },
  },
  setup: {
    kinds: {
      regions: '区域（市、省）', zones: '高新区', parks: '园区', departments: '报到部门（园区吹哨、部门报到）', chains: '产业链与链主企业',
      banks: '银行', branches: '银行网点', agency: '代办事项目录', categories: '诉求类别', limits: '各级办理时限（工作日）',
      years: '法定节假日安排（按年度）', days: '工作日历（法定节假日、调休上班日、本区休息日）',
    },
    searchPlaceholder: '名称关键字',
    create: '新增',
    editTitle: '编辑',
    deactivate: '停用',
    reactivate: '启用',
    confirmDeactivate: '停用“{name}”？停用后不再出现在选择列表中，已有记录仍保留它。',
    confirmReactivate: '重新启用“{name}”？',
    activeOnly: '仅在用',
    inactiveOnly: '仅已停用',
    activeTag: '在用',
    inactiveTag: '已停用',
    calendarNote: '法定节假日以国务院办公厅每年发布的节假日安排通知为准，由系统管理员按年度录入或导入；各区可另设本区休息日。未录入的年度按周一至周五计算工作日。',
    fields: {
      name: '名称', parentId: '上级区域', regionId: '所属区域', parkCount: '园区数', zoneId: '所属高新区', kind: '类型', areaKm2: '面积（平方公里）',
      leaderName: '负责人', contact: '联系方式', sortOrder: '排序', code: '代码', leadEnterprises: '链主企业', branchCount: '网点数', bankId: '银行',
      address: '地址', stage: '生命周期阶段', authority: '办理部门', promisedDays: '承诺时限（工作日）', acknowledgeDays: '受理', officerDays: '一级（首席服务员/园区）',
      departmentDays: '二级（部门报到）', jointMeetingDays: '三级（联席会议）', leaderDays: '四级（主要领导）', reminderDays: '提前提醒（工作日）',
      year: '年度', title: '通知标题', number: '文号', publishedOn: '发布日期', url: '网址', holidays: '放假天数', workingDays: '调休上班天数',
      date: '日期', active: '状态',
    },
    options: {
      kind: {
        Industrial: '产业园区', Incubation: '孵化园区', Logistics: '物流园区', Comprehensive: '综合园区', Other: '其他',
        Holiday: '法定放假', WorkingDay: '调休上班', LocalDayOff: '本区休息日',
      },
      stage: { Opening: '企业开办', AccessPermits: '准入准营', InvestmentConstruction: '投资建设', Operation: '生产运行', ChangeRenewal: '变更延续', Exit: '注销退出' },
      code: {
        Finance: '融资金融', Land: '土地规划', Approval: '审批手续', Talent: '人才用工', Policy: '政策兑现', Utilities: '水电气暖', Market: '市场开拓',
        Technology: '科技创新', Other: '其他',
      },
    },
  },
}

export const en: typeof zhCN = {
  nav: {
    groups: { setup: 'Zone set-up' },
    setup: {
      regions: 'Regions', zones: 'Zones', parks: 'Parks', departments: 'Departments', chains: 'Industry chains', banks: 'Banks', branches: 'Bank branches',
      agency: 'Agency services', categories: 'Request categories', limits: 'Time limits', years: 'Holiday arrangements', days: 'Working calendar',
    },
  },
  setup: {
    kinds: {
      regions: 'Regions (cities, provinces)', zones: 'Zones', parks: 'Parks', departments: 'Departments (answer the parks’ calls)', chains: 'Industry chains and lead enterprises',
      banks: 'Banks', branches: 'Bank branches', agency: 'Agency-service catalogue', categories: 'Request categories', limits: 'Time limits per level (working days)',
      years: 'Official holiday arrangements (per year)', days: 'Working calendar (holidays, adjusted working days, local days off)',
    },
    searchPlaceholder: 'Name contains',
    create: 'Add',
    editTitle: 'Edit',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    confirmDeactivate: 'Deactivate “{name}”? It leaves the pickers; records that use it keep it.',
    confirmReactivate: 'Reactivate “{name}”?',
    activeOnly: 'Active only',
    inactiveOnly: 'Deactivated only',
    activeTag: 'Active',
    inactiveTag: 'Deactivated',
    calendarNote: 'Official holidays follow the State Council General Office’s yearly notice; the system administrator enters or imports each year. A zone may add its own days off. A year not entered counts Monday to Friday as working days.',
    fields: {
      name: 'Name', parentId: 'Parent region', regionId: 'Region', parkCount: 'Parks', zoneId: 'Zone', kind: 'Kind', areaKm2: 'Area (km²)',
      leaderName: 'Head', contact: 'Contact', sortOrder: 'Order', code: 'Code', leadEnterprises: 'Lead enterprises', branchCount: 'Branches', bankId: 'Bank',
      address: 'Address', stage: 'Lifecycle stage', authority: 'Handled by', promisedDays: 'Promised (working days)', acknowledgeDays: 'Acknowledge',
      officerDays: 'Level 1 (officer/park)', departmentDays: 'Level 2 (departments)', jointMeetingDays: 'Level 3 (joint meeting)', leaderDays: 'Level 4 (leaders)',
      reminderDays: 'Remind (working days before)', year: 'Year', title: 'Notice title', number: 'Document number', publishedOn: 'Published on', url: 'Address (URL)',
      holidays: 'Days off', workingDays: 'Working weekends', date: 'Date', active: 'Status',
    },
    options: {
      kind: {
        Industrial: 'Industrial park', Incubation: 'Incubation park', Logistics: 'Logistics park', Comprehensive: 'Mixed park', Other: 'Other',
        Holiday: 'Official holiday', WorkingDay: 'Adjusted working day', LocalDayOff: 'Local day off',
      },
      stage: { Opening: 'Opening', AccessPermits: 'Permits', InvestmentConstruction: 'Investment', Operation: 'Operation', ChangeRenewal: 'Changes', Exit: 'Exit' },
      code: {
        Finance: 'Finance', Land: 'Land and planning', Approval: 'Approvals', Talent: 'Talent and staff', Policy: 'Policy payments', Utilities: 'Utilities',
        Market: 'Markets', Technology: 'Technology', Other: 'Other',
      },
    },
  },
}
