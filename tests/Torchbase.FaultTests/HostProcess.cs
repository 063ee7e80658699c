using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Torchbase.Tests;

namespace Torchbase.FaultTests;

/// <summary>
/// The platform as an operator runs it: its own process, started from the build output on a database of its own, and
/// killed the hard way (SIGKILL: no shutdown hooks, no flushing) when a drill says so.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200) _output.RemoveAt(0);
        }
    }

    public Uri Url { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The host built with the same configuration as these tests (Release in CI).</summary>
    private static string HostDll { get; } = Path.Combine(RepositoryRoot, "src", "Torchbase", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug",
        "net10.0", "Torchbase.dll");

    /// <summary>Starts a host on the database; <paramref name="settings"/> are set in its environment over the drill's defaults.</summary>
    public static async Task<HostProcess> StartAsync(DrillDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Launch(database, "serve", "--urls", url.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) process.StartInfo.Environment[key] = value;
        var host = new HostProcess(process, url);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (host.HasExited) throw new InvalidOperationException($"The host exited on start:\n{host.Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return host;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        await host.DisposeAsync();
        throw new TimeoutException($"The host did not answer /health within 5 minutes:\n{host.Output}");
    }

    /// <summary>Runs a command of the host to its end (seed, migrate…).</summary>
    public static async Task RunAsync(DrillDatabase database, string command)
    {
        await using var host = new HostProcess(Launch(database, command), new Uri("http://127.0.0.1"));
        await host._process.WaitForExitAsync();
        if (host._process.ExitCode != 0) throw new InvalidOperationException($"torchbase {command} exited with {host._process.ExitCode}:\n{host.Output}");
    }

    public async Task<ApiClient> SignInAsync(string userName)
    {
        var client = new ApiClient(new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Url, Timeout = TimeSpan.FromMinutes(5),
        });
        await client.RefreshAntiforgeryAsync();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Demo@12345" })).EnsureSuccessStatusCode();
        await client.RefreshAntiforgeryAsync();
        return client;
    }

    /// <summary>SIGKILL: the process ends where it stands, mid-statement if it is in one.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(60)); }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Process Launch(DrillDatabase database, params string[] arguments)
    {
        if (!File.Exists(HostDll)) throw new FileNotFoundException($"Build the host first (dotnet build): {HostDll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = database.Folder };
        start.ArgumentList.Add(HostDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Torchbase__Database__Provider"] = database.Provider;
        start.Environment[$"ConnectionStrings__{database.Provider}"] = database.ConnectionString;
        start.Environment["Torchbase__DataProtection__KeysFolder"] = Path.Combine(database.Folder, "keys");
        start.Environment["Torchbase__Security__LoginsPerMinute"] = "10000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return new Process { StartInfo = start };
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Torchbase.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Torchbase.slnx not found above " + AppContext.BaseDirectory);
    }
}
