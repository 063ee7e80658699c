using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Torchbase.Tests;

/// <summary>
/// Who may call what, declared in one table and checked for every API endpoint and every kind of user, including
/// anonymous and a user of another zone. An endpoint that is not in the table fails the test, so a new endpoint cannot
/// ship without a decision about who may call it. "Allowed" means the call gets past authorization (any answer but
/// 401/403, and never a 5xx: calls carry an empty body and unknown ids, so allowed writes end in 400 or 404); whether
/// a row of another zone, park, enterprise or bank is visible is checked by each feature's API tests.
/// </summary>
[Collection(HostCollection.Name)]
public partial class AccessMatrixTests(TorchbaseFactory host)
{
    private const string Anonymous = "anonymous";

    /// <summary>Every demo login by what it stands for; leader2 is the leader of the other zone.</summary>
    private static readonly string[] Users =
        [Anonymous, "admin", "leader", "leader2", "bureau", "park1", "officer1", "dept1", "ent1", "bank1", "expert1", "judge1"];

    private const string SignedIn = "admin leader leader2 bureau park1 officer1 dept1 ent1 bank1 expert1 judge1";
    private const string ZoneStaff = "admin leader leader2 bureau park1 officer1 dept1";
    private const string RegistryReaders = "admin leader leader2 bureau park1 officer1 dept1 ent1 bank1";
    private const string RegistryWriters = "admin bureau park1";
    private const string CarrierReaders = "admin leader leader2 bureau park1";
    private const string BureauOnly = "admin bureau";
    private const string Leaders = "admin leader leader2";
    private const string EconomyReaders = "admin leader leader2 bureau park1";

    /// <summary>METHOD route → the users allowed. Routes as the app declares them.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        // Unknown API paths answer 404 ProblemDetails to everyone (not the SPA's index.html).
        ["GET /api/{*path:nonfile}"] = $"{Anonymous} {SignedIn}",
        ["GET /api/auth/antiforgery"] = $"{Anonymous} {SignedIn}",
        ["POST /api/auth/login"] = $"{Anonymous} {SignedIn}",
        ["POST /api/auth/logout"] = SignedIn,
        ["GET /api/auth/me"] = SignedIn,

        ["GET /api/admin/roles"] = "admin",
        ["GET /api/admin/users"] = "admin",
        ["POST /api/admin/users"] = "admin",
        ["PUT /api/admin/users/{id:guid}"] = "admin",
        ["POST /api/admin/users/{id:guid}/password"] = "admin",
        ["POST /api/admin/users/{id:guid}/unlock"] = "admin",

        ["GET /api/org/zones"] = SignedIn,
        ["GET /api/org/departments"] = SignedIn,
        ["GET /api/org/industry-chains"] = SignedIn,
        ["GET /api/org/banks"] = SignedIn,

        ["GET /api/enterprises/"] = RegistryReaders,
        ["GET /api/enterprises/export"] = RegistryReaders,
        ["GET /api/enterprises/{id:guid}"] = RegistryReaders,
        ["POST /api/enterprises/"] = RegistryWriters,
        ["PUT /api/enterprises/{id:guid}"] = RegistryWriters,
        ["PUT /api/enterprises/{id:guid}/reports/{year:int}"] = RegistryWriters,
        ["DELETE /api/enterprises/{id:guid}/reports/{year:int}"] = RegistryWriters,
        ["POST /api/enterprises/{id:guid}/qualifications"] = RegistryWriters,
        ["DELETE /api/enterprises/{id:guid}/qualifications/{qualificationId:guid}"] = RegistryWriters,
        ["POST /api/enterprises/{id:guid}/lifecycle"] = RegistryWriters,
        ["GET /api/enterprises/import/template"] = BureauOnly,
        ["POST /api/enterprises/import"] = BureauOnly,
        ["GET /api/imports/{token}/report"] = SignedIn,

        ["GET /api/platforms/"] = CarrierReaders,
        ["GET /api/platforms/export"] = CarrierReaders,
        ["POST /api/platforms/"] = BureauOnly,
        ["PUT /api/platforms/{id:guid}"] = BureauOnly,
        ["DELETE /api/platforms/{id:guid}"] = BureauOnly,
        ["GET /api/incubators/"] = CarrierReaders,
        ["GET /api/incubators/export"] = CarrierReaders,
        ["POST /api/incubators/"] = BureauOnly,
        ["PUT /api/incubators/{id:guid}"] = BureauOnly,
        ["DELETE /api/incubators/{id:guid}"] = BureauOnly,
        ["GET /api/incubators/{id:guid}/tenants"] = CarrierReaders,
        ["POST /api/incubators/{id:guid}/tenants"] = BureauOnly,
        ["PUT /api/incubators/{id:guid}/tenants/{tenantId:guid}"] = BureauOnly,

        ["GET /api/dashboard/summary"] = ZoneStaff,
        ["GET /api/dashboard/zones"] = ZoneStaff,
        ["GET /api/audit/"] = Leaders,
        ["GET /api/audit/export"] = Leaders,

        ["GET /api/economy/indicators"] = EconomyReaders,
        ["GET /api/economy/sheet"] = EconomyReaders,
        ["GET /api/economy/sheet/export"] = EconomyReaders,
        ["GET /api/economy/trend/{code}"] = EconomyReaders,
        ["GET /api/economy/compare/{code}"] = EconomyReaders,
        ["PUT /api/economy/figures"] = BureauOnly,
        ["PUT /api/economy/targets"] = BureauOnly,
        ["GET /api/reports/annual"] = EconomyReaders,
        ["GET /api/reports/annual/export"] = EconomyReaders,
    };

    private IReadOnlyList<(string Method, string Route)> ApiEndpoints() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Normalise(e.RoutePattern.RawText!))))
            .Distinct().ToList();

    private static string Normalise(string route) => route.Replace("//", "/");

    [Fact]
    public void Every_endpoint_is_declared_and_every_declaration_exists()
    {
        var actual = ApiEndpoints().Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var undeclared = actual.Except(Expected.Keys).Order().ToList();
        var stale = Expected.Keys.Except(actual).Order().ToList();
        Assert.True(undeclared.Count == 0, "Endpoints missing from the access table:\n" + string.Join("\n", undeclared));
        Assert.True(stale.Count == 0, "Declared endpoints that do not exist:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_user_gets_exactly_what_the_table_allows()
    {
        var clients = new Dictionary<string, ApiClient>();
        foreach (var user in Users)
            clients[user] = user == Anonymous ? await host.AnonymousAsync() : await host.SignInAsync(user);

        var failures = new StringBuilder();
        // Sign-out last: it ends the session the other calls use.
        foreach (var (method, route) in ApiEndpoints().OrderBy(e => e.Route == "/api/auth/logout"))
        {
            if (route == "/api/auth/login") continue; // signing in is what every client above did
            var allowed = Expected.TryGetValue($"{method} {route}", out var users) ? users.Split(' ') : [];
            foreach (var user in Users)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(route));
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await clients[user].Http.SendAsync(request);
                var status = (int)response.StatusCode;
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expectAllowed = allowed.Contains(user);
                if (status >= 500) failures.AppendLine($"{method} {route} as {user}: {status}");
                else if (expectAllowed == denied) failures.AppendLine($"{method} {route} as {user}: {status}, expected {(expectAllowed ? "allowed" : "denied")}");
                else if (!expectAllowed && user == Anonymous && response.StatusCode != HttpStatusCode.Unauthorized)
                    failures.AppendLine($"{method} {route} as anonymous: {status}, expected 401");
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>A callable URL: ids that exist nowhere, so an allowed call reaches the handler and finds nothing.</summary>
    private static string Concrete(string route) => Parameter().Replace(route, m => m.Groups[2].Value switch
    {
        ":guid" => Guid.Empty.ToString(),
        ":int" => "2000",
        _ => "none",
    });

    [GeneratedRegex(@"\{(\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
