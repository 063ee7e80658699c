using System.Diagnostics;
using System.Net;
using Torchbase.Domain.Enterprises;
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
            var layout = await EnterpriseImportFiles.LayoutAsync(bureau);

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
                bool answered;
                (host, bureau, answered) = await KillDuringAsync(host, database,
                    bureau.Http.PostAsync("/api/enterprises/import", Workbook(layout, batch: k + 1)), duration * KillAt[k]);
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
                bool answered;
                (host, bureau, answered) = await KillDuringAsync(host, database,
                    bureau.PostAsJsonAsync("/api/points/runs", new { year = years[k + 1] }), duration * KillAt[k]);
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

    /// <summary>
    /// Lets the call run for a while, kills the host (SIGKILL) and starts it again on the same database.
    /// Answered: whether the call's answer came before the kill (a kill after it tests nothing).
    /// </summary>
    private static async Task<(HostProcess Host, ApiClient Bureau, bool Answered)> KillDuringAsync(
        HostProcess host, DrillDatabase database, Task<HttpResponseMessage> call, TimeSpan after)
    {
        await Task.Delay(after);
        var answered = call.IsCompleted;
        host.Kill();
        await Task.WhenAny(call); // observed, so its connection error is not left unobserved
        await host.DisposeAsync();
        var restarted = await HostProcess.StartAsync(database);
        return (restarted, await restarted.SignInAsync("bureau"), answered);
    }

    /// <summary>New enterprises only, with codes no other batch uses: a batch that landed adds exactly its rows.</summary>
    private static MultipartFormDataContent Workbook(EnterpriseImportFiles.Layout layout, int batch)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        return EnterpriseImportFiles.Upload(layout, Enumerable.Range(0, ImportRows).Select(i =>
        {
            var serial = batch * ImportRows + i;
            var digits = new char[9];
            for (var d = 8; d >= 0; d--, serial /= alphabet.Length) digits[d] = alphabet[serial % alphabet.Length];
            var body = "91410499" + new string(digits);
            return EnterpriseImportFiles.Row(body + CreditCode.CheckCharacter(body), $"断电演练{batch}批{i}号科技有限公司", layout.Park, layout.Chain);
        }));
    }

    private static Task<long> EnterpriseCountAsync(DrillDatabase database) => database.ScalarAsync("SELECT count(*) FROM \"Enterprises\"");

    private sealed record BoardSize(long Run, long Scores);

    /// <summary>What the year's run row says it scored (0 without one), and how many score rows the year holds.</summary>
    private static async Task<BoardSize> BoardSizeAsync(DrillDatabase database, int year) => new(
        await database.ScalarAsync($"SELECT coalesce(sum(\"Enterprises\"), 0) FROM \"PointsRuns\" WHERE \"Year\" = {year}"),
        await database.ScalarAsync($"SELECT count(*) FROM \"EnterpriseScores\" WHERE \"Year\" = {year}"));
}
