using EmployerPortal.Application.Results;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using EmployerPortal.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class VisitResultConfiguration : IEntityTypeConfiguration<VisitResult>
{
    public void Configure(EntityTypeBuilder<VisitResult> builder)
    {
        builder.ToTable("VisitResults");
        builder.HasKey(v => v.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(v => v.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.ExternalVisitId).HasMaxLength(100).IsRequired();
        builder.HasIndex(v => v.ExternalVisitId).IsUnique();
        builder.HasIndex(v => new { v.CompanyId, v.ScheduledAt });
        builder.HasIndex(v => new { v.CompanyId, v.Status, v.ScheduledAt });
        builder.Property<string>(ResultSearchColumns.EmployeeKey).HasMaxLength(ResultSearchColumns.EmployeeKeyMaxLength).IsRequired();
        builder.HasIndex(nameof(VisitResult.CompanyId), ResultSearchColumns.EmployeeKey, nameof(VisitResult.ScheduledAt));
        builder.ComplexProperty(v => v.Employee, e => e.MapEmployee());
        builder.Property(v => v.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Clinic).HasMaxLength(200);
        builder.Property(v => v.LocationCode).HasMaxLength(10).IsRequired();
        builder.Property(v => v.AuthorizationNumber).HasMaxLength(20);
        builder.OwnsMany(v => v.StatusTimeline, timeline =>
        {
            timeline.ToTable("VisitStatusChanges");
            timeline.WithOwner().HasForeignKey("VisitResultId");
            timeline.Property<int>("Id");
            timeline.HasKey("Id");
            timeline.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        });
        builder.OwnsMany(v => v.Letters, letters =>
        {
            letters.ToTable("GeneratedLetters");
            letters.WithOwner().HasForeignKey("VisitResultId");
            letters.Property<int>("Id");
            letters.HasKey("Id");
            letters.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            letters.Property(l => l.Key).HasMaxLength(50);
            letters.HasIndex("VisitResultId", nameof(GeneratedLetter.Kind), nameof(GeneratedLetter.Key)).IsUnique();
        });
        builder.HasMany(v => v.Documents).WithOne().HasForeignKey("VisitResultId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.StatusTimeline).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(v => v.Letters).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(v => v.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(v => v.DomainEvents);
    }
}

internal sealed class ResultDocumentConfiguration : IEntityTypeConfiguration<ResultDocument>
{
    public void Configure(EntityTypeBuilder<ResultDocument> builder)
    {
        builder.ToTable("ResultDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ExternalDocumentId).HasMaxLength(100).IsRequired();
        builder.HasIndex("VisitResultId", nameof(ResultDocument.ExternalDocumentId)).IsUnique();
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(60);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.StorageKey).HasMaxLength(200);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.VaccineCode).HasMaxLength(20);
        builder.Ignore(d => d.Vaccination);
        builder.HasIndex(d => d.ReceivedAt);

        // Search columns (see ResultSearchColumns): each filter of the results list is a range on one composite index
        // that starts with the company, and the default order (newest first) is an index of its own.
        builder.Property<CompanyId>(ResultSearchColumns.CompanyId).IsRequired();
        builder.HasOne<Company>().WithMany().HasForeignKey(ResultSearchColumns.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<string>(ResultSearchColumns.EmployeeLastFirstKey).HasMaxLength(EmployeeNameKey.MaxLength).IsRequired();
        builder.Property<string>(ResultSearchColumns.EmployeeFirstLastKey).HasMaxLength(EmployeeNameKey.MaxLength).IsRequired();
        builder.Property<string?>(ResultSearchColumns.EmployeeNumber).HasMaxLength(50);
        builder.Property<DateOnly>(ResultSearchColumns.VisitDate);
        builder.Property<VisitCategory>(ResultSearchColumns.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property<string>(ResultSearchColumns.LocationCode).HasMaxLength(10).IsRequired();
        string company = ResultSearchColumns.CompanyId, received = nameof(ResultDocument.ReceivedAt), id = nameof(ResultDocument.Id);
        // Every search index ends with the two columns the tenant filters test (drug and alcohol, location): the capped
        // count of a search (up to 10,001 entries) and the filter checks of a page are answered from the index, without
        // reading a table row per entry. The first is the default order (newest first).
        string[] filtered = [nameof(ResultDocument.IsDrugAndAlcohol), ResultSearchColumns.LocationCode];
        builder.HasIndex([company, received, id, .. filtered]);
        builder.HasIndex([company, ResultSearchColumns.EmployeeLastFirstKey, .. filtered]);
        builder.HasIndex([company, ResultSearchColumns.EmployeeFirstLastKey, .. filtered]);
        builder.HasIndex([company, ResultSearchColumns.EmployeeNumber, .. filtered]);
        builder.HasIndex([company, ResultSearchColumns.VisitDate, .. filtered]);
        builder.HasIndex([company, nameof(ResultDocument.Type), received, id, .. filtered]);
        builder.HasIndex([company, nameof(ResultDocument.Outcome), received, id, .. filtered]);
        builder.HasIndex([company, ResultSearchColumns.Category, received, id, .. filtered]);
    }
}
