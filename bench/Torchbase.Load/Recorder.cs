using System.Globalization;
using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Torchbase.Load;

/// <summary>Every call's latency and outcome, per operation; percentiles are computed at the end from all samples.</summary>
public sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public int Errors => _errors.Values.Sum();

    public void Record(string operation, double milliseconds, HttpStatusCode? status)
    {
        _latencies.GetOrAdd(operation, _ => []).Add(milliseconds);
        if (status is null || (int)status >= 400)
        {
            var code = status is null ? "no answer" : ((int)status).ToString(CultureInfo.InvariantCulture);
            _errors.AddOrUpdate($"{operation} {code}", 1, (_, n) => n + 1);
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public string Markdown(LoadOptions options, TimeSpan elapsed, MemorySampler memory)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Scenario `{options.Scenario}`, {options.Workers} workers, {elapsed.TotalSeconds:F0} s, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine("| Operation | Calls | Calls/s | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var all = new List<double>();
        foreach (var (name, bag) in _latencies.OrderBy(p => p.Key))
        {
            var sorted = bag.Order().ToList();
            all.AddRange(sorted);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {sorted.Count} | {sorted.Count / elapsed.TotalSeconds:F0} | {Percentile(sorted, 50):F1} | " +
                $"{Percentile(sorted, 95):F1} | {Percentile(sorted, 99):F1} | {sorted[^1]:F1} |");
        }
        all.Sort();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **all** | {all.Count} | {all.Count / elapsed.TotalSeconds:F0} | {Percentile(all, 50):F1} | {Percentile(all, 95):F1} | " +
            $"{Percentile(all, 99):F1} | {(all.Count > 0 ? all[^1] : 0):F1} |");
        text.AppendLine();
        text.AppendLine(Errors == 0 ? "Errors: none." : $"Errors: {string.Join(", ", _errors.Select(e => $"{e.Key} × {e.Value}"))}.");
        if (memory.Samples.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Server memory (RSS): first {memory.Samples[0] / 1024:F0} MB, max {memory.Samples.Max() / 1024:F0} MB, last " +
                $"{memory.Samples[^1] / 1024:F0} MB over {memory.Samples.Count} samples.");
            // The trend: the highest RSS in each tenth of the run (stable memory flattens out, a leak keeps climbing).
            var tenths = Enumerable.Range(0, 10).Select(i => memory.Samples.Skip(i * memory.Samples.Count / 10).Take(Math.Max(1, memory.Samples.Count / 10)))
                .Where(slice => slice.Any()).Select(slice => $"{slice.Max() / 1024:F0}");
            text.AppendLine(CultureInfo.InvariantCulture, $"RSS by tenth of the run (MB): {string.Join(" → ", tenths)}.");
        }
        return text.ToString();
    }
}

/// <summary>The server's resident memory every 5 s, read from /proc (Linux), in kB.</summary>
public sealed class MemorySampler(int? pid)
{
    public List<double> Samples { get; } = [];

    public async Task RunAsync(CancellationToken stop)
    {
        if (pid is null) return;
        while (!stop.IsCancellationRequested)
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null) Samples.Add(double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
            try { await Task.Delay(TimeSpan.FromSeconds(5), stop); } catch (TaskCanceledException) { }
        }
    }
}
