using Torchbase;
using Torchbase.Data;

// torchbase [serve] | seed | migrate | evaluate | energy-rollup | backup | restore | create-admin — see README.
// Composition only: every piece is wired in its own file.
var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
var builder = WebApplication.CreateBuilder(args.Length > 0 && args[0] == command ? args[1..] : args);
if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5080");
builder.Services.AddTorchbase(builder.Configuration);

var app = builder.Build();
switch (command)
{
    case "serve":
        await app.PrepareDatabaseAsync();
        var demoEnabled = app.Configuration.GetValue("Torchbase:Demo:Enabled", true);
        var accounts = await Torchbase.Identity.AdminCommands.AccountsOnStartAsync(app.Services, demoEnabled);
        app.UseTorchbase();
        app.Lifetime.ApplicationStarted.Register(() => app.PrintWelcome(accounts));
        await app.RunAsync();
        return 0;
    case "migrate":
        await app.PrepareDatabaseAsync(loadDemo: false);
        return 0;
    case "seed":
        await app.PrepareDatabaseAsync(loadDemo: true);
        return 0;
    case "evaluate":
        await app.PrepareDatabaseAsync(loadDemo: false);
        return await Torchbase.Features.Cultivation.CultivationCommand.RunAsync(app.Services, app.Configuration["zone"], Console.Out);
    case "energy-rollup":
        await app.PrepareDatabaseAsync(loadDemo: false);
        return await Torchbase.Features.Energy.MeterDayRollup.CommandAsync(app.Services, Console.Out);
    case "backup":
        return await Torchbase.Backup.BackupCommands.BackupAsync(app);
    case "restore":
        return await Torchbase.Backup.BackupCommands.RestoreAsync(app);
    case "create-admin":
        await app.PrepareDatabaseAsync(loadDemo: false);
        return await Torchbase.Identity.AdminCommands.CreateAdminAsync(
            app.Services, app.Configuration["user"], app.Configuration["name"], input: null, Console.Out, Console.Error);
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Use: serve | migrate | seed | evaluate [--zone <name|id>] | energy-rollup " +
            $"| backup --zone <zone> --out <file> | restore --in <file> | create-admin --user <name>");
        return 2;
}

public partial class Program;
