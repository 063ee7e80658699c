using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using static Torchbase.Tests.ApiAssert;

namespace Torchbase.Tests;

/// <summary>Zombie flags read from the records, confirmed or dismissed by officers, and disposal cases that free the units on closing.</summary>
[Collection(HostCollection.Name)]
public class ZombieDisposalTests(TorchbaseFactory host)
{
    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await work(db);
    }

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A new enterprise of the park whose last two yearly reports show no revenue and no taxes (but staff).</summary>
    private async Task<(Guid Id, string Name)> IdleEnterpriseAsync(Guid parkId)
    {
        var name = $"停业测试企业 {Guid.NewGuid():N}";
        var lastYear = Today.Year - 1;
        var id = await AsSystemAsync(async db =>
        {
            var park = await db.Parks.FirstAsync(p => p.Id == parkId);
            var enterprise = new Enterprise
            {
                Id = Guid.NewGuid(), ZoneId = park.ZoneId, ParkId = parkId, Name = name, IndustryChain = "装备制造",
                CreditCode = EnterpriseApiTests.NewCreditCode(), RegisteredOn = new DateOnly(2015, 1, 1),
            };
            foreach (var year in new[] { lastYear - 1, lastYear })
                enterprise.Reports.Add(new AnnualReport { Year = year, Revenue = 0, Taxes = 0, Employees = 3 });
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise.Id;
        });
        return (id, name);
    }

    private async Task<Guid> ParkOfAsync(string login) =>
        Guid.Parse((await (await host.SignInAsync(login)).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString()!);

    /// <summary>A building of the park with one unit, let to the enterprise from a year ago, rent paid up to 100 days ago.</summary>
    private async Task<(string UnitId, string LeaseId)> LetAsync(ApiClient park, Guid parkId, Guid enterpriseId, decimal area)
    {
        var building = await OkJson(await park.PostAsJsonAsync("/api/space/buildings", new
        {
            name = $"处置楼 {Guid.NewGuid():N}", parkId, kind = "StandardFactory", floors = 2, grossArea = 3000, owner = "ParkCompany",
        }));
        var unit = await OkJson(await park.PostAsJsonAsync("/api/space/space-units", new
        {
            name = "一层", buildingId = building.GetProperty("id").GetString(), floor = 1, area, status = "Vacant",
        }));
        var unitId = unit.GetProperty("id").GetString()!;
        var lease = await OkJson(await park.PostAsJsonAsync("/api/space/leases", new
        {
            unitId, enterpriseId, from = D(Today.AddYears(-1)), to = D(Today.AddYears(2)), area, monthlyRent = 10, rentPaidUntil = D(Today.AddDays(-100)),
        }));
        return (unitId, lease.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_flagged_enterprise_is_confirmed_and_its_disposal_frees_the_unit()
    {
        var parkId = await ParkOfAsync("park1");
        var park = await host.SignInAsync("park1");
        var (enterpriseId, name) = await IdleEnterpriseAsync(parkId);
        var (unitId, leaseId) = await LetAsync(park, parkId, enterpriseId, 1200);

        // Flagged with each reason: two years without revenue or taxes, rent 100 days behind; staff were reported, so not that one.
        var flag = Assert.Single((await park.GetJsonAsync<JsonElement>($"/api/space/zombies?search={name}")).GetProperty("items").EnumerateArray());
        Assert.True(flag.GetProperty("flagged").GetBoolean());
        Assert.Equal(["NoRevenue", "NoTaxes", "RentArrears"], flag.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("signal").GetString()));
        Assert.Equal(100, flag.GetProperty("reasons")[2].GetProperty("days").GetInt32());
        Assert.Equal(1200m, flag.GetProperty("leasedArea").GetDecimal());
        Assert.Equal(JsonValueKind.Null, flag.GetProperty("decision").ValueKind);
        Assert.False((await park.GetJsonAsync<JsonElement>("/api/space/zombies/rules")).GetProperty("official").GetBoolean());

        // An enterprise never sees the list; a decision needs a note; a second decision needs the first one's version.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("ent1")).GetAsync("/api/space/zombies")).StatusCode);
        await FieldError(await park.PostAsJsonAsync($"/api/space/zombies/{enterpriseId}/review", new { decision = "Confirmed" }), "note");
        var confirmed = await OkJson(await park.PostAsJsonAsync($"/api/space/zombies/{enterpriseId}/review",
            new { decision = "Confirmed", note = "实地核查：厂房停产一年以上" }));
        Assert.Equal("Confirmed", confirmed.GetProperty("decision").GetString());
        await FieldError(await park.PostAsJsonAsync($"/api/space/zombies/{enterpriseId}/review", new { decision = "Dismissed", note = "x" }), "version");
        Assert.Equal(HttpStatusCode.Conflict,
            (await park.PostAsJsonAsync($"/api/space/zombies/{enterpriseId}/review", new { decision = "Dismissed", note = "x", version = 99 })).StatusCode);

        // A case opens at 核查; only one open case an enterprise.
        var opened = await OkJson(await park.PostAsJsonAsync("/api/space/disposals", new { enterpriseId, verifiedOn = D(Today.AddDays(-10)) }));
        var caseId = opened.GetProperty("id").GetString()!;
        Assert.Equal("Verification", opened.GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await park.PostAsJsonAsync("/api/space/disposals", new { enterpriseId, verifiedOn = D(Today) })).StatusCode);
        // Dismissing a flag with an open case is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await park.PostAsJsonAsync($"/api/space/zombies/{enterpriseId}/review",
            new { decision = "Dismissed", note = "x", version = confirmed.GetProperty("reviewVersion").GetInt32() })).StatusCode);

        // Steps in order, each on a day not before the last one's and not after today.
        var version = opened.GetProperty("version").GetInt32();
        await FieldError(await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step", new { stage = "Revitalized", on = D(Today), version }), "stage");
        await FieldError(await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step",
            new { stage = "Interview", on = D(Today.AddDays(-11)), version }), "on");
        await FieldError(await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step",
            new { stage = "Interview", on = D(Today.AddDays(1)), version }), "on");
        var step = await OkJson(await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step",
            new { stage = "Interview", on = D(Today.AddDays(-5)), version }));
        Assert.Equal(HttpStatusCode.Conflict,
            (await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step", new { stage = "NegotiatedExit", on = D(Today), version })).StatusCode);
        step = await OkJson(await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step",
            new { stage = "NegotiatedExit", on = D(Today.AddDays(-2)), version = step.GetProperty("version").GetInt32() }));
        var unitBefore = await AsSystemAsync(db => db.SpaceUnits.AsNoTracking().FirstAsync(u => u.Id == Guid.Parse(unitId)));
        Assert.Equal(Domain.Space.UnitStatus.Leased, unitBefore.Status);

        // 盘活: the lease ends that day, the unit is vacant again, the area is recovered and the next tenant named.
        var closed = await OkJson(await park.PostAsJsonAsync($"/api/space/disposals/{caseId}/step", new
        {
            stage = "Revitalized", on = D(Today.AddDays(-1)), nextTenant = "新能源装备项目", version = step.GetProperty("version").GetInt32(),
        }));
        Assert.Equal(1200m, closed.GetProperty("recoveredArea").GetDecimal());
        Assert.Equal("新能源装备项目", closed.GetProperty("nextTenant").GetString());
        var lease = await AsSystemAsync(db => db.Leases.AsNoTracking().FirstAsync(l => l.Id == Guid.Parse(leaseId)));
        Assert.Equal((Today.AddDays(-1), Guid.Parse(caseId)), (lease.To, lease.EndedByDisposalId!.Value));
        var unit = (await park.GetJsonAsync<JsonElement>($"/api/space/space-units?search=一层&status=Vacant&pageSize=200")).GetProperty("items")
            .EnumerateArray().Single(u => u.GetProperty("id").GetString() == unitId);
        Assert.Equal("Vacant", unit.GetProperty("status").GetString());
        var stats = await park.GetJsonAsync<JsonElement>("/api/space/disposals/stats");
        Assert.True(stats.GetProperty("recoveredArea").GetDecimal() >= 1200m);
        Assert.True(stats.GetProperty("byStage").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "Revitalized")
            .GetProperty("cases").GetInt32() >= 1);
        Assert.Equal("Revitalized", (await park.GetJsonAsync<JsonElement>($"/api/space/disposals?search={name}")).GetProperty("items")[0]
            .GetProperty("stage").GetString());

        // Audited: the decision and every step.
        Assert.True(await AsSystemAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "ZombieReview")));
        Assert.True(await AsSystemAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "DisposalCase")) >= 4);
    }

    [Fact]
    public async Task A_park_officer_sees_only_their_park_and_an_unflagged_or_unconfirmed_enterprise_is_refused()
    {
        var parkId = await ParkOfAsync("park1");
        var otherPark = await AsSystemAsync(db => db.Parks.Where(p => p.Id != parkId && db.Parks.Any(x => x.Id == parkId && x.ZoneId == p.ZoneId))
            .Select(p => p.Id).FirstAsync());
        var (otherId, otherName) = await IdleEnterpriseAsync(otherPark);
        var bureau = await host.SignInAsync("bureau");
        var park = await host.SignInAsync("park1");
        await LetAsync(bureau, otherPark, otherId, 300);

        Assert.Equal(1, (await bureau.GetJsonAsync<JsonElement>($"/api/space/zombies?search={otherName}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await park.GetJsonAsync<JsonElement>($"/api/space/zombies?search={otherName}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound,
            (await park.PostAsJsonAsync($"/api/space/zombies/{otherId}/review", new { decision = "Confirmed", note = "越权" })).StatusCode);

        // Not yet confirmed: no case. Confirmed by the bureau: the case opens, and the park officer cannot see it.
        await FieldError(await bureau.PostAsJsonAsync("/api/space/disposals", new { enterpriseId = otherId, verifiedOn = D(Today) }), "enterpriseId");
        await OkJson(await bureau.PostAsJsonAsync($"/api/space/zombies/{otherId}/review", new { decision = "Confirmed", note = "核实" }));
        var opened = await OkJson(await bureau.PostAsJsonAsync("/api/space/disposals", new { enterpriseId = otherId, verifiedOn = D(Today) }));
        Assert.Equal(0, (await park.GetJsonAsync<JsonElement>($"/api/space/disposals?search={otherName}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await park.PostAsJsonAsync($"/api/space/disposals/{opened.GetProperty("id").GetString()}/step",
            new { stage = "Interview", on = D(Today), version = opened.GetProperty("version").GetInt32() })).StatusCode);

        // An enterprise the rules do not flag cannot be confirmed.
        var lastYear = Today.Year - 1;
        var working = await AsSystemAsync(db => db.Enterprises.Where(e => e.ParkId == parkId && e.Status == EnterpriseStatus.Active
            && !db.Leases.Any(l => l.EnterpriseId == e.Id) && !db.ZombieReviews.Any(r => r.EnterpriseId == e.Id)
            && db.AnnualReports.Any(r => r.EnterpriseId == e.Id && r.Year == lastYear && r.Revenue > 0 && r.Taxes > 0)).Select(e => e.Id).FirstAsync());
        await FieldError(await park.PostAsJsonAsync($"/api/space/zombies/{working}/review", new { decision = "Confirmed", note = "x" }), "decision");
    }
}
