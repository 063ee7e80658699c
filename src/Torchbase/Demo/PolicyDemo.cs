using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;

namespace Torchbase.Demo;

/// <summary>
/// Policy benefits (惠企政策) of the main zone with the reports' orders of magnitude for the last year: 38 benefit items carried out
/// (落实惠企政策 38 项), of which tax relief to 315 enterprises for 1,509万 (315 户企业享受税费减免 1509 万元) — 《科创引领蓄势赋能 示范“新”区奋力跃升》
/// (2023). Higher-level funds (1,914万) and vouchers are the finance demo's. This year: applications in every state of redemption, some
/// with their notice passed and waiting for payout. Policies carry no 文号 (none is invented) and say in their text that amounts are examples.
/// </summary>
public sealed class PolicyDemo : IDemoModule
{
    public int Order => 80;

    private const string Note = "演示数据：本政策条目与金额均为示例，用于展示平台功能，不是正式政策文件或官方统计数据。";

    private sealed record ItemSpec(string Name, BenefitType Type, decimal Amount, QualificationType? Title = null, bool NoApplication = false);

    private sealed record PolicySpec(string Title, string Body, PolicyLevel Level, ItemSpec[] Items);

    /// <summary>10 policies, 38 items (the first policy's three are the tax reliefs).</summary>
    private static readonly PolicySpec[] Policies =
    [
        new("企业研发费用加计扣除等税费优惠政策落实指引（示例）", "国家税务总局（示例）", PolicyLevel.National,
        [
            new("研发费用加计扣除", BenefitType.TaxRelief, 0, NoApplication: true),
            new("高新技术企业减按 15% 税率征收企业所得税", BenefitType.TaxRelief, 0, QualificationType.HighTech, true),
            new("小型微利企业所得税减免", BenefitType.TaxRelief, 0, NoApplication: true),
        ]),
        new("关于支持高新技术企业高质量发展的若干措施（示例）", "高新区管委会（示例）", PolicyLevel.District,
        [
            new("新认定高新技术企业奖励", BenefitType.Reward, 20, QualificationType.HighTech),
            new("重新认定高新技术企业奖励", BenefitType.Reward, 10, QualificationType.HighTech),
            new("高新技术企业研发投入补贴", BenefitType.Subsidy, 30, QualificationType.HighTech),
            new("高企培育入库奖励", BenefitType.Reward, 5),
        ]),
        new("科技型中小企业梯次培育奖补办法（示例）", "高新区科技创新局（示例）", PolicyLevel.District,
        [
            new("科技型中小企业入库奖励", BenefitType.Reward, 2, QualificationType.TechSme),
            new("创新型中小企业奖励", BenefitType.Reward, 3, QualificationType.InnovativeSme),
            new("专精特新中小企业奖励", BenefitType.Reward, 10, QualificationType.Specialized),
            new("专精特新“小巨人”企业奖励", BenefitType.Reward, 50, QualificationType.LittleGiant),
        ]),
        new("瞪羚企业和创新龙头企业培育计划（示例）", "高新区管委会（示例）", PolicyLevel.District,
        [
            new("瞪羚企业奖励", BenefitType.Reward, 30, QualificationType.Gazelle),
            new("创新龙头企业奖励", BenefitType.Reward, 100, QualificationType.InnovationLeader),
            new("瞪羚企业融资贴息", BenefitType.InterestSubsidy, 15, QualificationType.Gazelle),
            new("瞪羚企业市场开拓补贴", BenefitType.Subsidy, 10, QualificationType.Gazelle),
        ]),
        new("科技创新券管理办法（示例）", "市科学技术局（示例）", PolicyLevel.City,
        [
            new("检验检测服务创新券", BenefitType.InnovationVoucher, 8),
            new("知识产权服务创新券", BenefitType.InnovationVoucher, 5),
            new("工业设计服务创新券", BenefitType.InnovationVoucher, 6),
            new("数字化改造诊断服务创新券", BenefitType.InnovationVoucher, 5),
        ]),
        new("研发平台建设支持政策（示例）", "省科学技术厅（示例）", PolicyLevel.Provincial,
        [
            new("省级工程技术研究中心奖励", BenefitType.Reward, 50),
            new("省级重点实验室奖励", BenefitType.Reward, 100),
            new("企业技术中心补贴", BenefitType.Subsidy, 30),
            new("新型研发机构运营补贴", BenefitType.Subsidy, 80),
        ]),
        new("科技金融支持办法（示例）", "市财政局（示例）", PolicyLevel.City,
        [
            new("创新积分贷贴息", BenefitType.InterestSubsidy, 12),
            new("知识产权质押贷款贴息", BenefitType.InterestSubsidy, 8),
            new("科技保险保费补贴", BenefitType.Subsidy, 4),
            new("创业担保贷款贴息", BenefitType.InterestSubsidy, 6),
        ]),
        new("知识产权强区建设若干政策（示例）", "高新区市场监管分局（示例）", PolicyLevel.District,
        [
            new("发明专利授权奖励", BenefitType.Reward, 1),
            new("PCT 国际专利申请补贴", BenefitType.Subsidy, 3),
            new("知识产权贯标奖励", BenefitType.Reward, 5),
            new("高价值专利培育补贴", BenefitType.Subsidy, 20),
        ]),
        new("人才引进与培养专项政策（示例）", "高新区人才工作领导小组（示例）", PolicyLevel.District,
        [
            new("高层次人才团队项目资助", BenefitType.FundApplication, 200),
            new("外籍科学家工作室补贴", BenefitType.Subsidy, 50),
            new("博士后工作站设站补贴", BenefitType.Subsidy, 20),
            new("青年科技人才安居补贴", BenefitType.Subsidy, 2),
        ]),
        new("科技成果转化与揭榜挂帅支持政策（示例）", "省科学技术厅（示例）", PolicyLevel.Provincial,
        [
            new("揭榜挂帅项目资助", BenefitType.FundApplication, 50),
            new("技术合同登记奖励", BenefitType.Reward, 3),
            new("中试基地运营补贴", BenefitType.Subsidy, 40),
        ]),
    ];

    /// <summary>The tax reliefs of the last year: 315 enterprises, 1,509万 in all.</summary>
    private const int TaxEnterprises = 315;
    private const decimal TaxTotal = 1509m;

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("policies");
        var zone = world.Main.Zone.Id;
        var today = world.Today;
        var lastYear = today.Year - 1;
        var enterprises = world.Main.Enterprises.Where(e => e.Status == EnterpriseStatus.Active).OrderBy(e => e.Id).ToList();
        var items = new List<(Policy Policy, BenefitItem Item, ItemSpec Spec)>();
        foreach (var spec in Policies)
        {
            var policy = new Policy
            {
                Id = Guid.CreateVersion7(), ZoneId = zone, Title = spec.Title, IssuingBody = spec.Body, Level = spec.Level,
                InForceFrom = new DateOnly(lastYear, 1, 1), Text = Note, State = PolicyState.Published, PublishedOn = new DateOnly(lastYear, 1, 1),
            };
            foreach (var (i, s) in spec.Items.Index())
            {
                var item = new BenefitItem
                {
                    Id = Guid.CreateVersion7(), PolicyId = policy.Id, Name = s.Name, Type = s.Type, Rule = AmountRule.FixedAmount(s.Amount),
                    NoApplication = s.NoApplication, SortOrder = i,
                    Conditions = s.Title is { } title ? [new BenefitCondition(ConditionKind.TitleHeld, title)] : [],
                };
                policy.Items.Add(item);
                items.Add((policy, item, s));
            }
            db.Policies.Add(policy);
        }

        // The tax reliefs: 315 distinct enterprises across the three items, amounts in proportion to random weights, 1,509万 exactly.
        var taxed = enterprises.OrderBy(_ => random.Next()).Take(TaxEnterprises).ToList();
        var weights = taxed.Select(_ => 1 + random.NextDouble() * 8).ToList();
        var scale = (double)TaxTotal / weights.Sum();
        var amounts = weights.Select(w => Math.Round((decimal)(w * scale), 1)).ToList();
        amounts[^1] += TaxTotal - amounts.Sum();
        for (var i = 0; i < taxed.Count; i++)
        {
            var (policy, item, _) = items[i % 3];
            var paidOn = new DateOnly(lastYear, random.Next(4, 13), random.Next(1, 29));
            Pay(db, Application(zone, taxed[i], policy, item, amounts[i], paidOn, true), item, paidOn);
        }

        // Every other item paid to a few enterprises in the last year (the 38 items carried out), and this year's applications in every
        // state, oldest first: submitted, park-approved, in notice (running and passed), paid and rejected.
        foreach (var (policy, item, spec) in items.Skip(3))
        {
            var holders = enterprises.Where(e => spec.Title is not { } t || e.Qualifications.Any(q => q.Type == t)).OrderBy(_ => random.Next()).ToList();
            if (holders.Count == 0) holders = enterprises.OrderBy(_ => random.Next()).ToList();
            var amount = spec.Amount > 0 ? spec.Amount : 1;
            foreach (var e in holders.Take(random.Next(2, 6)))
            {
                var paidOn = new DateOnly(lastYear, random.Next(5, 13), random.Next(1, 29));
                Pay(db, Application(zone, e, policy, item, amount, paidOn.AddDays(-60), false), item, paidOn);
            }
            foreach (var (k, e) in holders.Skip(6).Take(6).Index())
            {
                var applied = today.AddDays(-10 - 12 * k - random.Next(0, 5));
                var a = Application(zone, e, policy, item, amount, applied, false);
                a.Status = ApplicationStatus.Submitted;
                a.PaidAmount = null;
                a.PaidOn = null;
                a.PaidBy = null;
                a.BureauReviewer = null;
                a.BureauReviewedOn = null;
                a.NoticeFrom = null;
                a.NoticeDays = null;
                a.NoticeUntil = null;
                a.ParkReviewer = null;
                a.ParkReviewedOn = null;
                if (k >= 1) (a.Status, a.ParkReviewer, a.ParkReviewedOn) = (ApplicationStatus.ParkApproved, "park1", applied.AddDays(2));
                if (k >= 2)
                {
                    // k = 2: the notice still runs; k ≥ 3: it ended before today (waiting for payout, paid, or rejected).
                    var from = k == 2 ? today.AddDays(-1) : applied.AddDays(5);
                    (a.Status, a.BureauReviewer, a.BureauReviewedOn) = (ApplicationStatus.InNotice, "bureau", from);
                    (a.NoticeFrom, a.NoticeDays, a.NoticeUntil) = (from, 5, from.AddDays(7));
                }
                if (k == 4) Pay(db, a, item, a.NoticeUntil!.Value.AddDays(1));
                else
                {
                    if (k == 5) (a.Status, a.ReviewNote) = (ApplicationStatus.Rejected, "申报材料与实际不符（示例）");
                    db.BenefitApplications.Add(a);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static BenefitApplication Application(Guid zone, Enterprise e, Policy policy, BenefitItem item, decimal amount, DateOnly on, bool noApplication) =>
        new()
        {
            Id = Guid.CreateVersion7(), ZoneId = zone, ParkId = e.ParkId, EnterpriseId = e.Id, PolicyId = policy.Id, ItemId = item.Id,
            NoApplication = noApplication, Amount = amount, AppliedOn = on, ParkReviewer = noApplication ? null : "park1",
            ParkReviewedOn = noApplication ? null : on.AddDays(3), BureauReviewer = "bureau", BureauReviewedOn = noApplication ? on : on.AddDays(10),
            NoticeFrom = noApplication ? null : on.AddDays(12), NoticeDays = noApplication ? null : 5, NoticeUntil = noApplication ? null : on.AddDays(19),
        };

    private static void Pay(AppDbContext db, BenefitApplication a, BenefitItem item, DateOnly paidOn)
    {
        a.Status = ApplicationStatus.Paid;
        a.PaidAmount = a.Amount;
        a.PaidOn = paidOn;
        a.PaidBy = "bureau";
        item.Paid += a.Amount;
        db.BenefitApplications.Add(a);
    }
}
