using System.Diagnostics;
using System.Net.Sockets;

namespace Torchbase.FaultTests;

/// <summary>
/// Debian's <c>mosquitto</c> as an operator runs it: a config file and a persistence folder of its own (in a temp folder), on a
/// loopback port. A restart is SIGTERM — mosquitto writes its persistence file, queued QoS-1 messages included — then the
/// same config again on the same port.
/// </summary>
public sealed class Mosquitto : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("torchbase-mosquitto-").FullName;
    private readonly List<string> _output = [];
    private Process? _process;

    private Mosquitto(int port) => Port = port;

    public int Port { get; }

    public static string Executable => File.Exists("/usr/sbin/mosquitto") ? "/usr/sbin/mosquitto" : "mosquitto";

    public static async Task<Mosquitto> StartAsync()
    {
        var broker = new Mosquitto(HostProcess.FreePort());
        File.WriteAllText(Path.Combine(broker._folder, "mosquitto.conf"), string.Join('\n',
            $"listener {broker.Port} 127.0.0.1",
            "allow_anonymous true",
            "persistence true",
            $"persistence_location {broker._folder}/",
            "max_queued_messages 100000",
            "max_inflight_messages 20",
            // Run as root (CI), mosquitto would otherwise drop to a user that cannot write the temp folder.
            $"user {Environment.UserName}",
            "log_dest stdout",
            ""));
        await broker.LaunchAsync();
        return broker;
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(40)); }
    }

    /// <summary>SIGTERM (as systemctl stop does), waits for the exit, and starts the broker again on the same port.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await StopAsync();
        await Task.Delay(down);
        await LaunchAsync();
    }

    private async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        _process.Dispose();
        _process = null;
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", Path.Combine(_folder, "mosquitto.conf") }) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (process.HasExited) throw new InvalidOperationException($"mosquitto exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
            }
        }
        throw new TimeoutException($"mosquitto did not listen on {Port} within 15 s:\n{Output}");
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

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (OperationCanceledException)
        {
            _process?.Kill();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
