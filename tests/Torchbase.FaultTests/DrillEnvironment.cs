using Npgsql;

namespace Torchbase.FaultTests;

/// <summary>A database a drill's host runs on: a copy of the seeded demo, so every drill starts from the same zone.</summary>
public sealed record DrillDatabase(string Provider, string ConnectionString, string Folder)
{
    /// <summary>Reads the database itself, past the API: what is there after a kill, whether the API would show it or not.</summary>
    public async Task<long> ScalarAsync(string sql) => Convert.ToInt64((await RowsAsync(sql)).FirstOrDefault()?[0] ?? 0L);

    /// <summary>The rows a query returns, each as its column values.</summary>
    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = Provider == DrillEnvironment.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}

/// <summary>
/// What the drills share: a PostgreSQL cluster of their own (they restart it, so it cannot be the API tests' one), and
/// one demo database per provider, seeded once by the host's own <c>seed</c> command and copied for each drill.
/// </summary>
public sealed class DrillEnvironment : IAsyncLifetime, IDisposable
{
    /// <summary>TORCHBASE_DRILL_PG_PORT, or a port free when the drills start (a cluster left running elsewhere is no obstacle).</summary>
    internal static readonly int PostgresPort =
        int.TryParse(Environment.GetEnvironmentVariable("TORCHBASE_DRILL_PG_PORT"), out var port) ? port : HostProcess.FreePort();
    private readonly string _root = Directory.CreateTempSubdirectory("torchbase-drills-").FullName;
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private readonly Dictionary<string, DrillDatabase> _templates = [];
    private string? _postgresFolder;
    private int _copies;

    public void Dispose() => _seeding.Dispose();

    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public async Task InitializeAsync() => _postgresFolder = (await Bash("start", PostgresPort.ToString())).Trim();

    public async Task DisposeAsync()
    {
        if (_postgresFolder is not null) await Bash("stop", _postgresFolder);
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private static string PostgresServer => $"Host=127.0.0.1;Port={PostgresPort};Username=torchbase";

    /// <summary>A fresh copy of the seeded demo on the provider.</summary>
    public async Task<DrillDatabase> CopyAsync(string provider)
    {
        var template = await TemplateAsync(provider);
        var name = $"drill{Interlocked.Increment(ref _copies)}";
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        if (provider == Sqlite)
        {
            var file = Path.Combine(folder, "torchbase.db");
            foreach (var suffix in new[] { "", "-wal" })
                if (File.Exists(Path.Combine(template.Folder, "torchbase.db" + suffix)))
                    File.Copy(Path.Combine(template.Folder, "torchbase.db" + suffix), file + suffix);
            return new DrillDatabase(Sqlite, $"Data Source={file}", folder);
        }
        await using var connection = new NpgsqlConnection(PostgresServer + ";Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE drill_template", connection);
        await create.ExecuteNonQueryAsync();
        return new DrillDatabase(Postgres, $"{PostgresServer};Database={name}", folder);
    }

    /// <summary>pg_ctl restart -m fast: every connection is cut, the server is back a moment later on the same port.</summary>
    public Task RestartPostgresAsync() => Bash("restart", _postgresFolder!);

    private async Task<DrillDatabase> TemplateAsync(string provider)
    {
        await _seeding.WaitAsync();
        try
        {
            if (_templates.TryGetValue(provider, out var template)) return template;
            var folder = Directory.CreateDirectory(Path.Combine(_root, "template-" + provider)).FullName;
            template = provider == Sqlite
                ? new DrillDatabase(Sqlite, $"Data Source={Path.Combine(folder, "torchbase.db")};Pooling=false", folder)
                : new DrillDatabase(Postgres, $"{PostgresServer};Database=drill_template;Pooling=false", folder);
            await HostProcess.RunAsync(template, "seed");
            return _templates[provider] = template;
        }
        finally
        {
            _seeding.Release();
        }
    }

    /// <summary>Runs <c>scripts/postgres.sh</c> with the arguments; its standard output.</summary>
    internal static async Task<string> Bash(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(HostProcess.RepositoryRoot, "scripts", "postgres.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"scripts/postgres.sh {string.Join(' ', arguments)}: {error}");
        return output;
    }
}

[CollectionDefinition(Name)]
public sealed class DrillCollection : ICollectionFixture<DrillEnvironment>
{
    public const string Name = "drills";
}
