using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Features.Enterprises;
using Torchbase.Identity;

namespace Torchbase.Tests;

/// <summary>The registry list paged by key (a cursor after the last row) as well as by number, on both databases.</summary>
[Collection(HostCollection.Name)]
public sealed class EnterpriseKeysetApiTests(TorchbaseFactory host)
{
    private static async Task<object> InputAsync(ApiClient client, string name, string registeredOn)
    {
        var zones = await client.GetJsonAsync<JsonElement>("/api/org/zones");
        var chains = await client.GetJsonAsync<JsonElement>("/api/org/industry-chains");
        return new
        {
            creditCode = EnterpriseApiTests.NewCreditCode(), name, parkId = zones[0].GetProperty("parks")[0].GetProperty("id").GetString(),
            industryChain = chains[0].GetProperty("code").GetString(), scale = "Small", registeredOn,
        };
    }

    private static async Task CreateAsync(ApiClient client, string name, string registeredOn)
    {
        var created = await client.PostAsJsonAsync("/api/enterprises", await InputAsync(client, name, registeredOn));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private sealed record Row(string Id, string Name, string RegisteredOn);

    private static List<Row> Rows(JsonElement page) => page.GetProperty("items").EnumerateArray()
        .Select(e => new Row(e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("registeredOn").GetString()!))
        .ToList();

    /// <summary>The whole list by number, 200 rows a page: what the walk by key must have returned, in the same order.</summary>
    private static async Task<List<Row>> AllByNumberAsync(ApiClient client, string order)
    {
        var all = new List<Row>();
        for (var page = 1; ; page++)
        {
            var rows = Rows(await client.GetJsonAsync<JsonElement>($"/api/enterprises?{order}&pageSize=200&page={page}"));
            all.AddRange(rows);
            if (rows.Count < 200) return all;
        }
    }

    /// <summary>
    /// Walks the list by cursor from page 1. After the second page two enterprises are registered: one that sorts after the
    /// walk's position (it must come, once) and one that sorts before it (it must not: that part of the list was read).
    /// </summary>
    private async Task WalkAsync(string order, Func<Row, (string Name, string On)> ahead, Func<Row, (string Name, string On)> behind,
        Func<Row, string> key, IComparer<string> keyOrder)
    {
        var bureau = await host.SignInAsync("bureau");
        var seen = new List<Row>();
        var pages = new List<int>();
        string? aheadName = null, behindName = null;
        var answer = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?{order}&pageSize=25");
        while (true)
        {
            seen.AddRange(Rows(answer));
            pages.Add(answer.GetProperty("page").GetInt32());
            if (pages.Count == 2)
            {
                var last = seen[^1];
                var (a, aOn) = ahead(last);
                var (b, bOn) = behind(last);
                await CreateAsync(bureau, aheadName = a, aOn);
                await CreateAsync(bureau, behindName = b, bOn);
            }
            if (answer.GetProperty("nextCursor").GetString() is not { } cursor) break;
            answer = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?{order}&pageSize=25&cursor={Uri.EscapeDataString(cursor)}");
        }

        Assert.True(pages.Count > 3, "the demo registry has more than three pages of 25");
        Assert.Equal(Enumerable.Range(1, pages.Count), pages);
        Assert.Equal(seen.Count, seen.Select(r => r.Id).Distinct().Count()); // nobody twice
        var expected = (await AllByNumberAsync(bureau, order)).Where(r => r.Name != behindName).ToList();
        Assert.Equal(expected.Select(r => r.Id), seen.Select(r => r.Id)); // everyone else once, in the list's order
        Assert.Single(seen, r => r.Name == aheadName);
        Assert.DoesNotContain(seen, r => r.Name == behindName);
        for (var i = 1; i < seen.Count; i++) Assert.True(keyOrder.Compare(key(seen[i - 1]), key(seen[i])) <= 0, $"row {i} out of order");
    }

    [Fact]
    public async Task Walking_the_list_by_name_returns_every_enterprise_once_in_order_with_an_insert_in_between()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await WalkAsync("sort=name&desc=false",
            ahead: _ => ($"龘龘键集{suffix}有限公司", "2020-05-01"), // after any Chinese name in code-point order
            behind: last =>
            {
                var name = $"AAA键集{suffix}有限公司";
                Assert.True(string.CompareOrdinal(name, last.Name) < 0, "the second insert sorts before the walk's position");
                return (name, "2020-05-01");
            },
            key: r => r.Name, keyOrder: StringComparer.Ordinal);
    }

    [Fact]
    public async Task Walking_the_list_newest_first_returns_every_enterprise_once_in_order_with_an_insert_in_between()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await WalkAsync("sort=registeredOn&desc=true",
            ahead: _ => ($"早年键集{suffix}有限公司", "1985-01-02"),
            behind: last =>
            {
                Assert.True(string.CompareOrdinal(last.RegisteredOn, "2026-11-23") < 0, "the second insert is newer than the walk's position");
                return ($"新近键集{suffix}有限公司", "2026-11-23");
            },
            key: r => r.RegisteredOn, keyOrder: Comparer<string>.Create((x, y) => string.CompareOrdinal(y, x)));
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_or_for_another_order_is_refused_with_a_field_error()
    {
        var bureau = await host.SignInAsync("bureau");
        var first = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?sort=name&pageSize=10");
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var tampered = cursor[..^3] + (cursor[^3] == 'A' ? "B" : "A") + cursor[^2..];

        foreach (var (query, field) in new[]
                 {
                     ("sort=name&pageSize=10&cursor=" + Uri.EscapeDataString(tampered), "cursor"),
                     ("sort=name&pageSize=10&cursor=bm90LWEtY3Vyc29y", "cursor"),
                     ("sort=name&pageSize=10&cursor=%25%25", "cursor"),
                     ("sort=name&desc=true&pageSize=10&cursor=" + Uri.EscapeDataString(cursor), "cursor"),
                     ("sort=registeredOn&pageSize=10&cursor=" + Uri.EscapeDataString(cursor), "cursor"),
                     ("sort=name&pageSize=20&cursor=" + Uri.EscapeDataString(cursor), "cursor"),
                     ("sort=creditCode&pageSize=10&cursor=" + Uri.EscapeDataString(cursor), "cursor"),
                     ("sort=name&pageSize=10&page=7&cursor=" + Uri.EscapeDataString(cursor), "page"),
                 })
        {
            var refused = await bureau.GetAsync("/api/enterprises?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.JsonAsync();
            Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), query);
            Assert.Contains(field == "cursor" ? "第一页" : "2", messages[0].GetString()); // zh-CN unless asked otherwise
        }

        var second = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?sort=name&pageSize=10&page=2&cursor=" + Uri.EscapeDataString(cursor));
        var byNumber = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?sort=name&pageSize=10&page=2");
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(Rows(byNumber).Select(r => r.Id), Rows(second).Select(r => r.Id));
        Assert.Equal(byNumber.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());

        // The orders that page by number only hand out no cursor; the last page has none either.
        var byRevenue = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?sort=revenue&pageSize=10");
        Assert.Equal(JsonValueKind.Null, byRevenue.GetProperty("nextCursor").ValueKind);
        var total = first.GetProperty("total").GetInt32();
        var lastPage = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?sort=name&pageSize=10&page={(total + 9) / 10}");
        Assert.NotEmpty(Rows(lastPage));
        Assert.Equal(JsonValueKind.Null, lastPage.GetProperty("nextCursor").ValueKind);
    }

    /// <summary>The list's total is kept between writes, and a registration shows in it at once, searched or not.</summary>
    [Fact]
    public async Task The_kept_total_counts_a_new_enterprise_at_once()
    {
        var bureau = await host.SignInAsync("bureau");
        async Task<(int All, int Searched)> TotalsAsync() =>
            ((await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=5")).GetProperty("total").GetInt32(),
             (await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=5&search=%E9%94%AE%E9%9B%86")).GetProperty("total").GetInt32());
        var before = await TotalsAsync();
        Assert.Equal(before, await TotalsAsync());

        await CreateAsync(bureau, $"键集计数{Guid.NewGuid().ToString("N")[..6]}有限公司", "2021-03-04"); // 键集: in the search too

        Assert.Equal((before.All + 1, before.Searched + 1), await TotalsAsync());
    }

    [Fact]
    public async Task A_cursor_refusal_speaks_the_callers_language()
    {
        var bureau = await host.SignInAsync("bureau");
        bureau.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var refused = await bureau.GetAsync("/api/enterprises?sort=name&cursor=bm90LWEtY3Vyc29y");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.JsonAsync()).GetProperty("errors").GetProperty("cursor")[0].GetString();
        Assert.Equal("Not a valid paging position: go back to the first page and search again", message);
    }

    /// <summary>
    /// A page after a cursor is a range of the (key, id) index in the list's order, for the zone officer's own scope (the
    /// planner told neither to scan the table nor to sort, as it would not at a million rows): no row before the cursor is read.
    /// </summary>
    [Fact, Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task On_PostgreSQL_a_page_after_a_cursor_is_a_range_of_the_key_index()
    {
        PostgresOnly.Require();
        using var scope = host.Services.CreateScope();
        await using var db = await ZoneScopedAsync(scope);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off; SET enable_sort = off; SET enable_bitmapscan = off";
            await off.ExecuteNonQueryAsync();
        }
        async Task<string> PlanAsync(string sort, bool desc, string key)
        {
            var cursor = new EnterpriseCursor(sort, desc, key, Guid.NewGuid(), 2, 20);
            var query = EnterpriseCursor.Order(cursor.RowsAfter(db.Enterprises.AsNoTracking()), sort, desc).Take(20).Select(e => e.Id);
            await using var explain = query.CreateDbCommand();
            explain.CommandText = "EXPLAIN " + explain.CommandText;
            var plan = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
            return string.Join('\n', plan);
        }
        var byName = await PlanAsync("name", false, "平顶山");
        var byDate = await PlanAsync("registeredOn", true, "2020-01-01");
        await connection.CloseAsync();

        Assert.True(byName.Contains("Index Scan using \"IX_Enterprises_Name_Id\"", StringComparison.Ordinal), byName);
        Assert.Matches("Index Cond: .*\"Name\"\\)?(::text)? >= ", byName); // the range starts at the cursor's name
        Assert.True(byDate.Contains("Index Scan Backward using \"IX_Enterprises_RegisteredOn_Id\"", StringComparison.Ordinal), byDate);
        Assert.Matches("Index Cond: .*\"RegisteredOn\" <= ", byDate);
        Assert.DoesNotContain("Sort", byName + byDate);
    }

    /// <summary>On SQLite the same page is a search of the (key, id) index from the cursor on, with no sort of its own.</summary>
    [Fact, Trait(SqliteOnly.Trait, SqliteOnly.Value)]
    public async Task On_SQLite_a_page_after_a_cursor_is_a_range_of_the_key_index()
    {
        SqliteOnly.Require();
        using var scope = host.Services.CreateScope();
        await using var db = await ZoneScopedAsync(scope);
        async Task<string> PlanAsync(string sort, bool desc, string key)
        {
            var cursor = new EnterpriseCursor(sort, desc, key, Guid.NewGuid(), 2, 20);
            var query = EnterpriseCursor.Order(cursor.RowsAfter(db.Enterprises.AsNoTracking()), sort, desc).Take(20).Select(e => e.Id);
            await db.Database.OpenConnectionAsync();
            await using var explain = query.CreateDbCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + explain.CommandText;
            var plan = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
            return string.Join('\n', plan);
        }
        var byName = await PlanAsync("name", false, "平顶山");
        var byDate = await PlanAsync("registeredOn", true, "2020-01-01");

        Assert.Contains("SEARCH e USING INDEX IX_Enterprises_Name_Id (Name>?)", byName);
        Assert.Contains("SEARCH e USING INDEX IX_Enterprises_RegisteredOn_Id (RegisteredOn<?)", byDate);
        Assert.DoesNotContain("TEMP B-TREE", byName + byDate);
    }

    /// <summary>A context with the scope of a zone officer of the demo's first zone, as the list runs for the bureau.</summary>
    private static async Task<AppDbContext> ZoneScopedAsync(IServiceScope scope)
    {
        var services = scope.ServiceProvider;
        var system = services.GetRequiredService<AppDbContext>();
        Guid zone;
        using (system.RunAsSystem()) zone = await system.Zones.OrderBy(z => z.Name).Select(z => z.Id).FirstAsync();
        var fixedScope = new FixedDataScope(new DataScope { ZoneIds = [zone] });
        var clock = services.GetRequiredService<TimeProvider>();
        return system.Database.IsNpgsql()
            ? new PostgresAppDbContext(services.GetRequiredService<DbContextOptions<PostgresAppDbContext>>(), fixedScope, clock)
            : new SqliteAppDbContext(services.GetRequiredService<DbContextOptions<SqliteAppDbContext>>(), fixedScope, clock);
    }
}
