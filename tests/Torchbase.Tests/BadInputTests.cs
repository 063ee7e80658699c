using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Xunit.Abstractions;

namespace Torchbase.Tests;

/// <summary>
/// Bad input to every write endpoint (issue 10): malformed JSON, and bodies built from the endpoint's own request schema
/// (the served OpenAPI document) with one value broken — wrong type, huge string, null, negative or overflowing number,
/// impossible year, invalid credit code, unknown enum, invalid GUID or date. Each endpoint is called by a user the access
/// table allows, on unknown ids and on ids of real demo rows (so validation is reached, not only the 404). Every answer
/// must be a 4xx ProblemDetails and the database must be exactly as before. FsCheck generates the cases from a fixed
/// seed, so a run is reproducible: a failure names the endpoint and the case.
/// It runs on a database of its own: the mutations that are genuinely acceptable (a negative profit, say) do write, on
/// demo rows picked by id, and the other tests read those rows' figures.
/// </summary>
[Collection(BadInputCollection.Name)]
public partial class BadInputTests(TorchbaseFactory host, ITestOutputHelper output)
{
    private const ulong Seed = 20_251_110;
    private const int CasesPerEndpoint = 24;

    /// <summary>
    /// Sign-in and sign-out have hardening tests of their own; reading every notification and checking the meters for alerts have no
    /// input at all.
    /// </summary>
    private static readonly HashSet<string> NotFuzzed =
        ["POST /api/auth/login", "POST /api/auth/logout", "POST /api/notifications/read-all", "POST /api/energy/alerts/check"];

    /// <summary>The users to prefer for a call: the unrestricted administrator, then the bureau, then whoever the table allows.</summary>
    private static readonly string[] Preference = ["admin", "bureau", .. AccessMatrixTests.Users];

    public enum Mutation
    {
        Truncated, RandomBytes, TopLevelArray, TopLevelString, TopLevelNumber, TopLevelNull, EmptyBody, DeepNesting, PlainText,
        WrongType, HugeString, NullField, Negative, Overflow, OutOfRangeYear, BadCreditCode, UnknownEnum, EnumAsNumber, BadGuid, BadDate,
    }

    /// <summary>One generated call: which mutation, which field it hits (index into the applicable ones), real or unknown ids, a variant.</summary>
    public sealed record Case(Mutation Mutation, int Pick, bool RealIds, int Variant)
    {
        public override string ToString() => $"{Mutation}#{Pick}/{Variant}{(RealIds ? " on real ids" : "")}";
    }

    private static readonly Gen<Case> Cases =
        from mutation in Gen.Elements(Enum.GetValues<Mutation>())
        from pick in Gen.Choose(0, 1_000)
        from real in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from variant in Gen.Choose(0, 1_000)
        select new Case(mutation, pick, real, variant);

    [Fact]
    public async Task Every_write_endpoint_answers_bad_input_with_a_4xx_problem_and_writes_nothing()
    {
        var openApi = JsonNode.Parse(await (await (await host.AnonymousAsync()).GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var writes = AccessMatrixTests.ApiEndpoints(host.Services)
            .Where(e => e.Method is "POST" or "PUT" or "PATCH" or "DELETE" && !NotFuzzed.Contains($"{e.Method} {e.Route}"))
            .OrderBy(e => e.Route).ThenBy(e => e.Method).ToList();
        var references = await ReferencesAsync();
        var clients = new Dictionary<string, ApiClient>();
        var failures = new StringBuilder();
        var calls = 0;
        // Sign every user in first: a sign-in is audited, and only the calls under test may leave the database as it was.
        foreach (var (method, route) in writes) await ClientAsync(clients, method, route);
        var before = await FingerprintAsync();

        foreach (var (index, (method, route)) in writes.Index())
        {
            var (user, client) = await ClientAsync(clients, method, route);
            var schema = RequestSchema(openApi, method, route);
            var realIds = await RealIdsAsync(route);
            var body = schema is null ? null : new Body(openApi, schema, references);

            // A seed per endpoint (its place in the sorted list): each gets cases of its own, the same on every run.
            foreach (var @case in Cases.Sample(CasesPerEndpoint, new Rnd(Seed + (ulong)index), 30))
            {
                // Without a body the call is an action on a row: on a real row it would just be done, so only unknown ids.
                var useReal = @case.RealIds && realIds is not null && body is not null;
                var url = Url(route, useReal ? realIds : null, @case);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Content(body, @case) };
                using var response = await client.Http.SendAsync(request);
                calls++;
                var after = await FingerprintAsync();
                var problem = await CheckAsync(response);
                var label = $"{method} {url} as {user}, {@case}";
                if (problem is not null) failures.AppendLine($"{label}: {problem}");
                var written = Difference(before, after);
                if (written is not null) failures.AppendLine($"{label}: wrote {written}");
                before = after;
            }
        }
        Assert.True(calls > writes.Count * CasesPerEndpoint / 2, $"only {calls} calls");
        Assert.True(failures.Length == 0, $"{calls} calls to {writes.Count} endpoints; failures:\n{failures}");
    }

    private async Task<(string User, ApiClient Client)> ClientAsync(Dictionary<string, ApiClient> clients, string method, string route)
    {
        var user = Preference.First(u => u != AccessMatrixTests.Anonymous && AccessMatrixTests.AllowedUsers(method, route).Contains(u));
        if (!clients.TryGetValue(user, out var client)) clients[user] = client = await host.SignInAsync(user);
        return (user, client);
    }

    /// <summary>What is wrong with an answer to bad input, or null: it must be a 4xx with a parseable ProblemDetails.</summary>
    internal static async Task<string?> CheckAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var shown = text.Length > 300 ? text[..300] + "…" : text;
        if (status is < 400 or >= 500) return $"{status} {shown}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{status} with content type {response.Content.Headers.ContentType?.MediaType ?? "none"}: {shown}";
        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            if (!problem.TryGetProperty("status", out var s) || s.ValueKind != JsonValueKind.Number
                || s.GetInt32() != status) return $"{status}: problem without its status: {shown}";
            if (!problem.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(title.GetString())) return $"{status}: problem without a title: {shown}";
            var validation = problem.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == "validation_failed";
            if (validation && (!problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object
                || !errors.EnumerateObject().Any()))
                return $"{status}: validation problem without field errors: {shown}";
        }
        catch (JsonException) { return $"{status}: not JSON: {shown}"; }
        return null;
    }

    // ---- Route ids -------------------------------------------------------------------------------------------------

    /// <summary>The entity a route segment before an id names.</summary>
    private static string EntityOf(string segment, string route) => segment switch
    {
        "achievements" => "TechAchievement", "assignments" => "Enterprise", "cases" => "AgencyCase", "categories" => "ContestCategory",
        "consents" => "Bank", "contests" => "UnitContest", "contracts" => "TechContract", "demands" => "TechDemand",
        "enterprises" => "Enterprise", "experts" => "ExpertProfile", "funds" => "PolicyFundApplication", "incubators" => "IncubationCarrier",
        "library" => "CultivationEntry", "policies" => "Policy", "items" => "BenefitItem", "applications" => "BenefitApplication",
        "objections" => "BenefitObjection", "matches" => "Matchmaking", "my-sheets" or "units" => "ContestUnit", "notifications" => "Notification",
        "platforms" => "InnovationPlatform", "products" => "FinancialProduct", "projects" => "Project", "qualifications" => "QualificationHeld",
        "requests" => route.StartsWith("/api/finance/", StringComparison.Ordinal) ? "FinancingRequest" : "ServiceRequest",
        "supervisions" => "SupervisionRecord", "glossary" => "GlossaryEntry", "arrivals" => "ProjectFundsArrival", "milestones" => "ProjectMilestone",
        "approvals" => "ProjectApproval",
        "buildings" => "Building", "space-units" => "SpaceUnit", "leases" => "Lease", "zombies" => "Enterprise", "disposals" => "DisposalCase",
        "meters" => "Meter", "alerts" => "MeterAlert",
        "competitions" => "Competition", "entrants" => "CompetitionEntrant", "events" => "MatchEvent", "signings" => "EventSigning",
        "regions" => "Region", "zones" => "Zone", "parks" => "Park", "departments" => "Department", "industry-chains" => "IndustryChain",
        "banks" => "Bank", "bank-branches" => "BankBranch", "agency-items" => "AgencyItem", "service-categories" => "ServiceCategory",
        "time-limits" => "DeadlineSetting", "years" => "CalendarYear", "days" => "CalendarDay",
        "talents" => "TalentTeam", "tasks" => "DepartmentTask", "tenants" => "IncubationTenancy", "users" => "AppUser", "vouchers" => "VoucherApplication",
        _ => throw new InvalidOperationException($"No entity known for /{segment}/{{id}} in {route}: add it to EntityOf."),
    };

    /// <summary>
    /// Ids of a real row for each guid parameter of the route, consistent with each other (a child row and its own parent),
    /// read with raw SQL so no data scope applies. Users: one that is not a demo login, so other tests can still sign in.
    /// </summary>
    private async Task<Dictionary<string, Guid>?> RealIdsAsync(string route)
    {
        var parameters = SegmentAndParameter().Matches(route).Where(m => m.Groups[3].Value == ":guid").ToList();
        if (parameters.Count == 0) return null;
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var types = parameters.Select(p => db.Model.GetEntityTypes().Single(t => t.ClrType.Name == EntityOf(p.Groups[1].Value, route))).ToList();
        var child = types[^1];
        var key = Column(child, child.FindPrimaryKey()!.Properties[0]);
        var select = $"SELECT {key} AS \"Id\", {key} AS \"Parent\"";
        if (types.Count == 2)
        {
            var foreignKey = child.GetForeignKeys().First(f => f.PrincipalEntityType == types[0]);
            select = $"SELECT {key} AS \"Id\", {Column(child, foreignKey.Properties[0])} AS \"Parent\"";
        }
        var where = child.ClrType.Name == "AppUser"
            ? $" WHERE \"UserName\" NOT IN ({string.Join(", ", Demo.DemoSeeder.DemoLogins.Select(l => $"'{l.User}'"))})" : "";
        // Identifiers from the model and the demo's own logins: no outside input in this text.
        var sql = $"{select} FROM \"{child.GetTableName()}\"{where} ORDER BY {key} LIMIT 1";
        var row = await db.Database.SqlQueryRaw<IdPair>(sql).FirstOrDefaultAsync();
        if (row is null) return null;
        var ids = new Dictionary<string, Guid> { [parameters[^1].Groups[2].Value] = row.Id };
        if (types.Count == 2) ids[parameters[0].Groups[2].Value] = row.Parent;
        return ids;
    }

    private static string Column(IEntityType type, IProperty property) =>
        $"\"{property.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))}\"";

    private sealed record IdPair(Guid Id, Guid Parent);

    /// <summary>A URL for the case: real ids when given, else unknown ones; int parameters (years, months) sometimes out of range.</summary>
    private static string Url(string route, Dictionary<string, Guid>? ids, Case @case) => Parameter().Replace(route, m => m.Groups[2].Value switch
    {
        ":guid" => (ids is not null && ids.TryGetValue(m.Groups[1].Value, out var id) ? id : Guid.NewGuid()).ToString(),
        ":int" when m.Groups[1].Value == "month" => new[] { "6", "1", "0", "13", "-1" }[@case.Variant % 5],
        ":int" => new[] { "2024", "2023", "0", "-1", "99999", "2147483647" }[@case.Variant % 6],
        _ => "none",
    }).TrimEnd('/');

    /// <summary>
    /// Numbers where a negative value is genuinely acceptable, so a 2xx for one is right: versions (ignored on create, 409 on
    /// update), profit, net assets and growth (they fall below zero), sort orders (-1 sorts first), floors (-1 is the basement).
    /// </summary>
    [GeneratedRegex("^version$|profit|netAssets|growth|percent|change|sortOrder|^floor$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedName();

    [GeneratedRegex(@"\{(\w+)(:\w+)?\}")]
    private static partial Regex Parameter();

    /// <summary>"enterprises/{id:guid}": the segment that names the row, the parameter and its constraint.</summary>
    [GeneratedRegex(@"([\w-]+)/\{(\w+)(:\w+)?\}")]
    private static partial Regex SegmentAndParameter();

    // ---- Nothing partially written -----------------------------------------------------------------------------------

    /// <summary>
    /// Row counts of every table of the model in one query (raw SQL: no data scope). Counts alone would miss an update,
    /// but every save writes an audit entry per added, changed or deleted row in the same transaction (AuditTrail), so an
    /// unchanged AuditEntries count says no save happened, and the other counts say nothing escaped the audit.
    /// </summary>
    private async Task<Dictionary<string, long>> FingerprintAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' AS \"Name\", COUNT(*) AS \"Count\" FROM \"{t}\""));
        var counts = await db.Database.SqlQueryRaw<TableCount>(sql).ToListAsync();
        return counts.ToDictionary(c => c.Name, c => c.Count);
    }

    private sealed record TableCount(string Name, long Count);

    private static string? Difference(Dictionary<string, long> before, Dictionary<string, long> after)
    {
        var changed = after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)}→{a.Value}").ToList();
        return changed.Count == 0 ? null : string.Join(", ", changed);
    }

    // ---- Bodies ------------------------------------------------------------------------------------------------------

    private static JsonNode? RequestSchema(JsonNode openApi, string method, string route)
    {
        var path = Parameter().Replace(route, "{$1}").TrimEnd('/');
        var operation = openApi["paths"]?[path]?[method.ToLowerInvariant()];
        var content = operation?["requestBody"]?["content"]?["application/json"];
        return content?["schema"];
    }

    /// <summary>Real rows that ids in a body may name (parkId, enterpriseId, zoneId…), so a body is refused for the broken value, not a dangling
    /// reference.</summary>
    private async Task<Dictionary<string, string>> ReferencesAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var references = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.FindPrimaryKey()?.Properties is [{ ClrType: var k }] && k == typeof(Guid)
            && t.GetTableName() is not null))
        {
            var key = Column(type, type.FindPrimaryKey()!.Properties[0]);
            var sql = $"SELECT {key} AS \"Id\", {key} AS \"Parent\" FROM \"{type.GetTableName()}\" ORDER BY {key} LIMIT 1"; // identifiers from the model
            var id = await db.Database.SqlQueryRaw<IdPair>(sql).FirstOrDefaultAsync();
            if (id is not null) references[type.ClrType.Name + "Id"] = id.Id.ToString();
        }
        references["industryChain"] = await db.IndustryChains.IgnoreQueryFilters().OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
        return references;
    }

    private static ByteArrayContent? Content(Body? body, Case @case)
    {
        var json = body?.Build(@case) ?? (@case.Variant % 2 == 0 ? "{}" : "[1,2,3]");
        var bytes = @case.Mutation switch
        {
            Mutation.Truncated => Encoding.UTF8.GetBytes(json[..Math.Max(1, json.Length * (@case.Variant % 9 + 1) / 10)]),
            Mutation.RandomBytes => RandomBytes(@case),
            Mutation.TopLevelArray => "[]"u8.ToArray(),
            Mutation.TopLevelString => "\"x\""u8.ToArray(),
            Mutation.TopLevelNumber => "123"u8.ToArray(),
            Mutation.TopLevelNull => "null"u8.ToArray(),
            Mutation.EmptyBody => [],
            Mutation.DeepNesting => Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
            _ => Encoding.UTF8.GetBytes(json),
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(@case.Mutation == Mutation.PlainText ? "text/plain" : "application/json") { CharSet = "utf-8" };
        return content;
    }

    private static byte[] RandomBytes(Case @case)
    {
        var bytes = new byte[1 + @case.Variant % 500];
        new System.Random(@case.Pick).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A body from a request schema: plausible values everywhere, then the case's mutation on one field.</summary>
    private sealed class Body(JsonNode openApi, JsonNode schema, Dictionary<string, string> references)
    {
        private JsonNode Resolve(JsonNode node)
        {
            if (node["$ref"]?.GetValue<string>() is { } reference) return Resolve(openApi["components"]!["schemas"]![reference.Split('/')[^1]]!);
            if (node["oneOf"] is JsonArray oneOf) return Resolve(oneOf.First(o => o!["type"]?.ToString() != "null")!);
            return node;
        }

        private static IEnumerable<string> Types(JsonNode node) => node["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).Where(t => t != "null"),
            JsonValue type => [type.GetValue<string>()],
            _ => [],
        };

        private static bool Is(JsonNode node, string type) => Types(node).Contains(type);

        /// <summary>Declared as nullable (["null", …] or oneOf null): null is a value the contract accepts there.</summary>
        private static bool Nullable(JsonNode declared) =>
            declared["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null")
            || declared["oneOf"] is JsonArray oneOf && oneOf.Any(o => o!["type"]?.ToString() == "null");

        /// <summary>Numbers that may well be below zero (a loss, a fall): a negative value there is not bad input.</summary>
        private static bool Signed(string name) => SignedName().IsMatch(name);

        private JsonNode? Value(string name, JsonNode declared, int depth)
        {
            var node = Resolve(declared);
            if (node["enum"] is JsonArray values) return JsonValue.Create(values[0]!.ToString());
            if (references.TryGetValue(name, out var reference)) return JsonValue.Create(reference);
            if (Is(node, "object") || node["properties"] is not null)
                return depth > 3 ? new JsonObject() : Object(node, depth + 1);
            if (Is(node, "array")) return depth > 3 || node["items"] is null ? new JsonArray() : new JsonArray(Value("", node["items"]!, depth + 1));
            if (Is(node, "boolean")) return JsonValue.Create(false);
            if (Is(node, "integer")) return JsonValue.Create(name.Contains("year", StringComparison.OrdinalIgnoreCase) ? 2024 : name == "month" ? 6 : 1);
            if (Is(node, "number")) return JsonValue.Create(1.5);
            return node["format"]?.ToString() switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                "date" => JsonValue.Create("2024-05-01"),
                "date-time" => JsonValue.Create("2024-05-01T08:00:00Z"),
                _ when name.Contains("creditCode", StringComparison.OrdinalIgnoreCase) => JsonValue.Create(EnterpriseApiTests.NewCreditCode()),
                _ => JsonValue.Create("模糊测试"),
            };
        }

        private JsonObject Object(JsonNode node, int depth)
        {
            var result = new JsonObject();
            if (node["properties"] is JsonObject properties)
                foreach (var (name, declared) in properties) result[name] = Value(name, declared!, depth);
            if (node["additionalProperties"] is JsonObject additional) result["key"] = Value("key", additional, depth);
            return result;
        }

        private IEnumerable<(string Name, JsonNode Declared, JsonNode Schema)> Fields() =>
            Resolve(schema)["properties"] is JsonObject properties ? properties.Select(p => (p.Key, p.Value!, Resolve(p.Value!))) : [];

        private static bool Applies(Mutation mutation, string name, JsonNode declared, JsonNode field) => mutation switch
        {
            Mutation.WrongType => true,
            Mutation.NullField => !Nullable(declared),
            Mutation.Negative => (Is(field, "integer") || Is(field, "number")) && !Signed(name),
            Mutation.HugeString => Is(field, "string") && field["format"] is null && field["enum"] is null,
            Mutation.Overflow => Is(field, "integer") || Is(field, "number"),
            Mutation.OutOfRangeYear => (Is(field, "integer") || Is(field, "number")) && name.Contains("year", StringComparison.OrdinalIgnoreCase),
            Mutation.BadCreditCode => name.Contains("creditCode", StringComparison.OrdinalIgnoreCase),
            Mutation.UnknownEnum or Mutation.EnumAsNumber => field["enum"] is not null,
            Mutation.BadGuid => field["format"]?.ToString() == "uuid",
            Mutation.BadDate => field["format"]?.ToString() is "date" or "date-time",
            _ => false,
        };

        public string Build(Case @case)
        {
            var body = Resolve(schema) is var root && (Is(root, "object") || root["properties"] is not null)
                ? Object(root, 0) : (JsonNode?)Value("", root, 0) ?? new JsonObject();
            if (body is not JsonObject target) return body.ToJsonString();
            var mutation = @case.Mutation;
            var fields = Fields().Where(f => Applies(mutation, f.Name, f.Declared, f.Schema)).ToList();
            // No field this mutation applies to (no year, no credit code…): break the type of some field instead.
            if (fields.Count == 0) (mutation, fields) = (Mutation.WrongType, Fields().ToList());
            if (fields.Count == 0) return body.ToJsonString();
            var (name, _, field) = fields[@case.Pick % fields.Count];
            target[name] = Mutate(@case with { Mutation = mutation }, field);
            return body.ToJsonString();
        }

        private static JsonNode? Mutate(Case @case, JsonNode field)
        {
            var v = @case.Variant;
            return @case.Mutation switch
            {
                Mutation.HugeString => JsonValue.Create(new string("企业名称测试"[v % 6], (1 + v % 4) * 1024 * 1024 / 3)),
                Mutation.NullField => null,
                Mutation.Negative => JsonValue.Create(new[] { -1m, -0.01m, -1_000_000_000m }[v % 3]),
                // Beyond the type: an int32 past its end, a number past decimal's or past the largest amount taken (10^12).
                Mutation.Overflow => JsonNode.Parse(Is(field, "integer")
                    ? new[] { "2147483648", "-9223372036854775809", "1e40" }[v % 3]
                    : new[] { "1e40", "79228162514264337593543950336", "10000000000000", "-1e30" }[v % 4]),
                Mutation.OutOfRangeYear => JsonValue.Create(new[] { 0, -1, 1, 999, 10_000, 99_999, int.MaxValue }[v % 7]),
                Mutation.BadCreditCode => JsonValue.Create(BadCreditCode(v)),
                Mutation.UnknownEnum => JsonValue.Create(new[] { "NoSuchValue", "", " ", "large", "0" }[v % 5]),
                Mutation.EnumAsNumber => JsonValue.Create(new[] { 999, -1, 1 }[v % 3]),
                Mutation.BadGuid => JsonValue.Create(new[] { "not-a-guid", "", "00000000-0000-0000-0000-00000000000g", "{}" }[v % 4]),
                Mutation.BadDate => JsonValue.Create(new[] { "2024-02-30", "2024-13-01", "0000-01-01", "yesterday", "" }[v % 5]),
                _ => WrongType(field, v),
            };
        }

        /// <summary>A value of another JSON type than the field declares: an object for a string, a string for a number, an array for an enum.</summary>
        private static JsonNode WrongType(JsonNode field, int variant)
        {
            if (field["enum"] is not null) return new JsonArray(JsonValue.Create(field["enum"]![0]!.ToString()));
            if (Is(field, "integer") || Is(field, "number")) return variant % 2 == 0 ? JsonValue.Create("一百") : new JsonObject { ["value"] = 1 };
            if (Is(field, "boolean")) return JsonValue.Create("maybe");
            if (Is(field, "array")) return variant % 2 == 0 ? JsonValue.Create("x") : new JsonObject();
            if (Is(field, "object") || field["properties"] is not null) return new JsonArray(1, 2);
            return variant % 2 == 0 ? new JsonObject { ["text"] = "x" } : new JsonArray("x");
        }

        /// <summary>18 characters with a wrong check character, or the wrong length, or letters the code never uses (I, O, S, V, Z).</summary>
        internal static string BadCreditCode(int variant)
        {
            var valid = EnterpriseApiTests.NewCreditCode();
            var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');
            return new[] { wrongCheck, valid[..17], valid + "0", "91410400MA9OISVZ0X", "９１４１０４００ＭＡ４０ＧＢ８Ｅ６Ｘ", "" }[variant % 6];
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BadInputCollection : ICollectionFixture<TorchbaseFactory>
{
    public const string Name = "bad-input";
}
