using System.Net.Http.Headers;
using System.Text.Json;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>Workbooks for the enterprise import, laid out as its template says (shared by the API tests and the fault drills).</summary>
internal static class EnterpriseImportFiles
{
    public sealed record Layout(IReadOnlyList<string> Headers, string Park, string Chain);

    /// <summary>The template's columns, and a park and an industry chain of the caller's zone to fill them with.</summary>
    public static async Task<Layout> LayoutAsync(ApiClient client)
    {
        var template = XlsxReader.Read(await (await client.GetAsync("/api/enterprises/import/template")).Content.ReadAsStreamAsync(), 10);
        var zones = await client.GetJsonAsync<JsonElement>("/api/org/zones");
        var chains = await client.GetJsonAsync<JsonElement>("/api/org/industry-chains");
        return new Layout(template.Headers, zones[0].GetProperty("parks")[1].GetProperty("name").GetString()!, chains[1].GetProperty("name").GetString()!);
    }

    public static object?[] Row(string code, string name, string park, string chain, string scale = "小型", string date = "2021-03-15") =>
        [code, name, park, chain, "改性尼龙", scale, date, "高新区科技路1号", "李四", "王五", "13900001111"];

    public static MultipartFormDataContent Upload(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxWriter.ContentType);
        return new MultipartFormDataContent { { file, "file", "enterprises.xlsx" } };
    }

    public static MultipartFormDataContent Upload(Layout layout, IEnumerable<object?[]> rows) =>
        Upload(XlsxWriter.ToBytes("企业", layout.Headers, rows));
}
