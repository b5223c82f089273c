using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuthorizationConfiguration : IEntityTypeConfiguration<Authorization>
{
    public void Configure(EntityTypeBuilder<Authorization> builder)
    {
        builder.ToTable("Authorizations");
        builder.HasKey(a => a.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Number)
            .HasConversion(n => n.Value, v => AuthorizationNumber.Parse(v))
            .HasMaxLength(AuthorizationNumber.Length)
            .IsRequired();
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.CompanyId, a.CreatedAt });
        builder.Property(a => a.LocationCode).HasMaxLength(10).IsRequired();
        builder.ComplexProperty(a => a.Employee, e => e.MapEmployee());
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SpecialInstructions).HasMaxLength(2000);
        builder.Property(a => a.DotTestReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.UsedByVisitId).HasMaxLength(100);
        builder.Property(a => a.VoidReason).HasMaxLength(Authorization.MaxVoidReasonLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.OwnsOne(a => a.Injury, injury =>
        {
            injury.Property(i => i.DateOfInjury).HasColumnName("DateOfInjury");
            injury.Property(i => i.Description).HasColumnName("InjuryDescription").HasMaxLength(1000);
            injury.Property(i => i.TimeOfInjury).HasColumnName("InjuryTime");
            injury.Property(i => i.BodyPart).HasColumnName("InjuryBodyPart").HasMaxLength(InjuryDetails.MaxBodyPartLength);
            injury.Property(i => i.ClaimNumber).HasColumnName("InjuryClaimNumber").HasMaxLength(InjuryDetails.MaxClaimNumberLength);
        });
        builder.OwnsOne(a => a.Package, package =>
        {
            package.Property(p => p.Code).HasColumnName("PackageCode").HasMaxLength(20);
            package.Property(p => p.Name).HasColumnName("PackageName").HasMaxLength(200);
            package.Property(p => p.Instructions).HasColumnName("PackageInstructions").HasMaxLength(2000);
        });
        builder.OwnsOne(a => a.Clinic, clinic =>
        {
            clinic.Property(c => c.Code).HasColumnName("ClinicCode").HasMaxLength(20);
            clinic.Property(c => c.Name).HasColumnName("ClinicName").HasMaxLength(200);
            clinic.Property(c => c.Address).HasColumnName("ClinicAddress").HasMaxLength(400);
            clinic.Property(c => c.Phone).HasColumnName("ClinicPhone").HasMaxLength(40);
            clinic.Property(c => c.Hours).HasColumnName("ClinicHours").HasMaxLength(300);
        });
        builder.OwnsMany(a => a.Services, services =>
        {
            services.ToTable("AuthorizationServices");
            services.WithOwner().HasForeignKey("AuthorizationId");
            services.Property<int>("Id");
            services.HasKey("Id");
            services.Property(s => s.ServiceCode).HasMaxLength(50);
            services.Property(s => s.ServiceName).HasMaxLength(200);
            services.Property(s => s.Detail).HasMaxLength(200);
        });
        builder.OwnsMany(a => a.Emails, emails =>
        {
            emails.ToTable("AuthorizationEmails");
            emails.WithOwner().HasForeignKey("AuthorizationId");
            emails.Property<int>("Id");
            emails.HasKey("Id");
            emails.Property(e => e.To).HasMaxLength(254);
        });
        builder.OwnsMany(a => a.StatusHistory, history =>
        {
            history.ToTable("AuthorizationStatusChanges");
            history.WithOwner().HasForeignKey("AuthorizationId");
            history.Property<int>("Id");
            history.HasKey("Id");
            history.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(a => a.Services).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Emails).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.StatusHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.DomainEvents);
    }
}
