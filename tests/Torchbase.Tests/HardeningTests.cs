using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Torchbase.Tests;

/// <summary>Issue 10.5: headers, cookie flags, sign-in limits and audit, masked personal data.</summary>
[Collection(HostCollection.Name)]
public class HardeningTests(TorchbaseFactory host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/enterprises")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        var anonymous = await host.AnonymousAsync();
        using var response = await anonymous.GetAsync(url);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("script-src 'unsafe-inline'", csp);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict_and_the_sign_in_is_audited()
    {
        var client = await host.AnonymousAsync();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = "Demo@12345" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Torchbase.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);

        await client.RefreshAntiforgeryAsync();
        var audit = await client.GetJsonAsync<JsonElement>("/api/audit?action=SignedIn&userName=leader&sort=at&desc=true&pageSize=1");
        var entry = audit.GetProperty("items")[0];
        Assert.Equal("leader", entry.GetProperty("userName").GetString());
        Assert.Equal(host.Clock.GetUtcNow(), entry.GetProperty("at").GetDateTimeOffset()); // stamped by the host's clock
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        using var limited = host.WithWebHostBuilder(b => b.UseSetting("Torchbase:Security:LoginsPerMinute", "3"));
        var client = new ApiClient(limited.CreateClient());
        await client.RefreshAntiforgeryAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody-at-all", password = "wrong" })).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests,
            HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Phone_numbers_are_masked_for_a_bank_and_shown_to_the_bureau()
    {
        var bureau = await host.SignInAsync("bureau");
        var bank = await host.SignInAsync("bank1");
        var seen = (await bank.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=50")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("contactPhone").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(seen);
        foreach (var enterprise in seen)
        {
            var masked = enterprise.GetProperty("contactPhone").GetString()!;
            Assert.Matches(@"^\d{3}\*+\d{4}$", masked);
            var full = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{enterprise.GetProperty("id").GetString()}");
            var phone = full.GetProperty("contactPhone").GetString()!;
            Assert.DoesNotContain("*", phone);
            Assert.Equal(masked[..3] + masked[^4..], phone[..3] + phone[^4..]);
        }
    }

    [Theory]
    [InlineData("zh-CN", "请求无法读取（JSON 格式或参数有误）")]
    [InlineData("en", "The request could not be read (malformed JSON or parameters)")]
    public async Task A_body_the_server_cannot_read_gets_a_problem_in_the_callers_language(string language, string title)
    {
        var bureau = await host.SignInAsync("bureau");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/enterprises")
        {
            Content = new StringContent("{\"name\": \"半截", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await bureau.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("status.400", problem.GetProperty("code").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values.Single()
        : response.Content.Headers.TryGetValues(header, out var content) ? content.Single()
        : throw new Xunit.Sdk.XunitException($"{header} missing on {response.RequestMessage?.RequestUri}");
}
