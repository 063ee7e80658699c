using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using static Torchbase.Demo.DemoCatalogue;

namespace Torchbase.Demo;

public sealed record DemoZone(Zone Zone, List<IndustryChain> Chains, List<Department> Departments, List<Enterprise> Enterprises,
    List<InnovationPlatform> Platforms, List<IncubationCarrier> Carriers);

/// <summary>
/// Builds a synthetic zone, the same for the same seed: parks, chains, enterprises with three years of reports and
/// qualifications in the reports' proportions, platforms and incubators. Figures are plausible, not real.
/// </summary>
public sealed class DemoZoneGenerator(int seed)
{
    private readonly Random _random = new(seed);
    private readonly HashSet<string> _names = [];
    private readonly HashSet<string> _codes = [];

    /// <summary>Reports run to the year before <paramref name="today"/>; titles are in force on it.</summary>
    public DemoZone Generate(ZoneSpec spec, Region region, int enterpriseCount, DateOnly today)
    {
        var lastReportYear = today.Year - 1;
        var zone = new Zone { Id = NextGuid(), Name = spec.Zone, RegionId = region.Id, IsDemo = true };
        zone.Parks = spec.Parks.Select((name, i) => new Park { Id = NextGuid(), ZoneId = zone.Id, Name = name, SortOrder = i }).ToList();
        var chains = spec.Chains.Select(c => new IndustryChain { Id = NextGuid(), ZoneId = zone.Id, Code = c.Code, Name = c.Name }).ToList();
        var departments = Departments.Select(d => new Department { Id = NextGuid(), ZoneId = zone.Id, Name = d }).ToList();

        var enterprises = Enumerable.Range(0, enterpriseCount).Select(_ => NewEnterprise(spec, zone, lastReportYear)).ToList();
        AssignQualifications(enterprises, today);
        var platforms = NewPlatforms(spec, zone, enterprises, enterpriseCount);
        var carriers = NewCarriers(spec, zone, enterprises, enterpriseCount, lastReportYear);
        return new DemoZone(zone, chains, departments, enterprises, platforms, carriers);
    }

    private Enterprise NewEnterprise(ZoneSpec spec, Zone zone, int lastYear)
    {
        var chain = Pick(spec.Chains);
        var scale = Weighted((EnterpriseScale.Micro, 45), (EnterpriseScale.Small, 38), (EnterpriseScale.Medium, 14), (EnterpriseScale.Large, 3));
        var registered = new DateOnly(_random.Next(2003, lastYear), _random.Next(1, 13), _random.Next(1, 29));
        var e = new Enterprise
        {
            Id = NextGuid(), ZoneId = zone.Id, ParkId = (_random.Next(100) < 70 ? zone.Parks.First(p => p.Name == chain.HomePark) : Pick(zone.Parks)).Id,
            CreditCode = NextCreditCode(spec.DivisionCode),
            Name = NextName(spec, chain), IndustryChain = chain.Code, IndustryLink = Pick(chain.Links), Scale = scale,
            Status = EnterpriseStatus.Active, RegisteredOn = registered,
            Address = $"{spec.City}{zone.Name.Replace("（示例）", "")}{Pick(["创业路", "火炬路", "科技大道", "神马大道", "建设路"])}{_random.Next(1, 300)}号",
            LegalRepresentative = PersonName(), ContactName = PersonName(),
            ContactPhone = $"1{Pick(["38", "39", "37", "58", "59", "86", "87", "35"])}{_random.Next(10_000_000, 99_999_999)}",
            IsDemo = true,
        };
        e.IndustryCode = DemoCatalogue.IndustryCodeOfLink[e.IndustryLink!];
        e.Lifecycle.Add(new LifecycleEvent { Id = NextGuid(), EnterpriseId = e.Id, Kind = LifecycleKind.SettledIn, OccurredOn = registered });
        return e;
    }

    /// <summary>Gives the reports' share of each title, to the enterprises whose profile fits it, and the reports to match.</summary>
    private void AssignQualifications(List<Enterprise> enterprises, DateOnly today)
    {
        int Count(QualificationType t) =>
            (int)Math.Round(QualificationShares.First(s => s.Type == t).Per1500 * enterprises.Count / 1500.0, MidpointRounding.AwayFromZero);
        var shuffled = enterprises.OrderBy(_ => _random.Next()).ToList();
        var highTech = shuffled.Where(e => e.Scale != EnterpriseScale.Micro).Take(Count(QualificationType.HighTech)).ToHashSet();
        var techSme = shuffled.Where(e => e.Scale != EnterpriseScale.Large).Take(Count(QualificationType.TechSme)).ToHashSet();
        var gazelles = highTech.Take(Count(QualificationType.Gazelle)).ToHashSet();
        var specialised = shuffled.Where(e =>
            e.Scale is EnterpriseScale.Small or EnterpriseScale.Medium).Skip(7).Take(Count(QualificationType.Specialized)).ToHashSet();
        var giants = specialised.Where(e => e.Scale == EnterpriseScale.Medium).Take(Count(QualificationType.LittleGiant)).ToHashSet();
        var leaders = highTech.Where(e =>
            e.Scale is EnterpriseScale.Large or EnterpriseScale.Medium).Take(Count(QualificationType.InnovationLeader)).ToHashSet();
        var innovative = shuffled.Skip(enterprises.Count / 3).Where(e =>
            e.Scale != EnterpriseScale.Large).Take(Count(QualificationType.InnovativeSme)).ToHashSet();

        foreach (var e in enterprises)
        {
            var profile = new Profile(highTech.Contains(e), techSme.Contains(e), gazelles.Contains(e));
            AddReports(e, profile, today.Year - 1);
            void Hold(HashSet<Enterprise> set, QualificationType type, int yearsAgoMax)
            {
                if (!set.Contains(e)) return;
                // 科小 registrations are yearly: this year's; other titles were granted within their validity.
                var issued = type == QualificationType.TechSme
                    ? new DateOnly(today.Year, 1, 1).AddDays(_random.Next(0, today.DayOfYear))
                    : today.AddDays(-_random.Next(0, 365 * yearsAgoMax - 1));
                e.Qualifications.Add(new QualificationHeld
                {
                    Id = NextGuid(), EnterpriseId = e.Id, Type = type, IssuedOn = issued,
                    ExpiresOn = Qualifications.DefaultExpiry(type, issued) ?? issued.AddYears(3).AddDays(-1),
                    CertificateNo = type == QualificationType.HighTech ? $"GR{issued.Year}41{_random.Next(100000, 999999)}" : null,
                    Level = type is QualificationType.Gazelle or QualificationType.Specialized ? "省级" : type == QualificationType.LittleGiant ? "国家级" : null,
                });
            }
            Hold(highTech, QualificationType.HighTech, 3);
            Hold(techSme, QualificationType.TechSme, 1);
            Hold(gazelles, QualificationType.Gazelle, 2);
            Hold(specialised, QualificationType.Specialized, 3);
            Hold(giants, QualificationType.LittleGiant, 3);
            Hold(leaders, QualificationType.InnovationLeader, 2);
            Hold(innovative, QualificationType.InnovativeSme, 3);
        }
    }

    private sealed record Profile(bool HighTech, bool TechSme, bool Gazelle);

    private void AddReports(Enterprise e, Profile p, int lastYear)
    {
        var revenue = e.Scale switch
        {
            EnterpriseScale.Micro => Between(50, 500),
            EnterpriseScale.Small => Between(500, 5_000),
            EnterpriseScale.Medium => Between(5_000, 40_000),
            _ => Between(40_000, 300_000),
        };
        var employees = e.Scale switch
        {
            EnterpriseScale.Micro => _random.Next(5, 20),
            EnterpriseScale.Small => _random.Next(20, 100),
            EnterpriseScale.Medium => _random.Next(100, 600),
            _ => _random.Next(600, 5_000),
        };
        var rdRatio = p.HighTech ? Between(0.032, 0.085) : p.TechSme ? Between(0.02, 0.07) : Between(0, 0.03);
        var techShare = p.HighTech ? Between(0.09, 0.4) : p.TechSme ? Between(0.08, 0.35) : Between(0.02, 0.15);
        var growth = p.Gazelle ? Between(0.25, 0.6) : Between(-0.1, 0.25);
        var firstYear = Math.Max(lastYear - 2, e.RegisteredOn.Year + 1);
        var inventions = p.HighTech ? _random.Next(1, 16) : p.TechSme ? _random.Next(0, 3) : _random.Next(0, 100) < 5 ? 1 : 0;
        var utility = p.HighTech || p.TechSme ? _random.Next(2, 30) : _random.Next(0, 4);
        var software = _random.Next(0, p.HighTech ? 10 : 3);
        revenue /= Math.Pow(1 + growth, lastYear - firstYear);
        for (var year = firstYear; year <= lastYear; year++)
        {
            var staff = (int)Math.Max(1, employees * Between(0.9, 1.1));
            var tech = (int)Math.Round(staff * techShare);
            var rd = (decimal)Math.Round(revenue * rdRatio * Between(0.85, 1.15), 2);
            var totalAssets = revenue * Between(0.8, 1.5);
            var report = new AnnualReport
            {
                Id = NextGuid(), EnterpriseId = e.Id, Year = year,
                Revenue = Money(revenue),
                HighTechRevenue = Money(revenue * (p.HighTech ? Between(0.58, 0.95) : Between(0, 0.5))),
                RdExpense = rd,
                DomesticRdExpense = Math.Round(rd * (decimal)Between(0.85, 1), 2),
                OperatingCost = Money(revenue * Between(0.7, 0.95)),
                TotalAssets = Money(totalAssets),
                NetAssets = Money(totalAssets * Between(0.25, 0.65)),
                NetProfit = Money(revenue * Between(-0.05, 0.15)),
                Taxes = Money(revenue * Between(0.02, 0.06)),
                Employees = staff, TechStaff = tech, RdStaff = (int)Math.Round(tech * Between(0.5, 1)),
                InventionPatents = inventions, UtilityModels = utility, DesignPatents = _random.Next(0, 3), SoftwareCopyrights = software,
                OtherClassOneIp = _random.Next(0, 100) < 2 ? 1 : 0,
            };
            // The figures the 梯度培育 standards read, from a source of their own so the rest of the demo stays as it was.
            var extra = new Random(BitConverter.ToInt32(e.Id.ToByteArray(), 0) ^ year);
            double Pick(double low, double high) => low + extra.NextDouble() * (high - low);
            var classOne = report.InventionPatents!.Value + report.OtherClassOneIp!.Value;
            report.MainBusinessRevenue = Money(revenue * Pick(0.55, 1));
            report.TotalLiabilities = report.TotalAssets - report.NetAssets;
            report.SelfDevelopedClassOneIp = (int)Math.Round(classOne * Pick(0.5, 1));
            report.HighValueClassOneIp = extra.Next(0, 100) < 30 ? Math.Min(classOne, extra.Next(0, 3)) : 0;
            report.EquityFinancing = extra.Next(0, 100) < 8 ? Money(revenue * Pick(0.05, 0.4)) : 0;
            report.GraduatesHired = (int)Math.Round(staff * Pick(0, 0.08));
            // Some enterprises leave figures out: the platform must show them as missing, not as zero.
            if (_random.Next(0, 100) < 3) (report.RdExpense, report.DomesticRdExpense) = (null, null);
            if (_random.Next(0, 100) < 2) report.HighTechRevenue = null;
            e.Reports.Add(report);
            revenue *= 1 + growth * Between(0.7, 1.3);
            inventions += _random.Next(0, p.HighTech ? 3 : 1);
            utility += _random.Next(0, 3);
        }
    }

    private List<InnovationPlatform> NewPlatforms(ZoneSpec spec, Zone zone, List<Enterprise> enterprises, int enterpriseCount)
    {
        var count = (int)Math.Round(PlatformsPer1500 * enterpriseCount / 1500.0);
        var provincial = (int)Math.Round(ProvincialPlatformsPer1500 * enterpriseCount / 1500.0);
        var hosts = enterprises.Where(e => e.Qualifications.Any(q => q.Type == QualificationType.HighTech)).OrderBy(_ => _random.Next()).ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var host = hosts.Count > 0 ? hosts[i % hosts.Count] : Pick(enterprises);
            var (kind, suffix) = Pick(PlatformKinds);
            var level = i < 3 ? PlatformLevel.National : i < provincial ? PlatformLevel.Provincial : PlatformLevel.Municipal;
            var levelName = level switch { PlatformLevel.National => "国家", PlatformLevel.Provincial => "河南省", _ => spec.City };
            return new InnovationPlatform
            {
                Id = NextGuid(), ZoneId = zone.Id, ParkId = host.ParkId, EnterpriseId = host.Id,
                Name = $"{levelName}{host.Name.Replace("有限公司", "").Replace("股份", "").Replace(spec.CityPrefix, "")}{suffix}",
                Kind = kind, Level = level, Field = spec.Chains.First(c => c.Code == host.IndustryChain).Name,
                ApprovedOn = new DateOnly(_random.Next(2012, 2026), _random.Next(1, 13), 1),
            };
        }).ToList();
    }

    private List<IncubationCarrier> NewCarriers(ZoneSpec spec, Zone zone, List<Enterprise> enterprises, int enterpriseCount, int lastYear)
    {
        var carriers = spec.Carriers.Select((name, i) => new IncubationCarrier
        {
            Id = NextGuid(), ZoneId = zone.Id, ParkId = zone.Parks[i % zone.Parks.Count].Id, Name = name,
            Kind = name.Contains("众创") ? IncubatorKind.MakerSpace : name.Contains("加速") ? IncubatorKind.Accelerator
                : name.Contains('园') ? IncubatorKind.IndustrialPark : IncubatorKind.Incubator,
            Level = i < spec.CarrierNationalCount ? IncubatorLevel.National : i % 2 == 0 ? IncubatorLevel.Provincial : IncubatorLevel.Municipal,
            OperatorName = $"{spec.CityPrefix}高新区创新创业服务有限公司", AreaSqm = _random.Next(5, 60) * 1000, ApprovedOn = new DateOnly(_random.Next(2010, 2023), 6, 1),
        }).ToList();
        var incubating = (int)Math.Round(IncubatingPer1500 * enterpriseCount / 1500.0);
        var young = enterprises.Where(e => e.Scale is EnterpriseScale.Micro or EnterpriseScale.Small).OrderByDescending(e => e.RegisteredOn).ToList();
        for (var i = 0; i < young.Count && i < incubating * 5 / 4; i++)
        {
            var e = young[i];
            var graduated = i >= incubating;
            var entered = e.RegisteredOn < new DateOnly(lastYear - 4, 1, 1) ? new DateOnly(lastYear - 4, 3, 1) : e.RegisteredOn;
            var carrier = carriers[i % carriers.Count];
            carrier.Tenancies.Add(new IncubationTenancy
            {
                Id = NextGuid(), CarrierId = carrier.Id, EnterpriseId = e.Id, EnteredOn = entered,
                Status = graduated ? TenantStatus.Graduated : TenantStatus.Incubating, LeftOn = graduated ? entered.AddYears(3) : null,
            });
        }
        return carriers;
    }

    /// <summary>
    /// A unique company name. Two trade words give a few tens of thousands of names per chain; a large zone (the load
    /// tests' 100,000 enterprises) exhausts them, so after a run of collisions a third word is added.
    /// </summary>
    private string NextName(ZoneSpec spec, ChainSpec chain)
    {
        for (var attempt = 0; ; attempt++)
        {
            var trade = Pick(TradeNames) + Pick(TradeNames) + (attempt >= 50 ? Pick(TradeNames) : "");
            var name = $"{spec.CityPrefix}{trade}{chain.Noun}{Pick(Suffixes)}";
            if (_names.Add(name)) return name;
        }
    }

    /// <summary>A code that passes the GB 32100 check: 91 (enterprise) + division code + nine random characters + check.</summary>
    private string NextCreditCode(string division)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (true)
        {
            var body = "91" + division + new string(Enumerable.Range(0, 9).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
            var code = body + CreditCode.CheckCharacter(body);
            if (_codes.Add(code)) return code;
        }
    }

    private string PersonName() => Pick(Surnames) + Pick(GivenNames) + (_random.Next(2) == 0 ? Pick(GivenNames) : "");

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Weighted<T>(params (T Item, int Weight)[] items)
    {
        var roll = _random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
            if ((roll -= weight) < 0) return item;
        return items[^1].Item;
    }

    private double Between(double min, double max) => min + _random.NextDouble() * (max - min);

    private static decimal Money(double value) => Math.Round((decimal)value, 2);

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
