using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Torchbase.Domain.Enterprises;
using Torchbase.Spreadsheets;
using Torchbase.Tests;
using Xunit.Abstractions;

namespace Torchbase.FaultTests;

/// <summary>
/// The process is killed (SIGKILL) while it writes a large import and while it scores a zone; after a restart the
/// database holds all of the work or none of it, never a part. The kill times are fractions of the time the same
/// work took undisturbed on the same machine, and a drill only counts a kill that came before the answer.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class KillMidWriteDrills(DrillEnvironment environment, ITestOutputHelper log)
{
    private const int ImportRows = 10_000;
    private static readonly double[] KillAt = [0.15, 0.4, 0.65, 0.9];

    [Theory]
    [InlineData(DrillEnvironment.Sqlite)]
    [InlineData(DrillEnvironment.Postgres)]
    public async Task An_import_killed_midway_leaves_all_or_none_of_its_rows(string provider)
    {
        var database = await environment.CopyAsync(provider);
        var host = await HostProcess.StartAsync(database);
        try
        {
            var bureau = await host.SignInAsync("bureau");
            var layout = await ImportLayoutAsync(bureau);

            // Undisturbed, to know how long the work takes and that it does what the drill expects.
            var before = await EnterpriseCountAsync(database);
            var timer = Stopwatch.StartNew();
            var whole = await bureau.Http.PostAsync("/api/enterprises/import", Workbook(layout, batch: 0));
            var duration = timer.Elapsed;
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            Assert.Equal(before + ImportRows, await EnterpriseCountAsync(database));
            log.WriteLine($"{provider}: {ImportRows:N0} rows imported undisturbed in {duration.TotalSeconds:F1} s");

            var midway = 0;
            for (var k = 0; k < KillAt.Length; k++)
            {
                before = await EnterpriseCountAsync(database);
                var upload = Workbook(layout, batch: k + 1);
                var call = bureau.Http.PostAsync("/api/enterprises/import", upload);
                await Task.Delay(duration * KillAt[k]);
                var answered = call.IsCompleted;
                host.Kill();
                await Task.WhenAny(call);

                await host.DisposeAsync();
                host = await HostProcess.StartAsync(database);
                bureau = await host.SignInAsync("bureau");
                var after = await EnterpriseCountAsync(database);
                var outcome = after == before ? "none" : after == before + ImportRows ? "all" : $"PART: {after - before} rows";
                log.WriteLine($"{provider}: killed at {KillAt[k]:P0} of the run ({(answered ? "after" : "before")} the answer): {outcome}");
                Assert.True(after == before || after == before + ImportRows, $"{after - before} of {ImportRows} rows were left after the kill");
                if (!answered) midway++;
            }
            Assert.True(midway >= 2, $"only {midway} kills came before the answer: the drill did not test a kill mid-import");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(DrillEnvironment.Sqlite)]
    [InlineData(DrillEnvironment.Postgres)]
    public async Task A_scoring_run_killed_midway_leaves_the_whole_board_or_none_of_it(string provider)
    {
        var database = await environment.CopyAsync(provider);
        var host = await HostProcess.StartAsync(database);
        try
        {
            var bureau = await host.SignInAsync("bureau");
            // Years no run has scored yet, one per attempt: each starts from an empty board.
            var years = new List<int>();
            for (var y = DateTime.UtcNow.Year; years.Count <= KillAt.Length; y--)
                if ((await BoardSizeAsync(database, y)).Scores == 0) years.Add(y);

            var timer = Stopwatch.StartNew();
            var whole = await bureau.PostAsJsonAsync("/api/points/runs", new { year = years[0] });
            var duration = timer.Elapsed;
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            var board = await BoardSizeAsync(database, years[0]);
            Assert.True(board.Run > 0 && board.Scores == board.Run, $"undisturbed run: {board}");
            log.WriteLine($"{provider}: {board.Run:N0} enterprises scored undisturbed in {duration.TotalMilliseconds:F0} ms");

            var midway = 0;
            for (var k = 0; k < KillAt.Length; k++)
            {
                var call = bureau.PostAsJsonAsync("/api/points/runs", new { year = years[k + 1] });
                await Task.Delay(duration * KillAt[k]);
                var answered = call.IsCompleted;
                host.Kill();
                await Task.WhenAny(call);

                await host.DisposeAsync();
                host = await HostProcess.StartAsync(database);
                bureau = await host.SignInAsync("bureau");
                var after = await BoardSizeAsync(database, years[k + 1]);
                var outcome = after.Run == 0 && after.Scores == 0 ? "none" : after.Run > 0 && after.Scores == after.Run ? "all" : $"PART: {after}";
                log.WriteLine($"{provider}: killed at {KillAt[k]:P0} of the run ({(answered ? "after" : "before")} the answer): {outcome}");
                Assert.True(after.Scores == after.Run, $"the run row says {after.Run} enterprises, the board holds {after.Scores} scores");
                if (!answered) midway++;
            }
            Assert.True(midway >= 2, $"only {midway} kills came before the answer: the drill did not test a kill mid-run");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private sealed record ImportLayout(IReadOnlyList<string> Headers, string Park, string Chain);

    private static async Task<ImportLayout> ImportLayoutAsync(ApiClient client)
    {
        var template = XlsxReader.Read(await (await client.GetAsync("/api/enterprises/import/template")).Content.ReadAsStreamAsync(), 10);
        var zones = await client.GetJsonAsync<JsonElement>("/api/org/zones");
        var chains = await client.GetJsonAsync<JsonElement>("/api/org/industry-chains");
        return new ImportLayout(template.Headers, zones[0].GetProperty("parks")[0].GetProperty("name").GetString()!,
            chains[0].GetProperty("name").GetString()!);
    }

    /// <summary>New enterprises only, with codes no other batch uses: a batch that landed adds exactly its rows.</summary>
    private static MultipartFormDataContent Workbook(ImportLayout layout, int batch)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var rows = Enumerable.Range(0, ImportRows).Select(i =>
        {
            var serial = batch * ImportRows + i;
            var digits = new char[9];
            for (var d = 8; d >= 0; d--, serial /= alphabet.Length) digits[d] = alphabet[serial % alphabet.Length];
            var body = "91410499" + new string(digits);
            return new object?[]
            {
                body + CreditCode.CheckCharacter(body), $"断电演练{batch}批{i}号科技有限公司", layout.Park, layout.Chain, "演练产品", "小型",
                "2021-03-15", "高新区科技路1号", "李四", "王五", "13900001111",
            };
        }).ToArray();
        var file = new ByteArrayContent(XlsxWriter.ToBytes("企业", layout.Headers, rows));
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxWriter.ContentType);
        return new MultipartFormDataContent { { file, "file", "enterprises.xlsx" } };
    }

    private static Task<long> EnterpriseCountAsync(DrillDatabase database) => database.ScalarAsync("SELECT count(*) FROM \"Enterprises\"");

    private sealed record BoardSize(long Run, long Scores);

    /// <summary>What the year's run row says it scored (0 without one), and how many score rows the year holds.</summary>
    private static async Task<BoardSize> BoardSizeAsync(DrillDatabase database, int year) => new(
        await database.ScalarAsync($"SELECT coalesce(sum(\"Enterprises\"), 0) FROM \"PointsRuns\" WHERE \"Year\" = {year}"),
        await database.ScalarAsync($"SELECT count(*) FROM \"EnterpriseScores\" WHERE \"Year\" = {year}"));
}
