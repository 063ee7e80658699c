using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Torchbase.Http;

namespace Torchbase.Tests;

/// <summary>A host on an empty database serving a built web of its own (index.html and hashed assets, as Vite writes them).</summary>
public sealed class WebAssetsFactory : TorchbaseFactory
{
    public const string Script = "/assets/index-B3x9Qk2a.js";
    private readonly string _webRoot = Directory.CreateTempSubdirectory("torchbase-web-").FullName;

    protected override bool LoadDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Directory.CreateDirectory(Path.Combine(_webRoot, "assets"));
        File.WriteAllText(Path.Combine(_webRoot, "index.html"), "<!doctype html><html lang=\"zh-CN\"><head>"
            + $"<script type=\"module\" src=\"{Script}\"></script></head><body><div id=\"app\"></div></body></html>");
        // A script that reads like a bundle: many similar lines of code and strings.
        var bundle = new StringBuilder();
        for (var i = 0; i < 4000; i++)
            bundle.Append(CultureInvariant(
                $"export const label{i} = {{ zh: '企业库第{i}页', en: 'Enterprise page {i}', render: (h) => h('div', {{ class: 'tb-{i % 50}' }}) }};\n"));
        File.WriteAllText(Path.Combine(_webRoot, "assets", "index-B3x9Qk2a.js"), bundle.ToString());
        builder.UseWebRoot(_webRoot);
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}

/// <summary>Static assets go out compressed and with cache headers that fit Vite's hashed names (issue 16).</summary>
public class WebAssetsTests : IClassFixture<WebAssetsFactory>
{
    private readonly WebAssetsFactory _host;

    public WebAssetsTests(WebAssetsFactory host) => _host = host;

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding)
    {
        var client = _host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Hashed_scripts_are_compressed_and_cached_for_good(string encoding)
    {
        var plain = await (await GetAsync(WebAssetsFactory.Script, null)).Content.ReadAsByteArrayAsync();
        var response = await GetAsync(WebAssetsFactory.Script, encoding);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length * 4 < plain.Length, $"{encoding}: {compressed.Length} bytes of {plain.Length}");
        Assert.Equal(WebAssets.Immutable, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/enterprises/5d7c1d1e-0000-0000-0000-000000000000")]
    public async Task The_page_itself_is_revalidated_each_visit(string path)
    {
        var response = await GetAsync(path, "br");
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains(WebAssetsFactory.Script, await ReadAsync(response));
    }

    [Fact]
    public async Task Api_json_is_compressed_too()
    {
        var response = await GetAsync("/openapi/v1.json", "gzip");
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync();
        if (response.Content.Headers.ContentEncoding.Contains("br"))
            stream = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
