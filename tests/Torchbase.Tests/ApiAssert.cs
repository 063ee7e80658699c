using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>Assertions on an API answer that show the body when they fail.</summary>
public static class ApiAssert
{
    /// <summary>A 2xx answer's JSON body.</summary>
    public static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>A 400 ProblemDetails with an error on the field.</summary>
    public static async Task FieldError(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }
}
