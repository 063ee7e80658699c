using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Demo;

/// <summary>
/// Declarations for most enterprises, a 培育库 of candidates near their next tier (some applied, approved or rejected),
/// each park's stage targets for this year, and a first batch evaluation so the funnel is filled on first start.
/// </summary>
public sealed class CultivationDemo : IDemoModule
{
    public int Order => 10;

    private static readonly string[] Guidance =
    [
        "上门辅导研发费用归集，建立研发辅助账", "指导梳理知识产权与主营产品的对应关系", "讲解高企认定政策及申报时间节点",
        "协调知识产权代理机构加快专利授权", "帮助对接高校共建研发中心", "核对科技人员名单与社保缴纳记录",
    ];

    private static readonly string[] RejectionReasons =
    [
        "研发费用归集不规范，专项审计未通过", "知识产权与主要产品关联度不足", "高新技术产品收入占比未达60%",
    ];

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("cultivation");
        var today = world.Today;
        var all = world.Main.Enterprises.Concat(world.Second.Enterprises).ToList();

        var declarations = new Dictionary<Guid, EnterpriseDeclarations>();
        foreach (var e in all)
        {
            if (random.NextDouble() < 0.3) continue; // a third have declared nothing yet: their verdicts stay "missing data"
            var strong = e.Qualifications.Any(q => q.Type is QualificationType.HighTech or QualificationType.TechSme);
            var d = new EnterpriseDeclarations
            {
                EnterpriseId = e.Id,
                IpCoreSupport = strong || random.NextDouble() < 0.4,
                InHighTechField = strong || random.NextDouble() < 0.6,
                NoMajorIncident = random.NextDouble() < 0.98,
                NotRestrictedIndustry = true,
                IpAdvancementScore = random.Next(strong ? 4 : 1, 9),
                IpCoreRoleScore = random.Next(strong ? 4 : 1, 9),
                IpSelfDeveloped = random.NextDouble() < 0.8,
                Conversions3Years = random.Next(0, strong ? 20 : 8),
                RdManagementScore = random.Next(strong ? 10 : 4, 21),
                LedStandard = random.NextDouble() < 0.05,
                NationalAward = random.NextDouble() < 0.01,
                ProvincialAward = random.NextDouble() < 0.04,
                ProvincialRdInstitution = random.NextDouble() < (strong ? 0.15 : 0.02),
                HasRdInstitution = random.NextDouble() < (strong ? 0.7 : 0.2),
                EquityFinancing2Years = random.NextDouble() < 0.1 ? random.Next(200, 9000) : 0,
                NicheYears = random.Next(1, 15),
                MainBusinessShare = Math.Round((decimal)(0.5 + random.NextDouble() * 0.5), 2),
                KeyFieldProduct = random.NextDouble() < 0.3,
                SpecializedScore = random.NextDouble() < 0.5 ? random.Next(45, 90) : null,
            };
            // The 梯度培育 declarations, from a source of their own so the rest of the demo stays as it was.
            var own = new Random(BitConverter.ToInt32(e.Id.ToByteArray(), 4));
            d.ProductFieldLevel = own.Next(0, 3);
            d.DigitalLevel = own.Next(1, 5);
            d.QualityItems = own.Next(0, 5);
            d.LocalIndicatorScore = own.NextDouble() < 0.6 ? own.Next(3, 16) : null;
            d.RdInstitutionLevel = d.ProvincialRdInstitution == true ? own.Next(3, 5) : d.HasRdInstitution == true ? own.Next(1, 3) : 0;
            d.NicheMarketShare = own.NextDouble() < 0.5 ? Math.Round((decimal)(own.NextDouble() * 0.3), 3) : null;
            d.NicheTopThreeInChina = own.NextDouble() < 0.05;
            d.MarketRanksWell = own.NextDouble() < 0.6 ? own.NextDouble() < 0.5 : null;
            d.OwnBrand = own.NextDouble() < 0.7;
            d.CoreBusinessOnInformationSystem = own.NextDouble() < 0.8;
            d.ManagementCertification = own.NextDouble() < 0.6;
            d.KeyChainLink = own.NextDouble() < 0.3;
            d.DevelopmentScore = own.NextDouble() < 0.5 ? own.Next(35, 90) : null;
            d.DevelopmentScorePreviousYear = own.NextDouble() < 0.4 ? own.Next(35, 90) : null;
            declarations[e.Id] = d;
            db.EnterpriseDeclarations.Add(d);
        }

        Candidate Build(Enterprise e) => new(e, new EnterpriseFacts(e.RegisteredOn, e.Reports,
            e.Qualifications.Select(q => new HeldTitle(q.Type, q.IssuedOn, q.ExpiresOn)).ToList(), declarations.GetValueOrDefault(e.Id), today));

        SeedLibrary(db, world, random, world.Main.Enterprises.Select(Build).ToList(), today);

        // The first batch evaluation, as `torchbase evaluate` would store it (titles approved above included).
        foreach (var f in all.Select(Build))
            foreach (var r in QualificationEngine.EvaluateAll(f.Facts))
                db.CultivationEvaluations.Add(StoredEvaluation.From(r, f.Enterprise.ZoneId, f.Enterprise.ParkId, f.Enterprise.Id, today));
        return Task.CompletedTask;
    }

    private sealed record Candidate(Enterprise Enterprise, EnterpriseFacts Facts);

    private static void SeedLibrary(AppDbContext db, DemoWorld world, Random random, List<Candidate> enterprises, DateOnly today)
    {
        var parkOfficer = world.Logins["park1"];
        var bureau = world.Logins["bureau"];
        var firstPark = world.Main.Zone.Parks[0].Id;
        var ent1 = world.Logins["ent1"].EnterpriseId;
        var targets = new[] { QualificationType.HighTech, QualificationType.TechSme, QualificationType.Specialized, QualificationType.InnovativeSme };
        var rules = RuleSets.InForce(today).ToDictionary(r => r.Tier);
        var picked = new List<(Candidate F, QualificationType Tier, EvaluationResult R)>();
        foreach (var f in enterprises.OrderBy(_ => random.Next()))
        {
            var tier = targets[random.Next(targets.Length)];
            if (f.Facts.Holds(tier)) continue;
            var r = QualificationEngine.Evaluate(rules[tier], f.Facts);
            var near = r.Verdict == Verdict.Qualifies || (r.Distance is { } d && d <= 0.2m) || f.Enterprise.Id == ent1;
            if (!near || picked.Any(p => p.F == f)) continue;
            picked.Add((f, tier, r));
            if (picked.Count >= 60) break;
        }
        // ent1's enterprise is always in the library, so the enterprise login sees its own entry.
        if (ent1 is { } own && picked.All(p => p.F.Enterprise.Id != own) && enterprises.FirstOrDefault(f => f.Enterprise.Id == own) is { } mine)
            picked.Add((mine, QualificationType.HighTech, QualificationEngine.Evaluate(rules[QualificationType.HighTech], mine.Facts)));

        foreach (var (f, tier, r) in picked)
        {
            var e = f.Enterprise;
            var officer = e.ParkId == firstPark ? parkOfficer : bureau;
            var added = today.AddDays(-random.Next(60, 300));
            var entry = new CultivationEntry
            {
                Id = Guid.CreateVersion7(), ZoneId = e.ZoneId, ParkId = e.ParkId, EnterpriseId = e.Id, TargetTier = tier,
                TargetYear = random.NextDouble() < 0.7 ? today.Year : today.Year + 1, OfficerId = officer.Id, OfficerName = officer.DisplayName,
                Status = CultivationStatus.Cultivating, AddedOn = added,
            };
            var on = added;
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                on = on.AddDays(random.Next(7, 40));
                if (on > today) break;
                entry.Actions.Add(new CultivationAction { Kind = CultivationActionKind.Guidance, OccurredOn = on, Note = Guidance[random.Next(Guidance.Length)], RecordedBy = officer.UserName });
            }
            // 条件成熟一家，指导申报一家: those that qualify now have applied; some of them are through.
            if (r.Verdict == Verdict.Qualifies && entry.TargetYear == today.Year && on.AddDays(20) <= today && e.Id != world.Logins["ent1"].EnterpriseId)
            {
                on = on.AddDays(random.Next(5, 20));
                entry.Actions.Add(new CultivationAction { Kind = CultivationActionKind.Applied, OccurredOn = on, RecordedBy = officer.UserName });
                entry.Status = CultivationStatus.Applied;
                var outcome = random.NextDouble();
                var decidedOn = on.AddDays(random.Next(10, 40));
                if (outcome < 0.5 && decidedOn <= today)
                {
                    var cert = tier == QualificationType.HighTech ? $"GR{today.Year}41{random.Next(100000, 999999)}" : null;
                    entry.Actions.Add(new CultivationAction { Kind = CultivationActionKind.Approved, OccurredOn = decidedOn, CertificateNo = cert, RecordedBy = officer.UserName });
                    entry.Status = CultivationStatus.Approved;
                    var held = new QualificationHeld
                    {
                        Id = Guid.CreateVersion7(), EnterpriseId = e.Id, Type = tier, CertificateNo = cert, IssuedOn = decidedOn,
                        ExpiresOn = Qualifications.DefaultExpiry(tier, decidedOn),
                    };
                    db.QualificationsHeld.Add(held);
                    e.Qualifications.Add(held);
                }
                else if (outcome < 0.65 && decidedOn <= today)
                {
                    entry.Actions.Add(new CultivationAction { Kind = CultivationActionKind.Rejected, OccurredOn = decidedOn, Note = RejectionReasons[random.Next(RejectionReasons.Length)], RecordedBy = officer.UserName });
                    entry.Status = CultivationStatus.Rejected;
                }
            }
            db.CultivationEntries.Add(entry);
        }

        foreach (var park in world.Main.Zone.Parks)
            foreach (var (tier, low, high) in new[] { (QualificationType.HighTech, 4, 12), (QualificationType.TechSme, 8, 25), (QualificationType.Specialized, 2, 6) })
                db.StageTargets.Add(new StageTarget { Id = Guid.CreateVersion7(), ZoneId = park.ZoneId, ParkId = park.Id, Year = today.Year, Tier = tier, Target = random.Next(low, high) });
    }
}
