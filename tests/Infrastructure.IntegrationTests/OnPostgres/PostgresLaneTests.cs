using EmployerPortal.Infrastructure.IntegrationTests.Persistence;

namespace EmployerPortal.Infrastructure.IntegrationTests.OnPostgres;

/// <summary>The tenant-scope facts of <see cref="TenantScopeTests"/> on a real PostgreSQL server.</summary>
[Trait("Lane", "Postgres")]
public sealed class PostgresTenantScopeTests() : TenantScopeTests(new PostgresDatabase());

/// <summary>The folded name search of <see cref="FoldedNameSearchTests"/> on a real PostgreSQL server (unaccent in SQL).</summary>
[Trait("Lane", "Postgres")]
public sealed class PostgresFoldedNameSearchTests() : FoldedNameSearchTests(new PostgresDatabase());
