using Torchbase.Data;
using Torchbase.Domain.Competitions;
using Torchbase.Domain.Contest;

namespace Torchbase.Demo;

/// <summary>
/// The main zone's innovation and entrepreneurship competition and its 火炬科技成果直通车, in the figures the zone reported
/// (《攀"高"不止步 从"新"再出发》, 2023): 500 多家企业参赛, 37 个优质项目对接合作, 签约金额 82.01 亿元, 获奖励资金 400 多万元; 304 项成果,
/// 42 家企业现场对接, 8 个项目现场签约, 126 个成果达成合作意向. Every figure is a count or a sum of the rows made here, so the pages
/// compute what the report says. The final round carries the panel's sheets, and the prizes follow its ranking.
/// </summary>
public sealed class CompetitionsDemo : IDemoModule
{
    public int Order => 65;

    public const int Entrants = 512;
    public const int Matched = 37;
    public const decimal SignedWan = 820_100m;
    public const int Achievements = 304;
    public const int Attending = 42;
    public const int Signings = 8;
    public const int Intents = 126;

    private static readonly string[] Industries = ["新材料", "智能制造", "新能源", "电子信息", "生物医药", "节能环保"];
    private static readonly string[] Products =
        ["高性能尼龙复合材料", "储能电池管理系统", "工业机器人视觉检测", "特高压电气绝缘件", "光伏组件回收", "煤矿智能巡检", "氢燃料电池电堆",
         "医用可降解材料", "碳化硅功率器件", "工业废水零排放", "智慧园区能源管理", "高端轴承", "锂电隔膜", "精密铸造", "数字孪生平台", "中药制剂"];
    private static readonly string[] JudgeNames = ["评委甲", "评委乙", "评委丙", "评委丁", "评委戊", "评委己", "评委庚"];
    private static readonly string[] TeamWords = ["星火", "启明", "鹰城", "创芯", "青蓝", "致远", "格物", "燎原", "同舟", "远航", "鲲鹏", "拓新"];
    private static readonly string[] Owners =
        ["郑州大学", "河南科技大学", "平顶山学院", "河南城建学院", "华北水利水电大学", "河南工业大学", "中国科学院过程工程研究所", "中原工学院"];

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("competitions");
        SeedCompetition(db, world, random);
        SeedEvent(db, world, random);
        return Task.CompletedTask;
    }

    private static void SeedCompetition(AppDbContext db, DemoWorld world, Random random)
    {
        var zone = world.Main.Zone.Id;
        var year = world.Today.Year;
        var competition = new Competition
        {
            Id = NextGuid(random), ZoneId = zone, Name = $"{year}年高新区创新创业大赛", Year = year, HeldOn = new DateOnly(year, 9, 26), IsDemo = true,
            Rounds =
            [
                new() { Index = 0, Name = "初赛", AdvanceCount = 120 }, new() { Index = 1, Name = "复赛", AdvanceCount = 40 },
                new() { Index = 2, Name = "决赛" },
            ],
            // 3 × 50 + 6 × 25 + 10 × 10.5 = 405 万元.
            Prizes =
            [
                new() { Level = 1, Name = "一等奖", Count = 3, AmountWan = 50 }, new() { Level = 2, Name = "二等奖", Count = 6, AmountWan = 25 },
                new() { Level = 3, Name = "三等奖", Count = 10, AmountWan = 10.5m },
            ],
            Judges = JudgeNames.Select(n => new CompetitionJudge { Id = NextGuid(random), Name = n }).ToList(),
        };
        db.Competitions.Add(competition);

        var enterprises = world.Main.Enterprises;
        var entrants = new List<CompetitionEntrant>();
        for (var i = 0; i < Entrants; i++)
        {
            // About one entrant in four is an enterprise of the registry; the rest are teams.
            var enterprise = i % 4 == 0 && i / 4 < enterprises.Count ? enterprises[i / 4] : null;
            var industry = Industries[random.Next(Industries.Length)];
            entrants.Add(new CompetitionEntrant
            {
                Id = NextGuid(random), ZoneId = zone, CompetitionId = competition.Id, EnterpriseId = enterprise?.Id,
                EntrantName = enterprise?.Name ?? $"{TeamWords[random.Next(TeamWords.Length)]}创业团队（{i + 1:D3}号）",
                ProjectTitle = $"{Products[random.Next(Products.Length)]}项目（{i + 1:D3}）", Industry = industry,
                // The first 40 reached the final, the next 80 the second round.
                RoundReached = i < 40 ? 2 : i < 120 ? 1 : 0,
            });
        }
        db.CompetitionEntrants.AddRange(entrants);

        // The final's sheets: entrant i's base score falls by 0.5 a place and each judge adds the same offset to everyone, so the
        // trimmed means keep the order without ties. 评委丁 (offset 0) declared a conflict with the 36th finalist: his sheet is excluded,
        // and the trimmed mean of the six left is the same.
        decimal[] offsets = [-1.5m, -1m, -0.5m, 0, 0.5m, 1m, 1.5m];
        var finalists = entrants.Take(40).ToList();
        finalists[35].Conflicts.Add(new EntrantConflict { JudgeId = competition.Judges[3].Id });
        for (var i = 0; i < finalists.Count; i++)
            for (var j = 0; j < competition.Judges.Count; j++)
                db.CompetitionScores.Add(new CompetitionScore
                {
                    Id = NextGuid(random), ZoneId = zone, CompetitionId = competition.Id, EntrantId = finalists[i].Id, Round = 2,
                    JudgeId = competition.Judges[j].Id, Score = 92m - i * 0.5m + offsets[j],
                });
        var ranking = CompetitionRules.Rank("决赛",
            finalists.Select(f => new CompetitionRules.Entry(f.Id, f.EntrantName, f.Conflicts.Select(c => c.JudgeId).ToList())),
            competition.Judges.Select(j => j.Id).ToList(),
            db.CompetitionScores.Local.Select(s => new CompetitionRules.Mark(s.JudgeId, s.EntrantId, s.Score)),
            competition.Prizes.Select(p => new PrizeLevel(p.Name, p.Count, p.AmountWan)).ToList());
        var level = competition.Prizes.ToDictionary(p => p.Name, p => p.Level);
        foreach (var line in ranking.Units.Where(u => u.Prize is not null))
            finalists.First(f => f.Id == line.UnitId).AwardLevel = level[line.Prize!];

        // 37 matched: the 30 best finalists and 7 of the second round, with amounts that add up to 82.01 亿元.
        var matched = finalists.Take(30).Concat(entrants.Skip(40).Take(7)).ToList();
        var weights = matched.Select(_ => 1 + random.NextDouble() * 4).ToList();
        var total = weights.Sum();
        decimal signed = 0;
        for (var i = 0; i < matched.Count; i++)
        {
            var amount = i == matched.Count - 1 ? SignedWan - signed : Math.Round(SignedWan * (decimal)(weights[i] / total) / 10, 0) * 10;
            matched[i].Matched = true;
            matched[i].SignedAmountWan = amount;
            signed += amount;
        }
    }

    private static void SeedEvent(AppDbContext db, DemoWorld world, Random random)
    {
        var zone = world.Main.Zone.Id;
        var heldOn = world.Today.AddDays(-45);
        var e = new Domain.Competitions.MatchEvent
        {
            Id = NextGuid(random), ZoneId = zone, Name = $"{heldOn.Year}年火炬科技成果直通车·高新区专场", Kind = EventKind.AchievementExpress,
            HeldOn = heldOn, Place = "高新区创新创业服务中心", IsDemo = true,
        };
        db.MatchEvents.Add(e);
        var achievements = Enumerable.Range(0, Achievements).Select(i => new EventAchievement
        {
            Id = NextGuid(random), ZoneId = zone, EventId = e.Id, Owner = Owners[random.Next(Owners.Length)], Field = Industries[i % Industries.Length],
            Title = $"{Products[random.Next(Products.Length)]}关键技术（成果 {i + 1:D3}）",
        }).ToList();
        db.EventAchievements.AddRange(achievements);
        // Every other enterprise of the registry, so the attendance spreads over parks and sizes.
        var attending = world.Main.Enterprises.Where((_, i) => i % 2 == 1).Take(Attending).ToList();
        e.Attendees = attending.Select(a => new EventAttendee { EnterpriseId = a.Id }).ToList();
        // 126 intents: each achievement of the first 126 drawn by one attending enterprise (a pair is never recorded twice).
        for (var i = 0; i < Intents; i++)
            db.EventIntents.Add(new EventIntent
            {
                Id = NextGuid(random), ZoneId = zone, EventId = e.Id, AchievementId = achievements[i].Id, EnterpriseId = attending[i % attending.Count].Id,
            });
        for (var i = 0; i < Signings; i++)
        {
            var enterprise = attending[i];
            var achievement = achievements[i];
            db.EventSignings.Add(new EventSigning
            {
                Id = NextGuid(random), ZoneId = zone, EventId = e.Id, EnterpriseId = enterprise.Id, AchievementId = achievement.Id,
                Title = $"{achievement.Title[..achievement.Title.IndexOf('（')]}转化合作", Parties = $"{achievement.Owner} / {enterprise.Name}",
                AmountWan = 200 + random.Next(0, 30) * 50,
            });
        }
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
