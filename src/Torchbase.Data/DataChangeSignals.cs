using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace Torchbase.Data;

/// <summary>
/// One change token per entity type, fired once the rows of that type have changed in the database (after the commit,
/// never before it: a reader that computes from the old rows in between still sees its result expire). What was computed
/// from many rows (<see cref="FigureCache"/>) watches the types it read.
/// On PostgreSQL the types a commit changed also go to every other host on the database (<see cref="PostgresChangeFeed"/>),
/// which expires its figures for them; the cache's time limit is only the bound for a feed that was down.
/// </summary>
public sealed class DataChangeSignals
{
    private readonly ConcurrentDictionary<Type, CancellationTokenSource> _sources = new();

    public IChangeToken Watch(Type entityType) =>
        new CancellationChangeToken(_sources.GetOrAdd(entityType, _ => new CancellationTokenSource()).Token);

    /// <summary>Rows of these types were written; bulk statements (ExecuteUpdate/ExecuteDelete) call it themselves.</summary>
    public void Changed(IEnumerable<Type> entityTypes)
    {
        var types = entityTypes as IReadOnlyCollection<Type> ?? entityTypes.ToList();
        Expire(types);
        if (types.Count > 0) Committed?.Invoke(types);
    }

    /// <summary>Called with the types each local commit changed, after the local figures expired (the feed to other hosts).</summary>
    public event Action<IReadOnlyCollection<Type>>? Committed;

    /// <summary>Another host committed rows of these types (by full name; "*" for every type): expire, and tell no one.</summary>
    public void ChangedElsewhere(IReadOnlyCollection<string> typeNames)
    {
        var all = typeNames.Contains("*");
        Expire(_sources.Keys.Where(t => all || typeNames.Contains(t.FullName!)).ToList());
    }

    private void Expire(IEnumerable<Type> types)
    {
        // Not disposed: a concurrent Watch may still be reading the token of the source being replaced.
        foreach (var type in types)
            if (_sources.TryRemove(type, out var source)) source.Cancel();
    }

    public void Changed(params Type[] entityTypes) => Changed((IEnumerable<Type>)entityTypes);
}

/// <summary>Tells <see cref="DataChangeSignals"/> which entity types a SaveChanges wrote, once they are committed.</summary>
public sealed class DataChangeInterceptor(DataChangeSignals signals) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Types written by a context and not signalled yet (a transaction that has not committed).</summary>
    private static readonly ConditionalWeakTable<DbContext, HashSet<Type>> _pending = new();

    /// <summary>
    /// For statements that bypass the change tracker (ExecuteUpdate, ExecuteDelete): call it inside the same transaction;
    /// the types are signalled when it commits.
    /// </summary>
    public static void Wrote(DbContext context, params Type[] entityTypes)
    {
        lock (_pending) _pending.GetValue(context, _ => []).UnionWith(entityTypes);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Discard(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Capture(DbContext? context)
    {
        if (context is null) return;
        HashSet<Type> written;
        lock (_pending) written = _pending.GetValue(context, _ => []);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            written.Add(entry.Metadata.ClrType);
            // An owned row changes its owner.
            if (entry.Metadata.FindOwnership()?.PrincipalEntityType.ClrType is { } owner) written.Add(owner);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null) Flush(context);
    }

    private void Flush(DbContext? context)
    {
        HashSet<Type>? written;
        lock (_pending)
        {
            if (context is null || !_pending.TryGetValue(context, out written)) return;
            _pending.Remove(context);
        }
        signals.Changed(written);
    }

    private static void Discard(DbContext? context)
    {
        if (context is null) return;
        lock (_pending) _pending.Remove(context);
    }
}
