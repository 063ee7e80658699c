export const zhCN = {
  dashboard: {
    zones: {
      title: '多区对比',
      zone: '高新区',
      enterprises: '企业总数',
      highTech: '高新技术企业',
      techSme: '科技型中小企业',
      gazelle: '瞪羚企业',
      specialized: '专精特新',
      platforms: '创新平台',
      gdpGrowth: 'GDP增速',
      investmentGrowth: '固投增速',
      rank: '第{rank}',
    },
  },
}

export const en: typeof zhCN = {
  dashboard: {
    zones: {
      title: 'Zones side by side',
      zone: 'Zone',
      enterprises: 'Enterprises',
      highTech: 'High-tech',
      techSme: 'Tech SMEs',
      gazelle: 'Gazelles',
      specialized: 'Specialised',
      platforms: 'Platforms',
      gdpGrowth: 'GDP growth',
      investmentGrowth: 'Investment growth',
      rank: '#{rank}',
    },
  },
}
