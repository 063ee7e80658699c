using System.Diagnostics;
using System.Net;
using Torchbase.Load;

// A load generator for a running Torchbase on loopback: signs in as demo users, runs a weighted mix of calls from
// several workers for a while, and writes latency percentiles, errors and the server's memory as Markdown.
//   dotnet run -c Release --project bench/Torchbase.Load -- --url http://127.0.0.1:5090 --seconds 60 --workers 16 --scenario mix --pid 1234
var options = LoadOptions.Parse(args);
if (options.Scenario == "import")
    return await ImportRun.RunAsync(options, options.Rows, options.Label ?? "import");
if (options.Scenario == "after-write")
    return await AfterWrite.RunAsync(options);
Console.WriteLine($"Load: {options.Scenario} against {options.Url} for {options.Seconds} s with {options.Workers} workers");

var users = new Dictionary<string, Session>();
foreach (var name in Scenarios.UsersOf(options.Scenario))
    users[name] = await Session.SignInAsync(options.Url, name, options.Password);
var catalogue = await Catalogue.LoadAsync(users.Values.First());
Console.WriteLine($"Signed in {users.Count} users; {catalogue.EnterpriseIds.Count} enterprise ids sampled");

var operations = Scenarios.Build(options.Scenario, users, catalogue);
var recorder = new Recorder();
var memory = new MemorySampler(options.Pid);
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
var started = Stopwatch.StartNew();
var workers = Enumerable.Range(0, options.Workers).Select(worker => Task.Run(async () =>
{
    var random = new Random(worker);
    while (!stop.IsCancellationRequested)
    {
        var operation = operations.Pick(random);
        var timer = Stopwatch.StartNew();
        HttpStatusCode? status = null;
        try
        {
            using var response = await operation.Run(random, CancellationToken.None);
            status = response.StatusCode;
            await response.Content.CopyToAsync(Stream.Null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }
        recorder.Record(operation.Name, timer.Elapsed.TotalMilliseconds, status);
    }
})).ToList();
var sampling = memory.RunAsync(stop.Token);
await Task.WhenAll(workers);
await sampling;

var report = recorder.Markdown(options, started.Elapsed, memory);
Console.WriteLine(report);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report);
    Console.WriteLine($"Written to {output}");
}
return recorder.Errors > 0 ? 1 : 0;
