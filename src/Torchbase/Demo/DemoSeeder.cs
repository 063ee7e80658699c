using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Demo;

public sealed class DemoOptions
{
    public bool Enabled { get; set; } = true;
    public int Seed { get; set; } = 2026;
    /// <summary>Enterprises of the main demo zone; the second zone gets a fifth as many.</summary>
    public int EnterpriseCount { get; set; } = 1500;
}

/// <summary>Loads the demo zones and one login per role into an empty database (示例数据, clearly labelled).</summary>
public sealed class DemoSeeder(
    AppDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<DemoOptions> options,
    TimeProvider clock, IServiceProvider services, ILogger<DemoSeeder> log)
{
    public const string DemoPassword = "Demo@12345";

    public static readonly (string User, Role Role)[] DemoLogins =
    [
        ("admin", Role.SystemAdmin), ("leader", Role.ZoneLeader), ("bureau", Role.InnovationBureau), ("park1", Role.ParkOfficer),
        ("officer1", Role.ServiceOfficer), ("dept1", Role.DepartmentStaff), ("ent1", Role.EnterpriseUser), ("bank1", Role.BankUser),
        ("expert1", Role.Expert), ("judge1", Role.ContestJudge), ("park2", Role.ParkOfficer), ("leader2", Role.ZoneLeader), ("province", Role.ZoneLeader),
        ("zoneadmin", Role.ZoneAdmin),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Enum.GetNames<Role>())
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new AppRole(role));
    }

    public async Task EnsureDemoAsync()
    {
        if (await db.Zones.IgnoreQueryFilters().AnyAsync()) return;
        var started = clock.GetTimestamp();
        var o = options.Value;
        var generator = new DemoZoneGenerator(o.Seed);
        var henan = new Region { Id = generator.NextGuid(), Name = "河南省" };
        var pingdingshan = new Region { Id = generator.NextGuid(), Name = "平顶山市", ParentId = henan.Id };
        var nanyang = new Region { Id = generator.NextGuid(), Name = "南阳市", ParentId = henan.Id };
        var today = clock.Today();
        var main = generator.Generate(DemoCatalogue.Pingdingshan, pingdingshan, o.EnterpriseCount, today);
        var second = generator.Generate(DemoCatalogue.Nanyang, nanyang, Math.Max(20, o.EnterpriseCount / 5), today);
        var banks = DemoCatalogue.Banks.Select(name => new Bank { Id = generator.NextGuid(), Name = name }).ToList();

        db.BulkLoading = true;
        try
        {
            db.Regions.AddRange(henan, pingdingshan, nanyang);
            db.Banks.AddRange(banks);
            foreach (var zone in new[] { main, second })
            {
                db.Zones.Add(zone.Zone);
                db.IndustryChains.AddRange(zone.Chains);
                db.Departments.AddRange(zone.Departments);
                db.Enterprises.AddRange(zone.Enterprises);
                db.Platforms.AddRange(zone.Platforms);
                db.IncubationCarriers.AddRange(zone.Carriers);
            }
            // The first bank has consents from a tenth of the main zone's enterprises, for the financial supermarket.
            db.DataSharingConsents.AddRange(main.Enterprises.Where((_, i) => i % 10 == 0).Select(e => new DataSharingConsent
            {
                Id = generator.NextGuid(), EnterpriseId = e.Id, BankId = banks[0].Id, GrantedAt = clock.GetUtcNow(),
            }));
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(), At = clock.GetUtcNow(), UserName = "system", ZoneId = main.Zone.Id, Action = AuditActions.Created,
                Entity = "DemoZone", EntityId = main.Zone.Id.ToString(),
                Summary = $"示例数据：{main.Zone.Name} {main.Enterprises.Count} 家企业，{second.Zone.Name} {second.Enterprises.Count} 家企业",
            });
            await db.SaveChangesAsync();
        }
        finally
        {
            db.BulkLoading = false;
            db.ChangeTracker.Clear();
        }

        var logins = await CreateUsersAsync(main, second, banks[0], henan);
        await SeedModulesAsync(new DemoWorld(main, second, banks, logins, today, o.Seed));
        log.LogInformation("Demo zones loaded in {Elapsed:F1} s", clock.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Each feature's demo data (projects, requests, experts…), in <see cref="IDemoModule.Order"/>, without per-row audit.</summary>
    private async Task SeedModulesAsync(DemoWorld world)
    {
        var modules = typeof(IDemoModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoModule).IsAssignableFrom(t))
            .Select(t => (IDemoModule)ActivatorUtilities.CreateInstance(services, t))
            .OrderBy(m => m.Order).ThenBy(m => m.GetType().Name);
        foreach (var module in modules)
        {
            db.BulkLoading = true;
            try
            {
                await module.SeedAsync(db, world);
                await db.SaveChangesAsync();
            }
            finally
            {
                db.BulkLoading = false;
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, AppUser>> CreateUsersAsync(DemoZone main, DemoZone second, Bank bank, Region province)
    {
        var logins = new Dictionary<string, AppUser>();
        var mainZone = main.Zone.Id;
        var firstPark = main.Zone.Parks[0];
        var enterprise = main.Enterprises.Where(e => e.ParkId == firstPark.Id).OrderBy(e => e.Name).First();
        foreach (var (userName, role) in DemoLogins)
        {
            var user = new AppUser { UserName = userName, DisplayName = DisplayName(userName, role), ZoneId = mainZone };
            switch (role)
            {
                case Role.SystemAdmin: user.ZoneId = null; break;
                case Role.ParkOfficer or Role.ServiceOfficer: user.ParkId = userName == "park2" ? main.Zone.Parks[1].Id : firstPark.Id; break;
                case Role.DepartmentStaff: user.DepartmentId = main.Departments[0].Id; break;
                case Role.EnterpriseUser: user.EnterpriseId = enterprise.Id; break;
                case Role.BankUser: user.BankId = bank.Id; break;
            }
            if (userName == "leader2") user.ZoneId = second.Zone.Id;
            if (userName == "province") (user.ZoneId, user.RegionId) = (null, province.Id);
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role.ToString());
            logins[userName] = user;
        }
        return logins;
    }

    private static string DisplayName(string userName, Role role) => role switch
    {
        Role.SystemAdmin => "系统管理员",
        Role.ZoneLeader => userName switch { "leader2" => "南阳高新区领导", "province" => "省科技厅（多区视图）", _ => "管委会领导" },
        Role.InnovationBureau => "科技创新局",
        Role.ParkOfficer => userName == "park2" ? "园区专员（尼龙）" : "园区专员（电气）",
        Role.ServiceOfficer => "首席服务员",
        Role.DepartmentStaff => "部门干部",
        Role.EnterpriseUser => "企业用户",
        Role.BankUser => "银行客户经理",
        Role.Expert => "专家",
        Role.ContestJudge => "评审",
        Role.ZoneAdmin => "区域管理员",
        _ => userName,
    };
}
