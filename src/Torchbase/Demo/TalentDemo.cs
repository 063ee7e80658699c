using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Talent;

namespace Torchbase.Demo;

/// <summary>
/// Talent and technology demo data, calibrated to the zones' reports: 235 PhDs of 河南城建学院 and 平顶山学院 in the PhD library and
/// 53 enterprises with signed industry–university agreements (《擂台比武争先锋 比学赶超促发展》(2024)); 304 achievements released at 火炬科技成果直通车
/// (平顶山站) on 2023-10-20 of which 126 reached cooperation intent (《擂台比武争先锋 比学赶超促发展》(2024)); 23 technology contracts registered this
/// year for 6.55 亿元 (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)); 14 talents and teams (3 academicians, 1 中原学者, 8 leading talents), one academician and
/// one 中原学者 workstation (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)), one postdoctoral practice base and 12 星期天顾问 (《擂台比武争先锋 比学赶超促发展》(2024)). All 示例数据.
/// </summary>
public sealed class TalentDemo : IDemoModule
{
    private static readonly string[] Universities = ["郑州大学", "河南科技大学", "中原工学院", "西安交通大学", "中国科学院过程工程研究所"];

    public int Order => 50;

    private static readonly Dictionary<string, string[]> ChainsOfField = new()
    {
        ["尼龙新材料"] = ["NYLON"], ["电气装备"] = ["ELECTRIC"], ["新能源"] = ["STORAGE"], ["装备制造"] = ["ELECTRIC", "LOGISTICS"],
        ["生物医药"] = ["TECHSERVICE"], ["检验检测与信息化"] = ["TECHSERVICE"],
    };

    private static readonly string[] Titles = ["教授", "副教授", "副教授", "讲师", "讲师", "研究员", "高级工程师"];

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("talent");
        var main = world.Main;
        var ent1 = world.Logins["ent1"].EnterpriseId!.Value;

        // The PhD library: 120 + 115 PhDs of the two local universities, and 25 experts of partner institutions.
        var (expertTexts, demandTexts) = TalentCorpus.Sample(random, 260, 90);
        var institutions = Enumerable.Repeat("河南城建学院", 120).Concat(Enumerable.Repeat("平顶山学院", 115))
            .Concat(Enumerable.Range(0, 25).Select(i => Universities[i % 5])).ToList();
        var experts = expertTexts.Select((t, i) => new ExpertProfile
        {
            Id = Guid.CreateVersion7(), ZoneId = main.Zone.Id, Name = PersonName(random), Institution = institutions[i],
            Title = Titles[random.Next(Titles.Length)], Degree = ExpertDegree.Doctor, Fields = t.Fields, Keywords = t.Keywords,
            ResearchSummary = t.Summary, Achievements = t.Achievements,
            Availability = random.Next(20) switch { < 16 => ExpertAvailability.Available, < 19 => ExpertAvailability.Limited,
                _ => ExpertAvailability.Unavailable },
            ConsentToContact = random.Next(10) < 7,
            Phone = $"1{random.Next(30, 90)}{random.Next(10_000_000, 99_999_999)}", Email = $"phd{i + 1:D3}@example.edu.cn",
        }).ToList();
        experts[0].UserId = world.Logins["expert1"].Id;
        experts[0].Availability = ExpertAvailability.Available;
        experts[0].ConsentToContact = true;
        db.Experts.AddRange(experts);

        // The demand library: enterprises of the matching chain post their problems.
        // An enterprise of the field's chains that has not posted yet where there is one, so that enough enterprises
        // have an old demand for the 53 agreements.
        var active = main.Enterprises.Where(e => e.Status == EnterpriseStatus.Active).ToList();
        var posters = new HashSet<Guid> { ent1 };
        var demands = demandTexts.Select((t, i) =>
        {
            var chain = active.Where(e => ChainsOfField[t.Field].Contains(e.IndustryChain)).ToList();
            var fresh = chain.Where(e => !posters.Contains(e.Id)).ToList();
            var pool = fresh.Count > 0 ? fresh : chain.Count > 0 ? chain : active;
            var enterprise = i < 2 ? ent1 : pool[random.Next(pool.Count)].Id;
            posters.Add(enterprise);
            var posted = world.Today.AddDays(-random.Next(10, 330));
            return new TechDemand
            {
                Id = Guid.CreateVersion7(), ZoneId = main.Zone.Id, EnterpriseId = enterprise, Title = t.Title, Problem = t.Problem, Field = t.Field,
                Keywords = t.Keywords, BudgetWan = random.Next(2, 41) * 5, PostedOn = posted, Deadline = posted.AddDays(random.Next(90, 400)),
                PostedBy = "示例企业", Status = DemandStatus.Open,
            };
        }).ToList();
        db.TechDemands.AddRange(demands);

        db.Matchmakings.AddRange(Pairings(random, world, experts, demands));
        db.TechAchievements.AddRange(Achievements(random, main.Zone.Id));
        db.TechContracts.AddRange(Contracts(random, world));
        AddTalentsAndWorkstations(db, random, world);
        db.ServiceGuarantees.AddRange(Guarantees(main.Zone.Id));
        SeedSecondZone(db, random, world);
        return Task.CompletedTask;
    }

    /// <summary>The top three experts of each demand are recommended; the best pairing of 53 enterprises' demands is signed.</summary>
    private static List<Matchmaking> Pairings(Random random, DemoWorld world, List<ExpertProfile> experts, List<TechDemand> demands)
    {
        var index = new MatchIndex(experts.Where(e => e.Availability != ExpertAvailability.Unavailable).Select(e => e.ToMatchDocument()), Glossary.Shipped);
        var signedEnterprises = new HashSet<Guid>();
        var pairings = new List<Matchmaking>();
        foreach (var demand in demands.OrderBy(d => d.PostedOn))
        {
            var top = index.Match(demand.ToMatchDocument(), 3);
            // Old enough demands of enterprises without an agreement yet sign with their best expert, until 53 enterprises have one.
            var signs = signedEnterprises.Count < 53 && demand.EnterpriseId is { } e && !signedEnterprises.Contains(e)
                && demand.PostedOn < world.Today.AddDays(-60);
            for (var rank = 0; rank < top.Count; rank++)
            {
                var m = new Matchmaking
                {
                    Id = Guid.CreateVersion7(), ZoneId = demand.ZoneId, DemandId = demand.Id, EnterpriseId = demand.EnterpriseId, ExpertId = top[rank].Id,
                    Score = top[rank].Score, RecommendedOn = demand.PostedOn.AddDays(random.Next(1, 8)), Stage = MatchStage.Recommended,
                };
                var elapsed = world.Today.DayNumber - m.RecommendedOn.DayNumber;
                var step = (int)Math.Min(elapsed / 3, 20);
                if (signs && rank == 0)
                {
                    MatchWorkflow.Advance(m, MatchStage.Contacted, m.RecommendedOn.AddDays(random.Next(1, step + 1)));
                    MatchWorkflow.Advance(m, MatchStage.Meeting, m.ContactedOn!.Value.AddDays(random.Next(1, step + 1)));
                    MatchWorkflow.Advance(m, MatchStage.Signed, m.MeetingOn!.Value.AddDays(random.Next(1, step + 1)), random.Next(2, 31) * 5);
                }
                else if (random.Next(3) > 0 && elapsed > 10)
                {
                    MatchWorkflow.Advance(m, MatchStage.Contacted, m.RecommendedOn.AddDays(random.Next(1, 8)));
                    if (random.Next(2) == 0) MatchWorkflow.Advance(m, random.Next(3) == 0 ? MatchStage.Declined : MatchStage.Meeting,
                        m.ContactedOn!.Value.AddDays(random.Next(1, 8)));
                }
                if (m.ClosedOn > world.Today || m.MeetingOn > world.Today || m.ContactedOn > world.Today)
                {
                    // Never in the future: roll back to a plain recommendation.
                    (m.Stage, m.ContactedOn, m.MeetingOn, m.ClosedOn, m.AgreementAmountWan) = (MatchStage.Recommended, null, null, null, null);
                }
                if (m.Stage == MatchStage.Signed)
                {
                    demand.Status = DemandStatus.Matched;
                    signedEnterprises.Add(demand.EnterpriseId!.Value);
                }
                pairings.Add(m);
            }
        }
        return pairings;
    }

    /// <summary>火炬科技成果直通车（平顶山站）, 2023-10-20: 304 achievements, 126 with cooperation intent; a smaller 百名博士进高新 release this year.</summary>
    private static List<TechAchievement> Achievements(Random random, Guid zoneId)
    {
        string[] owners = ["中石化（上海）石油化工研究院", "西安交通大学", "郑州大学", "河南科技大学", "河南城建学院", "平顶山学院", "河南省科学院"];
        string[] suffixes = ["技术", "关键技术", "成套工艺", "新方法", "装置"];
        var list = new List<TechAchievement>();
        var fair = new DateOnly(2023, 10, 20);
        for (var i = 0; i < 304; i++)
        {
            var topic = TalentCorpus.Topics[random.Next(TalentCorpus.Topics.Length)];
            list.Add(new TechAchievement
            {
                Id = Guid.CreateVersion7(), ZoneId = zoneId, EventName = "火炬科技成果直通车（平顶山站）", ReleasedOn = fair,
                Title = topic.Terms[random.Next(topic.Terms.Length)] + topic.Terms[random.Next(topic.Terms.Length)] + suffixes[random.Next(suffixes.Length)],
                Owner = owners[random.Next(owners.Length)], Field = topic.Field, CooperationIntent = i < 126,
                InterestedEnterprises = i < 126 ? random.Next(1, 4) : random.Next(0, 2),
            });
        }
        for (var i = 0; i < 30; i++)
        {
            var topic = TalentCorpus.Topics[random.Next(TalentCorpus.Topics.Length)];
            list.Add(new TechAchievement
            {
                Id = Guid.CreateVersion7(), ZoneId = zoneId, EventName = "百名博士进高新成果发布会", ReleasedOn = new DateOnly(2025, 6, 18),
                Title = topic.Terms[random.Next(topic.Terms.Length)] + suffixes[random.Next(suffixes.Length)], Owner = random.Next(2) == 0 ? "河南城建学院" : "平顶山学院",
                Field = topic.Field, CooperationIntent = random.Next(3) == 0, InterestedEnterprises = random.Next(0, 3),
            });
        }
        return list;
    }

    /// <summary>This year: 23 contracts for 65,500 万元 in the main zone (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)); two earlier years and the second zone for the
    /// ranking.</summary>
    private static List<TechContract> Contracts(Random random, DemoWorld world)
    {
        var list = new List<TechContract>();
        var year = world.Today.Year;
        var mainBuyers = world.Main.Enterprises.Where(e => e.Status == EnterpriseStatus.Active).ToList();
        var secondBuyers = world.Second.Enterprises.Where(e => e.Status == EnterpriseStatus.Active).ToList();
        var serials = new Dictionary<int, int>();
        void Year(DemoZone zone, List<Enterprise> buyers, int y, int count, decimal totalWan, string[] sellers, bool includeEnt1)
        {
            var weights = Enumerable.Range(0, count).Select(_ => 0.3 + random.NextDouble() * random.NextDouble() * 4).ToArray();
            var amounts = weights.Select(w => Math.Round(totalWan * (decimal)(w / weights.Sum()), 2)).ToArray();
            amounts[^1] += totalWan - amounts.Sum();
            var lastDay = y == year ? world.Today : new DateOnly(y, 12, 31);
            for (var i = 0; i < count; i++)
            {
                var buyer = includeEnt1 && i == 0 ? mainBuyers.First(e => e.Id == world.Logins["ent1"].EnterpriseId) : buyers[random.Next(buyers.Count)];
                var registered = new DateOnly(y, 1, 10).AddDays(random.Next(0, lastDay.DayNumber - new DateOnly(y, 1, 10).DayNumber));
                var topic = TalentCorpus.Topics[random.Next(TalentCorpus.Topics.Length)];
                var type = (TechContractType)(random.Next(10) switch { < 5 => 0, < 6 => 1, < 7 => 2, < 8 => 3, _ => 4 });
                list.Add(new TechContract
                {
                    Id = Guid.CreateVersion7(), ZoneId = zone.Zone.Id, RegistrationNo = $"JS{y}{serials[y] = serials.GetValueOrDefault(y) + 1:D5}",
                    RegisteredOn = registered,
                    SignedOn = registered.AddDays(-random.Next(3, 40)), Type = type,
                    Subject = $"{topic.Terms[random.Next(topic.Terms.Length)]}{TalentLabels(type)}", Seller = sellers[random.Next(sellers.Length)],
                    Buyer = buyer.Name, BuyerEnterpriseId = buyer.Id, Field = topic.Field, AmountWan = amounts[i],
                    TechTransactionWan = Math.Round(amounts[i] * (decimal)(0.6 + random.NextDouble() * 0.4), 2),
                });
            }
        }
        string[] mainSellers = ["河南城建学院", "平顶山学院", "郑州大学", "西安交通大学", "中石化（上海）石油化工研究院", "河南省科学院平顶山产业技术研究院"];
        string[] secondSellers = ["南阳理工学院", "南阳师范学院", "河南大学", "华中科技大学"];
        Year(world.Main, mainBuyers, year - 2, 17, 31_800m, mainSellers, false);
        Year(world.Main, mainBuyers, year - 1, 20, 48_600m, mainSellers, false);
        Year(world.Main, mainBuyers, year, 23, 65_500m, mainSellers, true);
        Year(world.Second, secondBuyers, year - 1, 9, 12_400m, secondSellers, false);
        Year(world.Second, secondBuyers, year, 12, 18_200m, secondSellers, false);
        return list;
    }

    private static string TalentLabels(TechContractType type) => type switch
    {
        TechContractType.Development => "联合开发", TechContractType.Transfer => "专利转让", TechContractType.Licence => "专利实施许可",
        TechContractType.Consulting => "技术咨询", _ => "技术服务",
    };

    /// <summary>14 talents and teams (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)), funding from the 鹰城英才计划 of 200 万元 in all; workstations and 星期天顾问.</summary>
    private static void AddTalentsAndWorkstations(AppDbContext db, Random random, DemoWorld world)
    {
        var zone = world.Main.Zone.Id;
        var hosts = world.Main.Enterprises.Where(e => e.Status == EnterpriseStatus.Active
            && e.IndustryChain is "NYLON" or "ELECTRIC" or "STORAGE").Take(40).ToList();
        var categories = Enumerable.Repeat(TalentCategory.Academician, 3).Append(TalentCategory.ZhongyuanScholar)
            .Concat(Enumerable.Repeat(TalentCategory.LeadingTalent, 8)).Concat(Enumerable.Repeat(TalentCategory.Team, 2)).ToList();
        decimal[] funding = [0, 0, 0, 0, 30, 30, 25, 25, 20, 20, 15, 15, 20, 20];
        for (var i = 0; i < categories.Count; i++)
        {
            var topic = TalentCorpus.Topics[random.Next(TalentCorpus.Topics.Length)];
            var name = PersonName(random);
            db.TalentTeams.Add(new TalentTeam
            {
                Id = Guid.CreateVersion7(), ZoneId = zone, Category = categories[i], EnterpriseId = hosts[i].Id, Field = topic.Field,
                Name = categories[i] switch
                {
                    TalentCategory.Academician => $"{name}院士团队", TalentCategory.Team => $"{topic.Terms[0]}创新团队", _ => name,
                },
                Programme = funding[i] > 0 ? "鹰城英才计划" : null, FundingWan = funding[i], RecognisedOn = world.Today.AddDays(-random.Next(60, 900)),
            });
        }
        db.Workstations.Add(new Workstation { Id = Guid.CreateVersion7(), ZoneId = zone, Kind = WorkstationKind.Academician, Name = $"{hosts[0].Name}院士工作站",
            EnterpriseId = hosts[0].Id, ExpertName = PersonName(random), Institution = "中国工程院", EstablishedOn = world.Today.AddDays(-700) });
        db.Workstations.Add(new Workstation { Id = Guid.CreateVersion7(), ZoneId = zone, Kind = WorkstationKind.ZhongyuanScholar,
            Name = $"{hosts[3].Name}中原学者工作站", EnterpriseId = hosts[3].Id, ExpertName = PersonName(random), Institution = "郑州大学",
            EstablishedOn = world.Today.AddDays(-500) });
        db.Workstations.Add(new Workstation { Id = Guid.CreateVersion7(), ZoneId = zone, Kind = WorkstationKind.Postdoc, Name = $"{hosts[5].Name}博士后创新实践基地",
            EnterpriseId = hosts[5].Id, Institution = "河南省人力资源和社会保障厅", EstablishedOn = world.Today.AddDays(-320) });
        var logistics = world.Main.Enterprises.Where(e => e.Status == EnterpriseStatus.Active && e.IndustryChain == "LOGISTICS").Take(7).ToList();
        for (var i = 0; i < 12; i++)
        {
            var host = logistics[i % logistics.Count];
            db.Workstations.Add(new Workstation
            {
                Id = Guid.CreateVersion7(), ZoneId = zone, Kind = WorkstationKind.SundayAdvisor, Name = $"{host.Name}星期天顾问", EnterpriseId = host.Id,
                ExpertName = PersonName(random), Institution = i % 2 == 0 ? "河南城建学院" : "平顶山学院", EstablishedOn = world.Today.AddDays(-random.Next(30, 400)),
            });
        }
    }

    private static IEnumerable<ServiceGuarantee> Guarantees(Guid zone) =>
    [
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.Housing, Name = "人才公寓",
            Description = "入驻企业引进的博士、柔性引进专家可申请拎包入住的人才公寓，按市人才政策办理。", Provider = "高新区人力资源和社会保障局" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.Subsidy, Name = "高层次人才奖补",
            Description = "协助企业申报“鹰城英才计划”等人才项目专项资金，提供政策解读与材料辅导。", Provider = "高新区科技创新局" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.LabAccess, Name = "尼龙新材料中试平台开放共享",
            Description = "面向入库博士和企业开放改性、注塑、性能检测等中试设备，预约使用。", Provider = "尼龙新材料产业园区" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.LabAccess, Name = "检验检测公共服务平台",
            Description = "提供材料力学、电气绝缘、环境可靠性等检测服务，入库博士项目优先排期。", Provider = "创新创业服务园区" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.Funding, Name = "科技创新券", Description = "企业购买高校院所技术服务可申领科技创新券，按年度通知申报。",
            Provider = "高新区科技创新局" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.Funding, Name = "创新积分贷", Description = "产学研合作成效计入企业创新积分，合作银行据此给予信用贷款。",
            Provider = "高新区财政金融局" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.Service, Name = "首席服务员对接",
            Description = "每个产学研合作项目配备首席服务员，协调场地、用工、手续等问题。", Provider = "各产业园区" },
        new() { Id = Guid.CreateVersion7(), ZoneId = zone, Category = GuaranteeCategory.Service, Name = "子女入学与就医绿色通道", Description = "为引进人才协调子女入学、就医等生活保障事项。",
            Provider = "高新区党群工作部" },
    ];

    /// <summary>A small library in the second zone, so that its leader's pages are not empty.</summary>
    private static void SeedSecondZone(AppDbContext db, Random random, DemoWorld world)
    {
        var zone = world.Second.Zone.Id;
        var (experts, demands) = TalentCorpus.Sample(random, 24, 8);
        db.Experts.AddRange(experts.Select((t, i) => new ExpertProfile
        {
            Id = Guid.CreateVersion7(), ZoneId = zone, Name = PersonName(random), Institution = i % 2 == 0 ? "南阳理工学院" : "南阳师范学院",
            Title = Titles[random.Next(Titles.Length)],
            Degree = ExpertDegree.Doctor, Fields = t.Fields, Keywords = t.Keywords, ResearchSummary = t.Summary, Achievements = t.Achievements,
            Availability = ExpertAvailability.Available, ConsentToContact = random.Next(2) == 0, Email = $"ny{i + 1:D3}@example.edu.cn",
        }));
        var buyers = world.Second.Enterprises;
        db.TechDemands.AddRange(demands.Select(t => new TechDemand
        {
            Id = Guid.CreateVersion7(), ZoneId = zone, EnterpriseId = buyers[random.Next(buyers.Count)].Id, Title = t.Title, Problem = t.Problem,
            Field = t.Field,
            Keywords = t.Keywords, BudgetWan = random.Next(2, 21) * 5, PostedOn = world.Today.AddDays(-random.Next(10, 200)), Status = DemandStatus.Open,
            PostedBy = "示例企业",
        }));
    }

    private static string PersonName(Random random) =>
        DemoCatalogue.Surnames[random.Next(DemoCatalogue.Surnames.Length)] + DemoCatalogue.GivenNames[random.Next(DemoCatalogue.GivenNames.Length)]
        + (random.Next(2) == 0 ? DemoCatalogue.GivenNames[random.Next(DemoCatalogue.GivenNames.Length)] : "");
}
