using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Torchbase.Tests;

/// <summary>An HttpClient that behaves like the SPA: keeps the cookies and echoes the antiforgery token on writes.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http { get; } = http;

    public async Task RefreshAntiforgeryAsync()
    {
        var response = await Http.GetAsync("/api/auth/antiforgery");
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        var token = Uri.UnescapeDataString(cookie["XSRF-TOKEN=".Length..cookie.IndexOf(';')]);
        Http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        Http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);
    public Task<HttpResponseMessage> PostAsJsonAsync<T>(string url, T body) => Http.PostAsJsonAsync(url, body, Json);
    public Task<HttpResponseMessage> PutAsJsonAsync<T>(string url, T body) => Http.PutAsJsonAsync(url, body, Json);
    public Task<HttpResponseMessage> DeleteAsync(string url) => Http.DeleteAsync(url);

    public async Task<T> GetJsonAsync<T>(string url)
    {
        var response = await Http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}

public static class ResponseExtensions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
