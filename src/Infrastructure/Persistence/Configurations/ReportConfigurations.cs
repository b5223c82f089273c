using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Reports;
using EmployerPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReportSubscriptionConfiguration : IEntityTypeConfiguration<ReportSubscription>
{
    public void Configure(EntityTypeBuilder<ReportSubscription> builder)
    {
        builder.ToTable("ReportSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new ReportSubscriptionId(value));
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(s => s.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.UserId, s.Kind }).IsUnique();
        builder.HasIndex(s => new { s.IsActive, s.NextRunAt });
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class DeliveredReportConfiguration : IEntityTypeConfiguration<DeliveredReport>
{
    public void Configure(EntityTypeBuilder<DeliveredReport> builder)
    {
        builder.ToTable("DeliveredReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(id => id.Value, value => new DeliveredReportId(value));
        builder.Property(r => r.SubscriptionId).HasConversion(id => id.Value, value => new ReportSubscriptionId(value));
        builder.HasOne<ReportSubscription>().WithMany().HasForeignKey(r => r.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Ignore(r => r.Period);
        builder.HasIndex(r => new { r.SubscriptionId, r.PeriodEnd }).IsUnique();
        builder.ComplexProperty(r => r.Pdf, file => MapFile(file, "Pdf"));
        builder.ComplexProperty(r => r.Csv, file => MapFile(file, "Csv"));
        builder.HasIndex(r => new { r.UserId, r.CreatedAt });
        builder.Ignore(r => r.DomainEvents);
    }

    private static void MapFile(ComplexPropertyBuilder<StoredReportFile> file, string prefix)
    {
        file.Property(f => f.StorageKey).HasColumnName($"{prefix}StorageKey").HasMaxLength(200);
        file.Property(f => f.Sha256).HasColumnName($"{prefix}Sha256").HasMaxLength(64).IsFixedLength();
        file.Property(f => f.SizeBytes).HasColumnName($"{prefix}SizeBytes");
    }
}
