using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Torchbase.Data;
using Torchbase.Identity;

namespace Torchbase.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
                .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name)).Options,
            new FixedDataScope(DataScope.System), TimeProvider.System);
}
