using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Identity;

// Usage: dotnet run --project tools/Torchbase.MigrationTool -- <MigrationName>
// Writes src/Torchbase/Data/Migrations/{Sqlite,Postgres}/<timestamp>_<MigrationName>.cs
if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: Torchbase.MigrationTool <MigrationName>");
    return 2;
}
var name = args[0];
var projectDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Torchbase"));
if (!File.Exists(Path.Combine(projectDir, "Torchbase.csproj"))) projectDir = Path.GetFullPath("src/Torchbase");

AppDbContext[] contexts =
[
    new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options, new FixedDataScope(DataScope.System), TimeProvider.System),
    new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost").Options, new FixedDataScope(DataScope.System), TimeProvider.System),
];
foreach (var db in contexts)
{
    var provider = db is SqliteAppDbContext ? "Sqlite" : "Postgres";
    var reporter = new OperationReporter(null);
    var services = new DesignTimeServicesBuilder(typeof(AppDbContext).Assembly, typeof(AppDbContext).Assembly, reporter, []).Build(db);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Torchbase", $"Data.Migrations.{provider}", "C#");
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Data", "Migrations", provider));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
    db.Dispose();
}
return 0;
