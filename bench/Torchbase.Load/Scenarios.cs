using System.Net.Http.Json;

namespace Torchbase.Load;

public sealed record Operation(string Name, int Weight, Func<Random, CancellationToken, Task<HttpResponseMessage>> Run);

public sealed class OperationMix(IReadOnlyList<Operation> operations)
{
    private readonly int _total = operations.Sum(o => o.Weight);

    public Operation Pick(Random random)
    {
        var roll = random.Next(_total);
        foreach (var operation in operations)
            if ((roll -= operation.Weight) < 0) return operation;
        return operations[^1];
    }
}

/// <summary>
/// dashboard: the zone leader's dashboard page only, each of the calls it makes (the 200 ms p95 target).
/// mix: what a working day looks like: lists with search, sort and paging, enterprise details, dashboards, and
/// enterprises submitting service requests.
/// </summary>
public static class Scenarios
{
    public static string[] UsersOf(string scenario) => scenario switch
    {
        "dashboard" => ["leader"],
        "mix" => ["bureau", "leader", "park1", "ent1"],
        _ => throw new ArgumentException($"Unknown scenario {scenario}: dashboard | mix"),
    };

    private static readonly string[] Sorts = ["name", "registeredOn", "latestRevenue"];

    /// <summary>What the dashboard page asks for when it opens (web/src/features/dashboard).</summary>
    internal static readonly (string Name, string Url)[] DashboardCalls =
    [
        ("dashboard-summary", "/api/dashboard/summary"),
        ("dashboard-zones", "/api/dashboard/zones"),
        ("cultivation-funnel", "/api/cultivation/funnel?margin=0.1"),
        ("points-summary", "/api/points/summary"),
        ("finance-stats", "/api/finance/stats"),
        ("service-statistics", "/api/service/statistics"),
        ("projects-summary", "/api/projects/summary"),
        ("talent-match-stats", "/api/talent/matches/stats"),
    ];

    public static OperationMix Build(string scenario, IReadOnlyDictionary<string, Session> users, Catalogue catalogue)
    {
        var leader = users["leader"].Http;
        if (scenario == "dashboard")
            return new(DashboardCalls.Select(c => new Operation(c.Name, 1, (_, ct) => leader.GetAsync(c.Url, ct))).ToList());

        var bureau = users["bureau"].Http;
        var park = users["park1"].Http;
        var enterprise = users["ent1"].Http;
        return new(
        [
            new("list", 30, (r, ct) =>
                bureau.GetAsync($"/api/enterprises?page={r.Next(1, 50)}&pageSize=20&sort={Sorts[r.Next(Sorts.Length)]}&desc={r.Next(2) == 0}", ct)),
            new("search", 10, (r, ct) =>
                bureau.GetAsync($"/api/enterprises?search={Uri.EscapeDataString(catalogue.SearchWords[r.Next(catalogue.SearchWords.Count)])}&pageSize=20", ct)),
            new("park-list", 10, (r, ct) => park.GetAsync($"/api/enterprises?page={r.Next(1, 10)}&pageSize=20", ct)),
            new("detail", 25, (r, ct) => bureau.GetAsync($"/api/enterprises/{catalogue.EnterpriseIds[r.Next(catalogue.EnterpriseIds.Count)]}", ct)),
            new("dashboard", 15, (r, ct) => leader.GetAsync(DashboardCalls[r.Next(DashboardCalls.Length)].Url, ct)),
            new("submit-request", 10, (r, ct) => enterprise.PostAsync("/api/service/requests", JsonContent.Create(new
            {
                category = "Policy", urgency = "Normal", title = $"压测诉求 {r.Next()}", description = "负载测试提交的诉求（示例数据）",
            }), ct)),
        ]);
    }
}
