using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Demo;

namespace Torchbase.Identity;

/// <summary>
/// <c>torchbase create-admin --user &lt;name&gt; [--name &lt;display name&gt;]</c>: the first system administrator of a new
/// installation. The password is read from standard input, never from the command line (it would stay in the shell's
/// history and the process list): typed without echo at a terminal, else the first line of the input.
/// </summary>
public static class AdminCommands
{
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string? userName, string? displayName,
        TextReader? input, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            await error.WriteLineAsync("Usage: torchbase create-admin --user <name> [--name <display name>]   (the password is read from standard input)");
            return 2;
        }
        userName = userName.Trim();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await error.WriteLineAsync($"A user named '{userName}' already exists; nothing was changed.");
            return 1;
        }

        var password = input is null ? ReadFromConsole(output) : await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password was given on standard input; nothing was changed.");
            return 2;
        }

        var user = new AppUser { UserName = userName, DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync("The administrator was not created:");
            foreach (var e in created.Errors) await error.WriteLineAsync($"  - {e.Description}");
            return 1;
        }
        await users.AddToRoleAsync(user, nameof(Role.SystemAdmin));
        await output.WriteLineAsync($"Created system administrator '{user.UserName}' ({user.DisplayName}). Sign in with it and set up the zone.");
        return 0;
    }

    /// <summary>A password typed at the terminal, twice, without echo; or the first line when the input is redirected.</summary>
    private static string? ReadFromConsole(TextWriter output)
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        var first = ReadHidden(output, "Password: ");
        var again = ReadHidden(output, "Repeat the password: ");
        if (first == again) return first;
        output.WriteLine("The two passwords differ.");
        return null;
    }

    private static string ReadHidden(TextWriter output, string prompt)
    {
        output.Write(prompt);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        output.WriteLine();
        return typed.ToString();
    }

    /// <summary>What the start-up banner must tell the operator about the accounts in the database.</summary>
    public sealed record AccountsOnStart(int Users, IReadOnlyList<string> DemoLoginsWithDemoPassword);

    /// <summary>
    /// Counts the users and finds the demo logins that still have the demo password (checked against each hash, so a
    /// production administrator that happens to be called "admin" is not flagged). Only when the demo is off: with the
    /// demo on, the banner lists those logins anyway.
    /// </summary>
    public static async Task<AccountsOnStart> AccountsOnStartAsync(IServiceProvider services, bool demoEnabled)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var count = await db.Users.CountAsync();
        if (demoEnabled || count == 0) return new AccountsOnStart(count, []);
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();
        var names = DemoSeeder.DemoLogins.Select(l => l.User.ToUpperInvariant()).ToList();
        var candidates = await db.Users.AsNoTracking().Where(u => names.Contains(u.NormalizedUserName!) && u.PasswordHash != null).ToListAsync();
        var risky = candidates
            .Where(u => hasher.VerifyHashedPassword(u, u.PasswordHash!, DemoSeeder.DemoPassword) != PasswordVerificationResult.Failed)
            .Select(u => u.UserName!).Order().ToList();
        return new AccountsOnStart(count, risky);
    }
}
