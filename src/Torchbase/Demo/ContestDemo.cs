using Microsoft.AspNetCore.Identity;
using Torchbase.Data;
using Torchbase.Domain.Contest;
using Torchbase.Features.Contest;
using Torchbase.Identity;

namespace Torchbase.Demo;

/// <summary>
/// Last year's finished contest (22 units in 发展类/经济类/保障类, drawn, scored by a panel of seven, published) and this
/// year's in set-up, in the shape of 《擂台比武争先锋 比学赶超促发展》(2024). Unit heads on the panel (dept1 for 经济发展局, park1 and park2 for their parks)
/// show the conflict-of-interest rule at work. Adds the judges judge2 and judge3.
/// </summary>
public sealed class ContestDemo(UserManager<AppUser> users) : IDemoModule
{
    public int Order => 60;

    private static readonly (string Category, string[] Units)[] LineUp =
    [
        ("发展类", ["电气装备产业园区", "尼龙新材料产业园区", "新能源储能产业园区", "临港物流产业园区", "沙河产业园区", "创新创业服务园区", "遵化店镇", "城乡建设和生态环境局"]),
        ("经济类", ["经济发展局", "科技创新局", "财政金融局", "市场监督管理分局", "税务分局", "自然资源和规划分局", "招商服务中心"]),
        ("保障类", ["党群工作部", "党政办公室", "人力资源和社会保障局", "应急管理局", "综合行政执法局", "社会事务局", "纪检监察工委"]),
    ];

    public async Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var zone = world.Main.Zone.Id;
        var judges = new List<AppUser> { world.Logins["leader"], world.Logins["judge1"] };
        foreach (var (name, display) in new[] { ("judge2", "评审（二）"), ("judge3", "评审（三）") })
        {
            var user = new AppUser { UserName = name, DisplayName = display, ZoneId = zone };
            var created = await users.CreateAsync(user, DemoSeeder.DemoPassword);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, nameof(Role.ContestJudge));
            judges.Add(user);
        }
        var heads = new Dictionary<string, AppUser>
        {
            ["经济发展局"] = world.Logins["dept1"], ["电气装备产业园区"] = world.Logins["park1"], ["尼龙新材料产业园区"] = world.Logins["park2"],
        };
        judges.AddRange(heads.Values);

        var random = world.RandomFor("contest");
        var lastYear = world.Today.Year - 1;
        var last = Contest(db, world, zone, lastYear, new DateOnly(world.Today.Year, 1, 23), judges, heads, random, out var lastUnits);
        Draw(last, lastUnits, random, world);
        last.Status = ContestStatus.Published;
        Score(db, last, lastUnits, judges, random, world);

        var current = Contest(db, world, zone, world.Today.Year, null, judges, heads, random, out _);
        current.Status = ContestStatus.Setup;
    }

    private static UnitContest Contest(AppDbContext db, DemoWorld world, Guid zone, int year, DateOnly? heldOn,
        List<AppUser> judges, Dictionary<string, AppUser> heads, Random random, out List<ContestUnit> units)
    {
        var contest = ContestFactory.FromTemplate(zone, year, $"{year}年度“学比争 看实效”夺标赛", heldOn, out var categories);
        contest.Id = NextGuid(random);
        contest.IsDemo = true;
        contest.Judges = judges.Select(j => new ContestJudge { UserId = j.Id, DisplayName = j.DisplayName }).ToList();
        units = [];
        foreach (var category in categories)
        {
            category.Id = NextGuid(random);
            category.ContestId = contest.Id;
            foreach (var name in LineUp.Single(l => l.Category == category.Name).Units)
                units.Add(new ContestUnit
                {
                    Id = NextGuid(random), ZoneId = zone, ContestId = contest.Id, CategoryId = category.Id, Name = name,
                    HeadUserId = heads.GetValueOrDefault(name)?.Id,
                });
        }
        db.Contests.Add(contest);
        db.ContestCategories.AddRange(categories);
        db.ContestUnits.AddRange(units);
        return contest;
    }

    private static void Draw(UnitContest contest, List<ContestUnit> units, Random random, DemoWorld world)
    {
        foreach (var group in units.GroupBy(u => u.CategoryId))
        {
            var input = group.OrderBy(u => u.Id).ToList();
            var seed = (ulong)random.NextInt64();
            var order = OrderDraw.Shuffle(input, seed);
            for (var i = 0; i < order.Count; i++) order[i].DrawPosition = i + 1;
            contest.Draws.Add(new ContestDraw
            {
                CategoryId = group.Key, Seed = OrderDraw.FormatSeed(seed), Algorithm = OrderDraw.Algorithm,
                Input = string.Join(",", input.Select(u => u.Id)), Result = string.Join(",", order.Select(u => u.Id)),
                DrawnAt = new DateTimeOffset(contest.HeldOn!.Value.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero), DrawnBy = "bureau",
            });
        }
    }

    /// <summary>Each unit has a strength; each judge scores it with a little personal noise, in half points.</summary>
    private static void Score(AppDbContext db, UnitContest contest, List<ContestUnit> units, List<AppUser> judges, Random random, DemoWorld world)
    {
        var at = new DateTimeOffset(contest.HeldOn!.Value.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
        foreach (var unit in units)
        {
            var strength = 0.78 + random.NextDouble() * 0.17;
            foreach (var judge in judges.Where(j => j.Id != unit.HeadUserId))
            {
                db.ScoreSheets.Add(new ScoreSheet
                {
                    Id = NextGuid(random), ZoneId = contest.ZoneId, ContestId = contest.Id, UnitId = unit.Id, JudgeUserId = judge.Id,
                    SubmittedAt = at.AddMinutes(random.Next(0, 180)),
                    Scores = contest.Aspects.Select(a => new AspectScore
                    {
                        AspectCode = a.Code,
                        Score = Math.Clamp(Math.Round((decimal)((strength + (random.NextDouble() - 0.5) * 0.12) * (double)a.MaxScore) * 2) / 2, 0, a.MaxScore),
                    }).ToList(),
                });
            }
        }
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
