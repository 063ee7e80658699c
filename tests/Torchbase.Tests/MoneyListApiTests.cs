using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;

namespace Torchbase.Tests;

/// <summary>The voucher and policy-fund lists of the policies area filter by the enterprise's park.</summary>
[Collection(HostCollection.Name)]
public class MoneyListApiTests(TorchbaseFactory host)
{
    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await read(db);
    }

    [Theory]
    [InlineData("vouchers")]
    [InlineData("funds")]
    public async Task The_list_filtered_by_park_holds_exactly_that_parks_enterprises_records(string list)
    {
        var bureau = await host.SignInAsync("bureau");
        var all = await bureau.GetJsonAsync<JsonElement>($"/api/finance/{list}?pageSize=100");
        var enterpriseIds = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseId").GetGuid()).Distinct().ToList();
        Assert.NotEmpty(enterpriseIds);
        var parkOf = await AsSystemAsync(db => db.Enterprises.Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ParkId));
        var park = parkOf[enterpriseIds[0]];
        // A park belongs to one zone, so the whole database's records of the park are the bureau's records of it.
        var expected = await AsSystemAsync(db => list == "vouchers"
            ? db.VoucherApplications.Join(db.Enterprises, v => v.EnterpriseId, e => e.Id, (v, e) => e.ParkId).CountAsync(p => p == park)
            : db.PolicyFundApplications.Join(db.Enterprises, f => f.EnterpriseId, e => e.Id, (f, e) => e.ParkId).CountAsync(p => p == park));
        Assert.True(expected < all.GetProperty("total").GetInt32() || parkOf.Values.Distinct().Count() == 1, "the filter leaves some records out");

        var filtered = await bureau.GetJsonAsync<JsonElement>($"/api/finance/{list}?pageSize=100&parkId={park}");
        Assert.Equal(expected, filtered.GetProperty("total").GetInt32());
        var items = filtered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseId").GetGuid()).ToList();
        Assert.NotEmpty(items);
        var parks = await AsSystemAsync(db => db.Enterprises.Where(e => items.Contains(e.Id)).Select(e => e.ParkId).Distinct().ToListAsync());
        Assert.Equal([park], parks);
    }
}
