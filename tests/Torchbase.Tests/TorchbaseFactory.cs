using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Torchbase.Data;

namespace Torchbase.Tests;

/// <summary>
/// The real host on a real database: SQLite by default, PostgreSQL when TORCHBASE_TEST_DB=Postgres (the connection to a
/// server comes from TORCHBASE_TEST_POSTGRES; each run gets a database of its own, dropped afterwards). A small demo
/// zone is generated into it, as on a first start. The host's clock is <see cref="Clock"/>, a fake one standing at
/// <see cref="Start"/>: the demo's "today" and "this year", and every date the server stamps, are the same in every run.
/// </summary>
public class TorchbaseFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DatabaseProvider Provider =
        Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("TORCHBASE_TEST_DB") ?? "Sqlite", ignoreCase: true);

    private readonly string _folder = Directory.CreateTempSubdirectory("torchbase-tests-").FullName;
    private readonly string _database = $"torchbase_test_{Guid.NewGuid():N}";
    private readonly string? _sqliteFile;
    /// <summary>The host that made the database and drops it; null for this one.</summary>
    private readonly TorchbaseFactory? _sharesWith;
    private string? _postgresServer;

    public TorchbaseFactory() { }

    /// <summary>
    /// A second host on the database of <paramref name="first"/> (started first), with a folder of its own: nothing but the
    /// database is shared, as between two machines behind a load balancer. The first host drops the database.
    /// </summary>
    protected TorchbaseFactory(TorchbaseFactory first)
    {
        _sharesWith = first;
        _database = first._database;
        _sqliteFile = first.SqliteFile;
    }

    internal string SqliteFile => _sqliteFile ?? Path.Combine(_folder, "test.db");

    /// <summary>Monday 23 November 2026, 10:00 China time: a working day late in the demo year, a month before its end.</summary>
    /// <remarks>In UTC, as a real clock's GetUtcNow gives it: PostgreSQL stores instants with offset 0 only.</remarks>
    public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    /// <summary>The host's TimeProvider. Tests read "today" from it and advance it where time has to pass.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>False for a host on an empty (migrated) database, e.g. to restore a backup into.</summary>
    protected virtual bool LoadDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Torchbase:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={SqliteFile}");
        builder.UseSetting("Torchbase:Demo:Enabled", LoadDemo ? "true" : "false");
        builder.UseSetting("Torchbase:Demo:EnterpriseCount", "150");
        builder.UseSetting("Torchbase:Demo:Seed", "7");
        builder.UseSetting("Torchbase:Security:LoginsPerMinute", "100000");
        // The deadline job runs when a test calls it: on a fake clock a periodic run would fire in the middle of the test
        // that advances the clock, racing it.
        builder.UseSetting("Torchbase:ServiceDesk:JobIntervalMinutes", "0");
        builder.UseSetting("Torchbase:Cultivation:RenewalReminderHours", "0");
        builder.UseSetting("Torchbase:Energy:AlertIntervalMinutes", "0");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
        if (Provider == DatabaseProvider.Postgres)
        {
            _postgresServer = Environment.GetEnvironmentVariable("TORCHBASE_TEST_POSTGRES")
                ?? throw new InvalidOperationException("TORCHBASE_TEST_DB=Postgres needs TORCHBASE_TEST_POSTGRES (a connection string to a server).");
            builder.UseSetting("ConnectionStrings:Postgres", new NpgsqlConnectionStringBuilder(_postgresServer) { Database = _database }.ConnectionString);
        }
    }

    /// <summary>Program's own start-up migrates the database and loads the demo zone, as `torchbase serve` does.</summary>
    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    public async Task<ApiClient> SignInAsync(string userName, string password = Demo.DemoSeeder.DemoPassword)
    {
        var client = await AnonymousAsync();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        await client.RefreshAntiforgeryAsync();
        return client;
    }

    public async Task<ApiClient> AnonymousAsync()
    {
        var client = new ApiClient(CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        await client.RefreshAntiforgeryAsync();
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresServer is not null && _sharesWith is null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Another host on the database of a first one (see the constructor it calls).</summary>
public sealed class SecondHostFactory(TorchbaseFactory first) : TorchbaseFactory(first);

/// <summary>The real host on an empty database of its own (migrated, roles only, no demo data).</summary>
public sealed class EmptyTorchbaseFactory : TorchbaseFactory
{
    protected override bool LoadDemo => false;
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<TorchbaseFactory>
{
    public const string Name = "host";
}
