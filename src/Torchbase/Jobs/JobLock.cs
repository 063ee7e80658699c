using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Torchbase.Data;

namespace Torchbase.Jobs;

/// <summary>
/// One runner for a background job at a time, across every host on the database. On PostgreSQL a pass first takes a
/// session-level advisory lock named after the job on a connection of its own, held for the pass: a host that finds it
/// taken skips the pass (the other host is doing it, and the jobs' own markers keep a later pass from sending a notice
/// twice). On SQLite there is one host by definition and the pass simply runs.
/// </summary>
public sealed class JobLock(IServiceScopeFactory scopes, ILogger<JobLock> log)
{
    /// <returns>False when another host held the job's lock and this pass did not run.</returns>
    public async Task<bool> RunAloneAsync(string job, Func<IServiceProvider, CancellationToken, Task> pass, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsNpgsql())
        {
            await pass(scope.ServiceProvider, ct);
            return true;
        }
        // Not pooled: if the host dies mid-pass, the session ends with the connection and PostgreSQL releases the lock.
        var unpooled = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync(ct);
        var key = KeyOf(job);
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", key);
            if (await take.ExecuteScalarAsync(ct) is not true)
            {
                log.LogInformation("Job {Job} is running on another host: this pass is skipped", job);
                return false;
            }
        }
        try
        {
            await pass(scope.ServiceProvider, ct);
            return true;
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", key);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    /// <summary>The lock's number: the first 8 bytes of the SHA-256 of "torchbase:" + the job's name, the same on every host.</summary>
    public static long KeyOf(string job) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("torchbase:" + job)), 0);
}
