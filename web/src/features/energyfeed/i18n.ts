// The live meter feed's status card (shown on the energy page).
export const zhCN = {
  meterFeed: {
    title: '实时抄表（MQTT）',
    off: '未启用实时抄表：读数通过导入或手工录入。运维人员可按运维手册配置 MQTT 代理后启用。',
    connected: '已连接',
    disconnected: '未连接，正在重连',
    topic: '主题',
    lastMessage: '最近一条消息',
    never: '尚未收到',
    since: '自 {since} 起（本服务器启动时）',
    received: '收到消息',
    stored: '存入读数',
    duplicates: '重复（已存）',
    rejected: '拒收（表计不存在或数值不符）',
    malformed: '格式错误',
    problems: '有读数被拒收或格式错误，详见服务器日志。',
  },
}

export const en: typeof zhCN = {
  meterFeed: {
    title: 'Live meter feed (MQTT)',
    off: 'The live feed is off: readings come from imports or manual entry. Operators can enable it by configuring an MQTT broker (see the operations guide).',
    connected: 'Connected',
    disconnected: 'Not connected, reconnecting',
    topic: 'Topic',
    lastMessage: 'Last message',
    never: 'None yet',
    since: 'Since {since} (when this server started)',
    received: 'Messages received',
    stored: 'Readings stored',
    duplicates: 'Duplicates (already stored)',
    rejected: 'Rejected (unknown meter or value)',
    malformed: 'Malformed',
    problems: 'Some readings were rejected or malformed; the server log names them.',
  },
}
