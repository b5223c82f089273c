using EmployerPortal.Infrastructure.Identity.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OpsApiKeyConfiguration : IEntityTypeConfiguration<OpsApiKey>
{
    public void Configure(EntityTypeBuilder<OpsApiKey> builder)
    {
        builder.ToTable("OpsApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.KeyHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Property(k => k.Scopes).HasMaxLength(500).IsRequired();
        builder.Ignore(k => k.ScopeList);
    }
}
