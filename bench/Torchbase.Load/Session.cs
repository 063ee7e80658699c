using System.Net;
using System.Net.Http.Json;

namespace Torchbase.Load;

/// <summary>A signed-in demo user: its cookies and antiforgery header, as the SPA sends them.</summary>
public sealed class Session
{
    public required string UserName { get; init; }
    public required HttpClient Http { get; init; }

    public static async Task<Session> SignInAsync(string url, string userName, string password, TimeSpan? timeout = null)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(url), Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        (await http.GetAsync("/api/auth/antiforgery")).EnsureSuccessStatusCode();
        SetXsrf(http, cookies);
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        if (!login.IsSuccessStatusCode) throw new InvalidOperationException($"{userName} could not sign in: {(int)login.StatusCode}");
        (await http.GetAsync("/api/auth/antiforgery")).EnsureSuccessStatusCode();
        SetXsrf(http, cookies);
        return new Session { UserName = userName, Http = http };
    }

    private static void SetXsrf(HttpClient http, CookieContainer cookies)
    {
        var token = cookies.GetAllCookies().FirstOrDefault(c => c.Name == "XSRF-TOKEN")?.Value;
        http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        if (token is not null) http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token));
    }
}
