using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Torchbase.Tests;

/// <summary>
/// The API reference in docs/ is generated from the OpenAPI document the host serves, and checked in, so that a change to
/// the API shows in review as a change to docs/openapi.json and docs/api-reference.md. This test fails when either differs
/// from what the running host serves; run it with UPDATE_API_REFERENCE=1 to write them anew.
/// </summary>
[Collection(HostCollection.Name)]
public class ApiReferenceTests(TorchbaseFactory host)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_checked_in_reference_matches_the_served_OpenAPI_document()
    {
        var served = await (await (await host.AnonymousAsync()).GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        var document = JsonNode.Parse(served)!.AsObject();
        document.Remove("servers"); // the test server's address, not part of the API
        var json = document.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var markdown = ApiReference.Render(document);
        Assert.NotEmpty(document["paths"]!.AsObject());

        var docs = Path.Combine(RepositoryRoot(), "docs");
        var files = new[] { (Path.Combine(docs, "openapi.json"), json), (Path.Combine(docs, "api-reference.md"), markdown) };
        if (Environment.GetEnvironmentVariable("UPDATE_API_REFERENCE") == "1")
            foreach (var (path, text) in files) await File.WriteAllTextAsync(path, text);

        foreach (var (path, expected) in files)
        {
            var current = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
            if (current == expected) continue;
            var line = FirstDifferentLine(current, expected);
            Assert.Fail($"{Path.GetFileName(path)} is not what the host serves (first difference at line {line}). " +
                        "Run: UPDATE_API_REFERENCE=1 dotnet test tests/Torchbase.Tests --filter ApiReference, and commit the files.");
        }
    }

    [Fact]
    public void Every_operation_is_listed_with_its_summary()
    {
        var document = new JsonObject
        {
            ["paths"] = new JsonObject
            {
                ["/api/things/{id}"] = new JsonObject
                {
                    ["get"] = new JsonObject { ["tags"] = new JsonArray("Things"), ["operationId"] = "GetThing", ["summary"] = "One thing" },
                    ["put"] = new JsonObject { ["tags"] = new JsonArray("Things"), ["operationId"] = "UpdateThing" },
                },
            },
        };
        var markdown = ApiReference.Render(document);
        Assert.Contains("## Things", markdown);
        Assert.Contains("| GET | `/api/things/{id}` | One thing |", markdown);
        Assert.Contains("| PUT | `/api/things/{id}` | (no summary) |", markdown);
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var (left, right) = (a.Split('\n'), b.Split('\n'));
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            if (left[i] != right[i]) return i + 1;
        return Math.Min(left.Length, right.Length) + 1;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Torchbase.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Torchbase.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Renders the OpenAPI document as a Markdown table per tag: verb, path, summary.</summary>
internal static class ApiReference
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    public static string Render(JsonObject document)
    {
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => Verbs.Where(v => path.Value![v] is not null).Select(v => (
                Tag: path.Value![v]!["tags"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "Other",
                Verb: v.ToUpperInvariant(),
                Path: path.Key,
                Summary: path.Value![v]!["summary"]?.GetValue<string>() ?? "(no summary)")))
            .OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => Array.IndexOf(Verbs, o.Verb.ToLowerInvariant()))
            .ToList();
        var text = new StringBuilder();
        text.Append("# API reference\n\n");
        text.Append("Generated from the OpenAPI document the host serves at `/openapi/v1.json` (checked in as `openapi.json`; request and\n");
        text.Append("response schemas are there). Conventions — errors, paging, antiforgery, languages — are in `api.md`.\n");
        foreach (var group in operations.GroupBy(o => o.Tag))
        {
            text.Append($"\n## {group.Key}\n\n| Verb | Path | What it does |\n| --- | --- | --- |\n");
            foreach (var o in group) text.Append($"| {o.Verb} | `{o.Path}` | {o.Summary.Replace("|", "\\|")} |\n");
        }
        return text.ToString();
    }
}
