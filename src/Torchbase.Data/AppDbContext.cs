using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Identity;

namespace Torchbase.Data;

/// <summary>
/// The one database context. Each provider has a subclass only so that its migrations live apart
/// (SqliteAppDbContext, PostgresAppDbContext); everything else is here.
/// Data scope: the query filters below are the only place where a caller's zone, park, enterprise or bank
/// restricts what is read. Rows that belong to an enterprise (reports, qualifications…) are reached through
/// the filtered Enterprises set, never directly by id.
/// IgnoreQueryFilters() lifts every filter of the whole query it is part of, subqueries included: use it only in a
/// query of its own (a duplicate check, a name lookup), never inside a projection of a filtered query.
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options, IDataScopeAccessor scope, TimeProvider clock)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public DataScope Scope => scope.Current;

    /// <summary>
    /// Reads and writes as the platform itself (jobs, commands, start-up) until disposed. Outside a request a context
    /// sees nothing without it. It applies to every context of the same service scope.
    /// </summary>
    public IDisposable RunAsSystem() => scope.RunAsSystem();
    internal TimeProvider Clock { get; } = clock;

    /// <summary>Set only by the demo generator, which records one summary entry instead of one per generated row.</summary>
    internal bool BulkLoading { get; set; }

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Park> Parks => Set<Park>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<IndustryChain> IndustryChains => Set<IndustryChain>();
    public DbSet<Bank> Banks => Set<Bank>();
    public DbSet<BankBranch> BankBranches => Set<BankBranch>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<QualificationHeld> QualificationsHeld => Set<QualificationHeld>();
    public DbSet<LifecycleEvent> LifecycleEvents => Set<LifecycleEvent>();
    public DbSet<DataSharingConsent> DataSharingConsents => Set<DataSharingConsent>();
    public DbSet<InnovationPlatform> Platforms => Set<InnovationPlatform>();
    public DbSet<IncubationCarrier> IncubationCarriers => Set<IncubationCarrier>();
    public DbSet<IncubationTenancy> IncubationTenancies => Set<IncubationTenancy>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ParkEnterpriseTotal> ParkEnterpriseTotals => Set<ParkEnterpriseTotal>();
    public DbSet<ParkRevenueTotal> ParkRevenueTotals => Set<ParkRevenueTotal>();
    public DbSet<ParkResearchTotal> ParkResearchTotals => Set<ParkResearchTotal>();
    public DbSet<SizeRulePrefix> SizeRulePrefixes => Set<SizeRulePrefix>();

    // Filter parameters: EF reads these per context instance.
    private bool Unrestricted => Scope.Unrestricted;
    private Guid[] ZoneIds => Scope.ZoneIds;
    private Guid? ParkId => Scope.ParkId;
    private Guid? EnterpriseId => Scope.EnterpriseId;
    private Guid? BankId => Scope.BankId;

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Enums are stored by name: the database stays readable and reordering an enum loses nothing.
        foreach (var type in typeof(Enterprise).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
            conventions.Properties(type).HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Configurations.SetupConventions.Apply(builder);

        builder.Entity<Zone>().HasQueryFilter(z => Unrestricted || ZoneIds.Contains(z.Id));
        builder.Entity<Park>().HasQueryFilter(p => Unrestricted || (ZoneIds.Contains(p.ZoneId) && (ParkId == null || p.Id == ParkId)));
        builder.Entity<Department>().HasQueryFilter(d => Unrestricted || ZoneIds.Contains(d.ZoneId));
        builder.Entity<IndustryChain>().HasQueryFilter(c => Unrestricted || ZoneIds.Contains(c.ZoneId));
        builder.Entity<BankBranch>().HasQueryFilter(b => Unrestricted || ZoneIds.Contains(b.ZoneId));
        builder.Entity<Enterprise>().HasQueryFilter(e => Unrestricted ||
            (ZoneIds.Contains(e.ZoneId)
             && (ParkId == null || e.ParkId == ParkId)
             && (EnterpriseId == null || e.Id == EnterpriseId)
             && (BankId == null || e.Consents.Any(c => c.BankId == BankId && c.RevokedAt == null))));
        // The running totals stand for every enterprise of a park: a bank or an enterprise, who sees only some, sees none of them.
        builder.Entity<ParkEnterpriseTotal>().HasQueryFilter(t => Unrestricted ||
            (ZoneIds.Contains(t.ZoneId) && (ParkId == null || t.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        builder.Entity<ParkRevenueTotal>().HasQueryFilter(t => Unrestricted ||
            (ZoneIds.Contains(t.ZoneId) && (ParkId == null || t.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        builder.Entity<ParkResearchTotal>().HasQueryFilter(t => Unrestricted ||
            (ZoneIds.Contains(t.ZoneId) && (ParkId == null || t.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        builder.Entity<InnovationPlatform>().HasQueryFilter(p => Unrestricted ||
            (ZoneIds.Contains(p.ZoneId) && (ParkId == null || p.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        builder.Entity<IncubationCarrier>().HasQueryFilter(c => Unrestricted ||
            (ZoneIds.Contains(c.ZoneId) && (ParkId == null || c.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        // Users: a zone's staff see the users of their zones, everyone sees themselves, the system administrator sees all.
        // Sign-in and the cookie's checks find users through UserStore, which looks past this filter (ScopedUserStore).
        builder.Entity<AppUser>().HasQueryFilter(u => Unrestricted || u.Id == CurrentUserId || (u.ZoneId != null && ZoneIds.Contains(u.ZoneId.Value)));
        builder.Entity<AuditEntry>().HasQueryFilter(a => Unrestricted || (a.ZoneId != null && ZoneIds.Contains(a.ZoneId.Value)));
        ConfigureEconomyScopeFilters(builder);
        ConfigureProjectsScopeFilters(builder);
        ConfigureTalentScopeFilters(builder);
        ConfigureCultivationScopeFilters(builder);
        ConfigureServiceDeskScopeFilters(builder);
        ConfigureNotificationsScopeFilters(builder);
        ConfigurePointsScopeFilters(builder);
        ConfigureFinanceScopeFilters(builder);
        ConfigureContestScopeFilters(builder);
        ConfigurePoliciesScopeFilters(builder);
        ConfigureRunsScopeFilters(builder);
        ConfigureSpaceScopeFilters(builder);
        ConfigureEnergyScopeFilters(builder);
        ConfigureCompetitionsScopeFilters(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        Versioning.Bump(this);
        if (!BulkLoading) await AuditTrail.RecordAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IDataScopeAccessor scope, TimeProvider clock)
    : AppDbContext(options, scope, clock)
{
    /// <summary>
    /// Name search on SQLite: the FTS5 table <c>EnterpriseSearch</c> (columns <c>Id</c>, <c>Grams</c>), made by the
    /// <c>EnterpriseSearchIndexes</c> migration and kept by triggers on <c>Enterprises</c>; the grams column is what a query matches.
    /// </summary>
    public const string SearchGramsColumn = "Grams";

    /// <summary>SQLite has no decimal or offset type to sort and sum on: money goes as REAL, instants as UTC ticks.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        base.ConfigureConventions(conventions);
        conventions.Properties<decimal>().HaveConversion<double>();
        conventions.Properties<decimal?>().HaveConversion<double?>();
        conventions.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IDataScopeAccessor scope, TimeProvider clock)
    : AppDbContext(options, scope, clock)
{
    /// <summary>The enterprise's name-search vector: a column PostgreSQL derives from the grams, read only by the search query.</summary>
    public const string SearchVector = "SearchVector";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Registry search at a million enterprises: the name's grams (NameSearch) as a stored 'simple' text-search vector under
        // GIN — stored, so that a query matching most rows does not parse every name again — without positions, which a
        // search for all of the pairs does not read; and credit-code prefixes on a pattern index (LIKE 'x%' under any collation).
        var enterprise = builder.Entity<Enterprise>();
        enterprise.Property<NpgsqlTypes.NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql($"strip(to_tsvector('simple', \"{nameof(Enterprise.SearchGrams)}\"))", stored: true);
        enterprise.HasIndex(SearchVector).HasMethod("GIN");
        enterprise.HasIndex(e => e.CreditCode).HasOperators("bpchar_pattern_ops");
    }
}
