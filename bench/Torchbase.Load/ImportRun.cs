using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Torchbase.Domain.Enterprises;
using Torchbase.Spreadsheets;

namespace Torchbase.Load;

/// <summary>
/// import: the bureau imports N enterprises, then N yearly reports of those enterprises (one year each), through the
/// upload endpoints a person uses, in files of the largest size an upload takes (20,000 rows). Both runs are timed side by
/// side; the server's resident memory is sampled every half second (its peak is the bound that matters) and the managed
/// heap is read from the runtime's counters by the calling script.
/// </summary>
public static class ImportRun
{
    private const int RowsPerFile = 20_000;

    public static async Task<int> RunAsync(LoadOptions options, int rows, string label)
    {
        var bureau = await Session.SignInAsync(options.Url, "bureau", options.Password, TimeSpan.FromMinutes(30));
        var http = bureau.Http;
        var enterpriseHeaders = await HeadersAsync(http, "/api/enterprises/import/template");
        var reportHeaders = await HeadersAsync(http, "/api/annual-reports/import/template");
        var zones = await http.GetFromJsonAsync<JsonElement>("/api/org/zones");
        var park = zones[0].GetProperty("parks")[0].GetProperty("name").GetString()!;
        var chain = (await http.GetFromJsonAsync<JsonElement>("/api/org/industry-chains"))[0].GetProperty("name").GetString()!;
        var year = DateTime.UtcNow.Year - 1;
        var codes = Enumerable.Range(0, rows).Select(Code).ToList();

        var memory = new PeakMemory(options.Pid);
        using var stop = new CancellationTokenSource();
        var sampling = memory.RunAsync(stop.Token);
        var (enterprises, _) = await UploadAllAsync(http, "/api/enterprises/import", "企业", enterpriseHeaders, codes, (code, i) =>
            [code, $"导入测试企业{i:D6}有限公司", park, chain, "新材料", "小型", "2019-05-20", "高新区科技路1号", "张三", "李四",
                "13900001111", Sectors[i % Sectors.Length]]);
        var enterpriseRss = memory.TakePeak();
        var (reports, runs) = await UploadAllAsync(http, "/api/annual-reports/import", "年度报表", reportHeaders, codes, (code, i) =>
            [code, null, year, 3000 + i % 5000, (3000 + i % 5000) * 6 / 10, 150 + i % 400, 140 + i % 400, 2400, 1800, 5200, 300, 180,
                60 + i % 200, 20 + i % 50, 12 + i % 30, i % 5, i % 12, null, i % 6, null,
                (3000 + i % 5000) * 6 / 10, 2600, 0, i % 5, 0, i % 4, Declared(i)]);
        // The re-evaluation runs the imports queued, worked in the background one after the other: timed from the first
        // upload's start (they begin as soon as the first file is committed) until the last is done.
        var background = await WaitForRunsAsync(http, runs);
        var reportRss = memory.TakePeak();
        await stop.CancelAsync();
        await sampling;
        var sizeFilter = await SizeFilterAsync(http);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {label}: {rows:N0} rows in files of {RowsPerFile:N0}");
        text.AppendLine();
        text.AppendLine("| Import | Files | Wall time | Rows/s | Peak RSS of the host |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        Line(text, "enterprises", enterprises, rows, enterpriseRss);
        Line(text, "yearly reports (the import; re-evaluation in the background)", reports, rows, reportRss);
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Background re-evaluation and scoring: {runs.Count} runs, {background.Failed} failed; the last done {background.Elapsed.TotalSeconds:0.0} s " +
            $"after the first report file was sent ({(background.Elapsed - reports.Elapsed).TotalSeconds:0.0} s after the last import answered).");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Ratio yearly reports / enterprises: {reports.Elapsed.TotalSeconds / enterprises.Elapsed.TotalSeconds:0.00}×.");
        text.AppendLine();
        text.AppendLine("The registry's 规上 filter over the latest accepted report (a page of 20 and the total, as the list asks), median of 5 after one:");
        text.AppendLine();
        text.AppendLine("| Verdict | Enterprises | Page + count |");
        text.AppendLine("|---|---:|---:|");
        foreach (var (verdict, total, ms) in sizeFilter) text.AppendLine(CultureInfo.InvariantCulture, $"| {verdict} | {total:N0} | {ms:0} ms |");
        Console.WriteLine(text);
        if (options.Output is { } output) await File.AppendAllTextAsync(output, text.ToString());
        return enterprises.Failed + reports.Failed + background.Failed == 0 ? 0 : 1;
    }

    private static void Line(StringBuilder text, string name, (TimeSpan Elapsed, int Files, int Failed) run, int rows, double rssKb) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {run.Files} | {run.Elapsed.TotalSeconds:0.0} s | {rows / run.Elapsed.TotalSeconds:N0} | {rssKb / 1024:N0} MB |");

    /// <summary>A valid credit code of GB 32100-2015, distinct for every number.</summary>
    /// <summary>The sectors the enterprises are spread over: industry mostly, then services, construction, real estate, farming.</summary>
    private static readonly string[] Sectors = ["C3812", "C3812", "C3812", "C3812", "C3812", "C29", "I65", "E47", "K7010", "A01"];

    /// <summary>The 建筑业 / 房地产 declaration of the report: yes, no, or left out, in turn.</summary>
    private static string? Declared(int i) => (i % 10) is 7 or 8 ? (i % 3) switch { 0 => "是", 1 => "否", _ => null } : null;

    /// <summary>Each verdict of the list's 规上 filter: the total it finds and the median time of the list call over HTTP.</summary>
    private static async Task<List<(string Verdict, int Total, double Ms)>> SizeFilterAsync(HttpClient http)
    {
        var results = new List<(string, int, double)>();
        foreach (var verdict in new[] { "Above", "Below", "Declaration", "Unknown", "OutOfScope" })
        {
            var url = $"/api/enterprises?aboveSize={verdict}&pageSize=20";
            var total = (await http.GetFromJsonAsync<JsonElement>(url)).GetProperty("total").GetInt32();
            var times = new List<double>();
            for (var run = 0; run < 5; run++)
            {
                var timer = Stopwatch.StartNew();
                using var response = await http.GetAsync(url);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times.Add(timer.Elapsed.TotalMilliseconds);
            }
            results.Add((verdict, total, times.Order().ElementAt(times.Count / 2)));
        }
        return results;
    }

    private static string Code(int number)
    {
        var body = "91410400" + number.ToString("D9", CultureInfo.InvariantCulture);
        return body + CreditCode.CheckCharacter(body);
    }

    private static async Task<IReadOnlyList<string>> HeadersAsync(HttpClient http, string template)
    {
        await using var stream = await http.GetStreamAsync(template);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        buffer.Position = 0;
        return [.. XlsxReader.Read(buffer, 10).Headers.Select(h => h.TrimEnd('*'))];
    }

    /// <summary>Polls each run's progress until it is done or failed (every second, as the page does more often).</summary>
    private static async Task<(TimeSpan Elapsed, int Failed)> WaitForRunsAsync(HttpClient http, List<(Guid Id, Stopwatch Since)> runs)
    {
        var failed = 0;
        foreach (var (id, _) in runs)
            while (true)
            {
                var run = await http.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
                var state = run.GetProperty("state").GetString();
                if (state is "Done" or "Failed")
                {
                    if (state == "Failed") failed++;
                    Console.WriteLine($"run {id}: {state} ({run.GetProperty("done").GetInt32()} / {run.GetProperty("total").GetInt32()})");
                    break;
                }
                await Task.Delay(1000);
            }
        return (runs.Count > 0 ? runs[0].Since.Elapsed : TimeSpan.Zero, failed);
    }

    private static async Task<((TimeSpan Elapsed, int Files, int Failed) Run, List<(Guid Id, Stopwatch Since)> Runs)> UploadAllAsync(HttpClient http,
        string url, string sheet, IReadOnlyList<string> headers, IReadOnlyList<string> codes, Func<string, int, object?[]> row)
    {
        var runs = new List<(Guid Id, Stopwatch Since)>();
        // The files are written before the clock starts: what is measured is the server's work.
        var files = codes.Select((code, i) => (code, i)).Chunk(RowsPerFile)
            .Select(chunk => XlsxWriter.ToBytes(sheet, headers, chunk.Select(x => (IReadOnlyList<object?>)row(x.code, x.i)))).ToList();
        var (timer, failed) = (Stopwatch.StartNew(), 0);
        var sent = Stopwatch.StartNew();
        foreach (var (bytes, k) in files.Select((b, k) => (b, k)))
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(XlsxWriter.ContentType);
            var fileTimer = Stopwatch.StartNew();
            using var response = await http.PostAsync(url, new MultipartFormDataContent { { file, "file", $"{sheet}-{k + 1}.xlsx" } });
            var body = await response.Content.ReadAsStringAsync();
            Console.WriteLine($"{url} file {k + 1}/{files.Count}: {(int)response.StatusCode} in {fileTimer.Elapsed.TotalSeconds:0.0} s");
            if (!response.IsSuccessStatusCode)
            {
                failed++;
                Console.WriteLine(body.Length > 600 ? body[..600] : body);
            }
            else if (JsonDocument.Parse(body).RootElement.TryGetProperty("runId", out var run) && run.ValueKind == JsonValueKind.String)
                runs.Add((run.GetGuid(), sent));
        }
        return ((timer.Elapsed, files.Count, failed), runs);
    }
}

/// <summary>The server's peak resident memory (VmRSS sampled every 0.5 s from /proc), per phase of a run.</summary>
public sealed class PeakMemory(int? pid)
{
    private double _peak;

    public async Task RunAsync(CancellationToken stop)
    {
        if (pid is null) return;
        while (!stop.IsCancellationRequested)
        {
            if (!File.Exists($"/proc/{pid}/status"))
            {
                Console.WriteLine($"The host (process {pid}) has exited.");
                return;
            }
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
                _peak = Math.Max(_peak, double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
            try { await Task.Delay(500, stop); } catch (TaskCanceledException) { }
        }
    }

    /// <summary>The peak since the last call, in kB.</summary>
    public double TakePeak()
    {
        var peak = _peak;
        _peak = 0;
        return peak;
    }
}
