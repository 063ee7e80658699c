using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Torchbase.Data;
using Torchbase.Identity;

namespace Torchbase.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without starting the host or reaching a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql("Host=localhost", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name)).Options,
            new FixedDataScope(DataScope.System), TimeProvider.System);
}
