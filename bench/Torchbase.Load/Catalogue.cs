using System.Net.Http.Json;
using System.Text.Json;

namespace Torchbase.Load;

/// <summary>Ids and words the calls pick from, read once from the running instance.</summary>
public sealed record Catalogue(IReadOnlyList<string> EnterpriseIds, IReadOnlyList<string> SearchWords)
{
    public static async Task<Catalogue> LoadAsync(Session session)
    {
        var page = await session.Http.GetFromJsonAsync<JsonElement>("/api/enterprises?pageSize=200&sort=name");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToList();
        // Two characters of real names: searches that hit some rows, as people type them.
        var words = items.Select(i => i.GetProperty("name").GetString()!).Where(n => n.Length > 5).Select(n => n.Substring(3, 2)).Distinct().ToList();
        return new Catalogue(ids, words);
    }
}
