using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Finance;

namespace Torchbase.Demo;

/// <summary>
/// The financial supermarket of the main zone with the reports' orders of magnitude: about 2.9亿 disbursed through 创新积分贷 (《擂台比武争先锋 比学赶超促发展》(2024)),
/// 46 enterprises holding 1,256.3万 of innovation vouchers for the last year (《擂台比武争先锋 比学赶超促发展》(2024)), 1,914万 of higher-level policy funds (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)).
/// </summary>
public sealed class FinanceDemo : IDemoModule
{
    public int Order => 70;

    private static readonly string[] Providers =
        ["平顶山市检验检测中心", "河南知识产权服务中心平顶山分中心", "中原工业设计研究院", "华北科技咨询有限公司", "平顶山学院分析测试中心",
         "河南省科技成果转化服务中心", "尼龙新材料中试基地", "智能制造技术服务公司"];
    private static readonly string[] Services = ["检验检测", "专利代理与布局", "工业设计", "技术咨询", "分析测试", "成果评价", "中试验证", "数字化改造诊断"];
    private static readonly (string Name, FundLevel Level)[] Funds =
    [
        ("国家重点研发计划", FundLevel.National), ("中央引导地方科技发展资金", FundLevel.National), ("河南省重大科技专项", FundLevel.Provincial),
        ("河南省科技研发计划联合基金", FundLevel.Provincial), ("河南省创新引领专项", FundLevel.Provincial), ("平顶山市科技攻关项目", FundLevel.Municipal),
    ];

    public async Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("finance");
        var zone = world.Main.Zone.Id;
        var today = world.Today;
        var banks = world.Banks;
        var products = new List<FinancialProduct>
        {
            Product(zone, banks[0].Id, "创新积分贷", FinancialProductKind.PointsLoan, 1000, 3.45m, 4.35m, 12, minGrade: "C", description: "按企业创新积分增信授信，无需抵押，最快 3 天放款"),
            Product(zone, banks[0].Id, "知识产权质押贷", FinancialProductKind.IpPledgeLoan, 2000, 3.6m, 4.6m, 36, description: "以发明专利、商标等知识产权质押"),
            Product(zone, banks[1].Id, "科技贷", FinancialProductKind.TechLoan, 1500, 3.5m, 4.5m, 24, qualification: QualificationType.HighTech, description: "面向高新技术企业的信用贷款"),
            Product(zone, banks[3].Id, "创新积分贷", FinancialProductKind.PointsLoan, 800, 3.65m, 4.55m, 12, minPoints: 45, description: "积分 45 分以上企业纯信用贷款"),
        };
        db.FinancialProducts.AddRange(products);

        // Enterprises that share their points with the second and fourth banks too (the first has its consents from the core demo).
        var enterprises = world.Main.Enterprises;
        var consents = new Dictionary<Guid, HashSet<Guid>> { [banks[0].Id] = enterprises.Where((_, i) => i % 10 == 0).Select(e => e.Id).ToHashSet() };
        foreach (var bank in new[] { banks[1], banks[3] })
        {
            consents[bank.Id] = enterprises.Where((_, i) => i % 10 != 0 && random.Next(9) == 0).Select(e => e.Id).ToHashSet();
            db.DataSharingConsents.AddRange(consents[bank.Id].Select(id => new DataSharingConsent
                { EnterpriseId = id, BankId = bank.Id, GrantedAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-random.Next(30, 400)) }));
        }

        // Requests: most disbursed (the 2.9亿 of 创新积分贷), some in every other state so each page has work to show.
        decimal pointsLoans = 0;
        foreach (var product in products)
        {
            var applicants = consents[product.BankId].OrderBy(_ => random.Next()).Take(product.Kind == FinancialProductKind.PointsLoan ? 40 : 12).ToList();
            foreach (var enterprise in applicants)
            {
                var amount = Math.Min(product.MaxAmount, 100 * random.Next(2, product.Kind == FinancialProductKind.PointsLoan ? 12 : 10));
                var status = random.Next(10) switch { < 6 => FinancingStatus.Disbursed, 6 => FinancingStatus.Approved, 7 => FinancingStatus.Offered, 8 => FinancingStatus.Submitted, _ => FinancingStatus.Declined };
                if (product.Kind == FinancialProductKind.PointsLoan && status == FinancingStatus.Disbursed)
                {
                    if (pointsLoans + amount > 29_000) status = FinancingStatus.Offered;
                    else pointsLoans += amount;
                }
                db.FinancingRequests.Add(Request(zone, enterprise, product, amount, status, today, random));
            }
        }

        var providers = Providers.Select((name, i) => new VoucherProvider { ZoneId = zone, Name = name, Services = Services[i], Contact = $"0375-{random.Next(2000000, 4999999)}" }).ToList();
        db.VoucherProviders.AddRange(providers);
        AddVouchers(db, zone, enterprises, providers, today, random);
        AddFunds(db, zone, enterprises, today, random);
        await Task.CompletedTask;
    }

    private static FinancialProduct Product(Guid zone, Guid bank, string name, FinancialProductKind kind, decimal max, decimal from, decimal to, int term,
        string? minGrade = null, double? minPoints = null, QualificationType? qualification = null, string? description = null) => new()
    {
        ZoneId = zone, BankId = bank, Name = name, Kind = kind, MaxAmount = max, RateFrom = from, RateTo = to, MaxTermMonths = term,
        MinGrade = minGrade, MinPoints = minPoints, RequiredQualification = qualification, Description = description, PublishedOn = new DateOnly(2023, 3, 1),
    };

    private static FinancingRequest Request(Guid zone, Guid enterprise, FinancialProduct product, decimal amount, FinancingStatus status, DateOnly today, Random random)
    {
        var submitted = today.AddDays(-random.Next(10, 700));
        var offered = status is FinancingStatus.Offered or FinancingStatus.Approved or FinancingStatus.Disbursed;
        return new FinancingRequest
        {
            ZoneId = zone, EnterpriseId = enterprise, ProductId = product.Id, BankId = product.BankId, Amount = amount,
            TermMonths = Math.Min(product.MaxTermMonths, 12), Purpose = "补充研发与生产流动资金", Status = status, SubmittedOn = submitted,
            OfferedAmount = offered ? amount : null, OfferedRate = offered ? product.RateFrom + 0.05m * random.Next(0, 10) : null,
            OfferedTermMonths = offered ? Math.Min(product.MaxTermMonths, 12) : null, OfferedOn = offered ? submitted.AddDays(3) : null,
            ApprovedOn = status is FinancingStatus.Approved or FinancingStatus.Disbursed ? submitted.AddDays(5) : null,
            DisbursedAmount = status == FinancingStatus.Disbursed ? amount : null,
            DisbursedOn = status == FinancingStatus.Disbursed ? submitted.AddDays(7) : null,
            BankNote = status == FinancingStatus.Declined ? "经营现金流不足以覆盖还款" : null,
        };
    }

    /// <summary>46 enterprises approved for the last year, 1,256.3万 in all, each within the policy's share and cap.</summary>
    private static void AddVouchers(AppDbContext db, Guid zone, List<Enterprise> enterprises, List<VoucherProvider> providers, DateOnly today, Random random)
    {
        var year = today.Year - 1;
        var holders = enterprises.Where((_, i) => i % 10 != 5).OrderBy(_ => random.Next()).Take(46).ToList();
        var weights = holders.Select(_ => 15 + random.NextDouble() * 25).ToList();
        var scale = 1256.3 / weights.Sum();
        var amounts = weights.Select(w => Math.Round((decimal)(w * scale), 1)).ToList();
        amounts[^1] += 1256.3m - amounts.Sum();
        for (var i = 0; i < holders.Count; i++)
        {
            var provider = providers[random.Next(providers.Count)];
            var applied = new DateOnly(year, random.Next(3, 10), random.Next(1, 28));
            var redeemed = random.Next(4) > 0;
            db.VoucherApplications.Add(new VoucherApplication
            {
                ZoneId = zone, EnterpriseId = holders[i].Id, ProviderId = provider.Id, Service = provider.Services, Year = year,
                ContractAmount = amounts[i] * 2, RequestedAmount = amounts[i], ApprovedAmount = amounts[i], AppliedOn = applied, ReviewedOn = applied.AddDays(20),
                Status = redeemed ? VoucherStatus.Redeemed : VoucherStatus.Approved, RedeemedAmount = redeemed ? amounts[i] : null,
                RedeemedOn = redeemed ? applied.AddDays(90) : null,
            });
        }
        // This year's applications wait for review.
        foreach (var enterprise in enterprises.Where((_, i) => i % 10 == 7).Take(8))
        {
            var provider = providers[random.Next(providers.Count)];
            var contract = 10m * random.Next(2, 9);
            db.VoucherApplications.Add(new VoucherApplication
            {
                ZoneId = zone, EnterpriseId = enterprise.Id, ProviderId = provider.Id, Service = provider.Services, Year = today.Year,
                ContractAmount = contract, RequestedAmount = contract / 2, Status = VoucherStatus.Submitted, AppliedOn = today.AddDays(-random.Next(1, 30)),
            });
        }
    }

    /// <summary>Higher-level funds: 1,914万 secured in the last year, a few rejected or pending.</summary>
    private static void AddFunds(AppDbContext db, Guid zone, List<Enterprise> enterprises, DateOnly today, Random random)
    {
        var year = today.Year - 1;
        decimal[] secured = [500, 300, 260, 200, 150, 120, 100, 80, 64, 50, 40, 30, 20];
        var applicants = enterprises.OrderBy(_ => random.Next()).Take(secured.Length + 6).ToList();
        for (var i = 0; i < applicants.Count; i++)
        {
            var fund = Funds[random.Next(Funds.Length)];
            var won = i < secured.Length;
            var pending = i >= secured.Length + 3;
            var appliedAmount = won ? secured[i] * 1.5m : 50m * random.Next(1, 8);
            db.PolicyFundApplications.Add(new PolicyFundApplication
            {
                ZoneId = zone, EnterpriseId = applicants[i].Id, FundName = fund.Name, Level = fund.Level, Year = pending ? today.Year : year,
                AppliedAmount = appliedAmount, SecuredAmount = won ? secured[i] : null,
                Status = won ? FundStatus.Approved : pending ? FundStatus.Applied : FundStatus.Rejected,
                AppliedOn = new DateOnly(pending ? today.Year : year, random.Next(1, 7), random.Next(1, 28)),
                DecidedOn = pending ? null : new DateOnly(year, random.Next(8, 13), random.Next(1, 28)),
            });
        }
    }
}
