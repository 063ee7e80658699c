using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Torchbase.Data;
using Torchbase.Demo;
using Torchbase.Features;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase;

public static class Startup
{
    public static IServiceCollection AddTorchbase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Backup.ZoneBackup>();
        services.AddSingleton(TimeProvider.System);
        // Cookie-encryption keys live in the database, so that every host on it reads the cookies any of them issued; a keys
        // folder configured explicitly (Torchbase:DataProtection:KeysFolder) keeps them there instead, for one host.
        var keys = services.AddDataProtection().SetApplicationName("Torchbase");
        if (configuration["Torchbase:DataProtection:KeysFolder"] is { Length: > 0 } keysFolder)
            keys.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        else
            keys.PersistKeysToDbContext<AppDbContext>();
        services.AddTorchbaseDatabase(configuration);
        services.AddTorchbaseIdentity(configuration);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Our own problems carry a code; the framework's (a body it cannot read, a method it does not map) get one here.
            var problem = context.ProblemDetails;
            if (problem.Extensions.ContainsKey("code") || problem.Status is not { } status) return;
            var code = status == StatusCodes.Status404NotFound ? "not_found" : $"status.{status}";
            if (!Text.Has(code)) return;
            problem.Extensions["code"] = code;
            problem.Title = Text.Get(code);
        });
        // Brotli or gzip for the web's scripts, styles and the API's JSON (the sign-in page is ~1.5 MB uncompressed).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(
            o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddMemoryCache();
        services.AddSingleton<Features.Imports.ImportReports>();
        services.Configure<DemoOptions>(configuration.GetSection("Torchbase:Demo"));
        services.ConfigureHttpJsonOptions(o =>
        {
            // Enums travel by name only: a number would bind to any int, 999 included, and be stored as a value no one defined.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = Uploads.MaxBytes);
        services.AddTransient<DemoSeeder>();
        Features.ServiceDesk.ServiceDeskSetup.AddServiceDesk(services, configuration);
        Features.Notifications.NotificationEndpoints.AddNotifications(services, configuration);
        Features.Finance.FinanceEndpoints.AddFinance(services);
        services.Configure<Jobs.RenewalReminderOptions>(configuration.GetSection("Torchbase:Cultivation"));
        services.AddSingleton<Jobs.JobLock>();
        services.AddScoped<Jobs.RenewalReminderJob>();
        services.AddHostedService<Jobs.RenewalReminderService>();
        Features.Runs.RunEndpoints.AddBackgroundRuns(services);
        Features.Energy.EnergySetup.AddEnergy(services, configuration);
        Features.Energy.Mqtt.MeterFeedEndpoints.AddMeterFeed(services, configuration);
        return services;
    }

    public static WebApplication UseTorchbase(this WebApplication app)
    {
        // Language first: the problems written on the way out (errors, bare status codes) speak the caller's language too.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
            SupportedUICultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseDefaultFiles();
        app.UseStaticFiles(WebAssets.Options);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePasswordChangeGate();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Torchbase API");
            o.RoutePrefix = "swagger";
        });
        app.MapHealthChecks("/health");

        var api = app.MapGroup("/api").AddEndpointFilter<Antiforgery>().AddEndpointFilter<PagingBounds>();
        api.MapAuthEndpoints();
        api.MapUserAdminEndpoints();
        api.MapFeatureEndpoints();
        api.MapFallback(() => Http.Problems.NotFound());
        app.MapFallbackToFile("index.html", WebAssets.Options);
        return app;
    }

    /// <summary>Creates or migrates the database, seeds roles, and loads the demo zone on first start when enabled.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool? loadDemo = null)
    {
        using var scope = app.Services.CreateScope();
        await PrepareDatabaseAsync(scope.ServiceProvider, loadDemo ?? app.Configuration.GetValue("Torchbase:Demo:Enabled", true));
    }

    public static async Task PrepareDatabaseAsync(IServiceProvider services, bool loadDemo)
    {
        var db = services.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        // A new database has no readings to roll up: its pending migrations are not asked for (that query would fail and be logged).
        var history = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>();
        var pending = await history.ExistsAsync() ? await db.Database.GetPendingMigrationsAsync() : Array.Empty<string>();
        await db.Database.MigrateAsync();
        // The research totals' triggers classify reports by the size rules the database holds: the rules file's, from now on.
        await Features.Economy.SizeRulesInDatabase.EnsureAsync(db, CancellationToken.None);
        // The energy daily rollup is kept by the reading store from its migration on; the readings stored before it are rolled up once.
        if (pending.Any(m => m.EndsWith("_MeterDayRollup", StringComparison.Ordinal)))
            await Features.Energy.MeterDayRollup.RebuildAsync(db, CancellationToken.None);
        var seeder = services.GetRequiredService<DemoSeeder>();
        await seeder.EnsureRolesAsync();
        if (loadDemo) await seeder.EnsureDemoAsync();
        await Features.Organisation.SetupDefaults.EnsureAsync(db,
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Features.ServiceDesk.ServiceDeskOptions>>().Value.Policy);
    }

    public static void PrintWelcome(this WebApplication app, AdminCommands.AccountsOnStart accounts)
    {
        var urls = string.Join(", ", app.Urls);
        Console.WriteLine();
        Console.WriteLine($"Torchbase 高新区创新服务平台 is running at {urls}");
        Console.WriteLine($"Database: {DatabaseSetup.ProviderOf(app.Configuration)}");
        if (app.Configuration.GetValue("Torchbase:Demo:Enabled", true))
        {
            Console.WriteLine($"Demo logins (示例账号, password {DemoSeeder.DemoPassword}):");
            foreach (var (user, role) in DemoSeeder.DemoLogins) Console.WriteLine($"  {user,-10} {role}");
            Console.WriteLine("WARNING: the demo is on. Its logins share a published password: never use this database in production " +
                              "(set Torchbase__Demo__Enabled=false on a new, empty database).");
        }
        else if (accounts.Users == 0)
        {
            Console.WriteLine("No user exists yet. Create the first administrator (the password is read from standard input):");
            Console.WriteLine("  dotnet run --project src/Torchbase -- create-admin --user <name>     (published: ./Torchbase create-admin --user <name>)");
        }
        if (accounts.DemoLoginsWithDemoPassword.Count > 0)
        {
            var warning = $"WARNING: this database holds demo accounts with the published demo password {DemoSeeder.DemoPassword} " +
                          $"({string.Join(", ", accounts.DemoLoginsWithDemoPassword)}). Anyone can sign in with them: " +
                          "do not run it in production, or change or remove those accounts now.";
            Console.WriteLine(warning);
            app.Logger.LogWarning("{Warning}", warning);
        }
        Console.WriteLine();
    }
}
