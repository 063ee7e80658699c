using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Tests;

/// <summary>The registry's name search: short Chinese queries, credit-code prefixes, a renamed enterprise, on both databases.</summary>
[Collection(HostCollection.Name)]
public sealed class NameSearchApiTests(TorchbaseFactory host)
{
    private static async Task<List<string>> NamesAsync(ApiClient client, string search) =>
        (await client.GetJsonAsync<JsonElement>($"/api/enterprises?search={Uri.EscapeDataString(search)}&pageSize=50"))
        .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task One_two_and_more_characters_of_a_name_find_it_and_a_rename_is_found_by_its_new_name()
    {
        var bureau = await host.SignInAsync("bureau");
        var ids = new Dictionary<string, string>();
        var codes = new Dictionary<string, string>();
        foreach (var name in new[] { "鑫淼垚科技有限公司", "淼垚新材料有限公司", "垚鑫电气有限公司" })
        {
            var code = EnterpriseApiTests.NewCreditCode();
            var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, code, name));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids[name] = (await created.JsonAsync()).GetProperty("id").GetString()!;
            codes[name] = code;
        }

        Assert.Equal(["淼垚新材料有限公司", "鑫淼垚科技有限公司"], await NamesAsync(bureau, "淼垚"));
        Assert.Equal(["垚鑫电气有限公司"], await NamesAsync(bureau, "垚鑫"));
        Assert.Equal(["淼垚新材料有限公司", "鑫淼垚科技有限公司"], await NamesAsync(bureau, "淼"));
        Assert.Equal(["鑫淼垚科技有限公司"], await NamesAsync(bureau, "鑫淼垚科技"));
        // Every pair of 垚淼 is missing from the names: nothing, though each character is in two of them.
        Assert.Empty(await NamesAsync(bureau, "垚淼"));
        Assert.Equal(["垚鑫电气有限公司"], await NamesAsync(bureau, codes["垚鑫电气有限公司"][..14].ToLowerInvariant()));

        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{ids["垚鑫电气有限公司"]}");
        var renamed = await bureau.PutAsJsonAsync($"/api/enterprises/{ids["垚鑫电气有限公司"]}", new
        {
            creditCode = codes["垚鑫电气有限公司"], name = "垚磊智能装备有限公司", parkId = detail.GetProperty("parkId").GetString(),
            industryChain = detail.GetProperty("industryChain").GetString(), scale = "Small", registeredOn = "2020-05-01",
            version = detail.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(["垚磊智能装备有限公司"], await NamesAsync(bureau, "垚磊"));
        Assert.Empty(await NamesAsync(bureau, "垚鑫"));
    }

    /// <summary>Enterprises stored before the search column existed get their grams at the next start, and nothing else changes.</summary>
    [Fact]
    public async Task The_start_up_step_fills_the_search_column_of_enterprises_stored_before_it()
    {
        var bureau = await host.SignInAsync("bureau");
        var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: "旧库焱犇有限公司"));
        var id = Guid.Parse((await created.JsonAsync()).GetProperty("id").GetString()!);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        await db.Enterprises.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchGrams, ""));
        var version = await db.Enterprises.Where(e => e.Id == id).Select(e => e.Version).SingleAsync();
        var logged = await db.AuditEntries.CountAsync();

        await Features.Enterprises.EnterpriseSearchDefaults.EnsureAsync(db);

        var stored = await db.Enterprises.Where(e => e.Id == id).Select(e => new { e.SearchGrams, e.Version }).SingleAsync();
        Assert.Equal(Domain.Enterprises.NameSearch.Grams("旧库焱犇有限公司"), stored.SearchGrams);
        Assert.Contains("焱犇", stored.SearchGrams.Split(' '));
        Assert.Equal(version, stored.Version);
        Assert.Equal(logged, await db.AuditEntries.CountAsync());
        Assert.Equal(["旧库焱犇有限公司"], await NamesAsync(bureau, "焱犇"));
    }

    /// <summary>
    /// The start-up step finds the rows it has to fill through the partial index on the empty column, on both databases, so a
    /// start over a million searchable enterprises reads nothing (the planner told not to scan the table, as at that size).
    /// </summary>
    [Fact]
    public async Task The_start_up_step_finds_the_rows_to_fill_through_the_partial_index()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        var query = Features.Enterprises.EnterpriseSearchDefaults.Pending(db, [Guid.NewGuid()]).Select(e => e.Id).Take(1000);
        await using var explain = query.CreateDbCommand();
        explain.CommandText = (db.Database.IsNpgsql() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + explain.CommandText;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(db.Database.IsNpgsql() ? 0 : 3));
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
        await db.Database.CloseConnectionAsync();

        Assert.Contains(plan, line => line.Contains("IX_Enterprises_Unsearched", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal)
            || (line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The query the list runs can use the grams' GIN index (the planner told not to scan the table, as it would not at a million
    /// rows); a term that could begin a credit code also reads the code's pattern index, a Chinese one does not.
    /// </summary>
    [Fact, Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task On_PostgreSQL_the_name_search_runs_on_the_grams_index()
    {
        PostgresOnly.Require();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }
        async Task<List<string>> PlanAsync(string term)
        {
            var query = Features.Enterprises.EnterpriseQueries.Search(db, db.Enterprises.IgnoreQueryFilters().AsNoTracking(), term).Select(e => e.Id);
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN " + WithValues(query.ToQueryString());
            var plan = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
            return plan;
        }
        var chinese = await PlanAsync("高新");
        var latin = await PlanAsync("ab12");
        await connection.CloseAsync(); // the setting goes with the session

        Assert.Contains(chinese, line => line.Contains("IX_Enterprises_SearchVector", StringComparison.Ordinal));
        Assert.DoesNotContain(chinese, line => line.Contains("IX_Enterprises_CreditCode", StringComparison.Ordinal));
        Assert.Contains(latin, line => line.Contains("IX_Enterprises_SearchVector", StringComparison.Ordinal));
        Assert.Contains(latin, line => line.Contains("IX_Enterprises_CreditCode", StringComparison.Ordinal));
    }

    /// <summary>
    /// On SQLite the search reads the FTS5 table, not the enterprises' names, and the triggers keep that table one row per
    /// enterprise, with the grams of its current name, through a rename and a removal.
    /// </summary>
    [Fact, Trait(SqliteOnly.Trait, SqliteOnly.Value)]
    public async Task On_SQLite_the_name_search_runs_on_the_FTS5_table_the_triggers_keep()
    {
        SqliteOnly.Require();
        var bureau = await host.SignInAsync("bureau");
        var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: "燚骉表格有限公司"));
        var id = Guid.Parse((await created.JsonAsync()).GetProperty("id").GetString()!);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();

        var query = Features.Enterprises.EnterpriseQueries.Search(db, db.Enterprises.AsNoTracking(), "燚骉").Select(e => e.Id);
        await db.Database.OpenConnectionAsync();
        await using var explain = query.CreateDbCommand(); // the list's own SQL with its parameters
        explain.CommandText = "EXPLAIN QUERY PLAN " + explain.CommandText;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3)); // id, parent, notused, detail
        Assert.Contains(plan, line => line.Contains("EnterpriseSearch VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith("SEARCH e USING", StringComparison.Ordinal)); // the enterprises by id
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN e", StringComparison.Ordinal)); // not by reading every name
        Assert.Equal([id], await query.ToListAsync());

        Assert.Equal(await db.Enterprises.CountAsync(), await SearchRowsAsync(db, null));
        await db.Enterprises.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchGrams, "犇"));
        Assert.Equal(["犇"], await db.Database
            .SqlQuery<string>($"SELECT \"Grams\" AS \"Value\" FROM \"EnterpriseSearch\" WHERE \"Id\" = {Text(id)}").ToListAsync());
        Assert.Equal(await db.Enterprises.CountAsync(), await SearchRowsAsync(db, null));
        await db.Enterprises.Where(e => e.Id == id).ExecuteDeleteAsync();
        Assert.Equal(0, await SearchRowsAsync(db, id));
        Assert.Equal(await db.Enterprises.CountAsync(), await SearchRowsAsync(db, null));
    }

    /// <summary>
    /// A search's total is exact up to the bound and then a lower bound, said so in the answer; the page itself is the same.
    /// The bound is 10,000 on the list; here a small one shows both sides of it over the demo registry.
    /// </summary>
    [Fact]
    public async Task A_search_counts_exactly_up_to_the_bound_and_then_says_more()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var all = db.Enterprises.AsNoTracking();
        var sorted = all.OrderBy(e => e.Name).ThenBy(e => e.Id).Select(e => e.Name);
        var count = await all.CountAsync();
        Assert.True(count > 10, "the demo registry has more than ten enterprises");
        var paging = new PageQuery(1, 5, null, null);

        var bounded = await sorted.ToPagedAsync(all, 10, paging, CancellationToken.None);
        var exact = await sorted.ToPagedAsync(all, count, paging, CancellationToken.None);

        Assert.Equal((10, true), (bounded.Total, bounded.TotalIsLowerBound));
        Assert.Equal((count, false), (exact.Total, exact.TotalIsLowerBound));
        Assert.Equal(await sorted.Take(5).ToListAsync(), bounded.Items);
        Assert.Equal(bounded.Items, exact.Items);

        var bureau = await host.SignInAsync("bureau");
        var answer = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?search=%E6%9C%89%E9%99%90&pageSize=5"); // 有限
        Assert.False(answer.GetProperty("totalIsLowerBound").GetBoolean()); // a zone's registry is far below 10,000
        Assert.True(answer.GetProperty("total").GetInt32() > 5);
    }

    /// <summary>How SQLite stores a Guid (upper-case text), which the triggers copy into the search table.</summary>
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static Task<int> SearchRowsAsync(AppDbContext db, Guid? id) => id is { } one
        ? db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"EnterpriseSearch\" WHERE \"Id\" = {Text(one)}").SingleAsync()
        : db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"EnterpriseSearch\"").SingleAsync();

    /// <summary>The SQL with its parameters (listed above it as <c>-- @name='value'</c> comments) written in as literals.</summary>
    private static string WithValues(string sql)
    {
        var lines = sql.Split('\n');
        var values = lines.Select(l => Regex.Match(l, @"^-- (@\w+)='(.*)'")).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.NotEmpty(values);
        var body = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
            body = body.Replace(name, "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'", StringComparison.Ordinal);
        return body;
    }
}
