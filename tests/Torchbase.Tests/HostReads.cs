using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;

namespace Torchbase.Tests;

/// <summary>What API tests read besides the API: a successful answer's body, and the database as the system sees it.</summary>
public static class HostReads
{
    /// <summary>The body of a successful answer; a failure names its status and body.</summary>
    public static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Reads the database without a caller's scope (every zone).</summary>
    public static async Task<T> AsSystemAsync<T>(this TorchbaseFactory host, Func<AppDbContext, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await read(db);
    }
}
