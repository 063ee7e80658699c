using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using Torchbase.Tests;

namespace Torchbase.FaultTests;

/// <summary>One call of a drill's load: when it started, how long it took, whether it was a write and its answer (0: none).</summary>
public sealed record DrillCall(TimeSpan At, TimeSpan Took, bool Write, string? Title, int Status)
{
    public bool Answered2xx => Status is >= 200 and < 300;
}

/// <summary>
/// The steady mix of reads and writes a drill keeps up while it breaks something: workers that list enterprises as the
/// bureau and submit service requests as an enterprise, each request titled so the drill can find it in the database.
/// </summary>
public sealed class DrillLoad
{
    private readonly ConcurrentQueue<DrillCall> _calls = new();
    private volatile bool _stopping;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Task> _workers;

    /// <param name="writeOneIn">One call in this many is a write, at random (seeded per worker).</param>
    public DrillLoad(ApiClient enterprise, ApiClient bureau, string prefix, string description, int workers, int writeOneIn)
    {
        Prefix = prefix;
        _workers = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var n = 0; !_stopping; n++)
            {
                var write = random.Next(writeOneIn) == 0;
                var title = write ? $"{prefix}{worker}-{n}" : null;
                var started = _clock.Elapsed;
                int status;
                try
                {
                    using var response = write
                        ? await enterprise.PostAsJsonAsync("/api/service/requests", new { title, description, category = "Policy", urgency = "Normal" })
                        : await bureau.GetAsync($"/api/enterprises?page={random.Next(1, 20)}&pageSize=20");
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0; // no answer at all
                }
                _calls.Enqueue(new DrillCall(started, _clock.Elapsed - started, write, title, status));
            }
        })).ToList();
    }

    public string Prefix { get; }

    /// <summary>Time since the load started, on the clock the calls are stamped with.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>
    /// Waits until this many calls that match have been answered (or the limit passes: the drill's assertions then say what is
    /// missing). A busy machine answers slowly, so a drill waits for calls, not for seconds.
    /// </summary>
    public async Task WaitForAsync(Func<DrillCall, bool> match, int count, TimeSpan limit)
    {
        for (var deadline = _clock.Elapsed + limit; _calls.Count(match) < count && _clock.Elapsed < deadline;)
            await Task.Delay(100);
    }

    /// <summary>Stops the workers once their calls in flight are answered; every call made.</summary>
    public async Task<IReadOnlyList<DrillCall>> StopAsync()
    {
        _stopping = true;
        await Task.WhenAll(_workers);
        return [.. _calls];
    }

    /// <summary>Answers counted by status, e.g. "0×1, 200×40, 201×12".</summary>
    public static string Describe(IEnumerable<DrillCall> calls) =>
        string.Join(", ", calls.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));

    /// <summary>The drill's requests in a PostgreSQL database, by title, with how many times each is stored.</summary>
    public async Task<Dictionary<string, int>> StoredAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Title\", count(*) FROM \"ServiceRequests\" WHERE \"Title\" LIKE @prefix GROUP BY \"Title\"", connection);
        command.Parameters.AddWithValue("prefix", Prefix + "%");
        var titles = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) titles[reader.GetString(0)] = (int)reader.GetInt64(1);
        return titles;
    }

    /// <summary>
    /// Every write answered 2xx is stored exactly once, and nothing is stored twice — answered or not (a write committed by a
    /// host that died before it could answer is there once). Returns how many writes were answered.
    /// </summary>
    public static int AssertNoAnsweredWriteLostOrDoubled(IReadOnlyList<DrillCall> calls, IReadOnlyDictionary<string, int> stored)
    {
        var answered = calls.Where(c => c.Write && c.Answered2xx).Select(c => c.Title!).ToList();
        Assert.NotEmpty(answered);
        Assert.All(answered, title => Assert.Equal(1, stored.GetValueOrDefault(title)));
        Assert.All(stored, s => Assert.Equal(1, s.Value));
        Assert.Empty(stored.Keys.Except(calls.Where(c => c.Write).Select(c => c.Title!)));
        return answered.Count;
    }
}
