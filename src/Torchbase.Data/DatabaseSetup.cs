using Microsoft.EntityFrameworkCore;
using Torchbase.Identity;

namespace Torchbase.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/torchbase.db";
    /// <summary>Each provider's migrations are an assembly of their own, referenced by the host.</summary>
    public const string SqliteMigrations = "Torchbase.Migrations.Sqlite";
    public const string PostgresMigrations = "Torchbase.Migrations.Postgres";

    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Torchbase:Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    /// <summary>Registers AppDbContext on the configured provider (Torchbase:Database:Provider = Sqlite | Postgres).</summary>
    public static IServiceCollection AddTorchbaseDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IDataScopeAccessor, HttpDataScope>();
        services.AddSingleton<DataChangeSignals>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddSingleton<FigureCache>();
        services.Configure<FigureCacheOptions>(configuration.GetSection("Torchbase:FigureCache"));

        switch (ProviderOf(configuration))
        {
            case DatabaseProvider.Postgres:
                var postgres = configuration.GetConnectionString("Postgres")
                    ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Torchbase:Database:Provider is Postgres.");
                services.AddDbContext<AppDbContext, PostgresAppDbContext>((provider, o) => o.UseNpgsql(postgres, npgsql =>
                    npgsql.EnableRetryOnFailure(maxRetryCount: 5).MigrationsAssembly(PostgresMigrations))
                .AddInterceptors(provider.GetRequiredService<DataChangeInterceptor>()));
                // Several hosts may share the database: each tells the others what its commits changed.
                services.AddSingleton(provider => new PostgresChangeFeed(provider.GetRequiredService<DataChangeSignals>(), postgres,
                    provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PostgresChangeFeed>>()));
                services.AddHostedService(provider => provider.GetRequiredService<PostgresChangeFeed>());
                break;
            default:
                var sqlite = configuration.GetConnectionString("Sqlite") ?? DefaultSqlite;
                EnsureFolderOf(sqlite);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((provider, o) => o.UseSqlite(sqlite, x => x.MigrationsAssembly(SqliteMigrations))
                    .AddInterceptors(provider.GetRequiredService<DataChangeInterceptor>()));
                break;
        }
        return services;
    }

    private static void EnsureFolderOf(string sqliteConnectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqliteConnectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:") Directory.CreateDirectory(folder);
    }
}
