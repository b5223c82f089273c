using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("Companies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.AccountNumber)
            .HasConversion(a => a.Value, v => AccountNumber.From(v))
            .HasMaxLength(10)
            .IsRequired();
        builder.HasIndex(c => c.AccountNumber).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(40).IsRequired();
        builder.Property(c => c.TimeZone)
            .HasConversion(z => z.Id, v => CompanyTimeZone.From(v))
            .HasMaxLength(64)
            .IsRequired();
        builder.Property(c => c.SpecialInstructions).HasMaxLength(2000);
        // Companies that exist before the setting keep the default a new company gets.
        builder.Property(c => c.SurveillanceIntervalMonths).HasDefaultValue(Domain.Employees.CompliancePolicy.Default.SurveillanceIntervalMonths).ValueGeneratedNever();
        builder.Ignore(c => c.CompliancePolicy);
        builder.Property(c => c.DrugScreenPortalUrl).HasMaxLength(500);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.AdminRosterVersion).IsConcurrencyToken();
        builder.ComplexProperty(c => c.Address, address =>
        {
            address.Property(a => a.Line1).HasColumnName("AddressLine1").HasMaxLength(200);
            address.Property(a => a.Line2).HasColumnName("AddressLine2").HasMaxLength(200);
            address.Property(a => a.City).HasColumnName("City").HasMaxLength(100);
            address.Property(a => a.State).HasColumnName("State").HasMaxLength(2);
            address.Property(a => a.PostalCode).HasColumnName("PostalCode").HasMaxLength(10);
        });
        builder.OwnsMany(c => c.Contacts, contacts =>
        {
            contacts.ToTable("CompanyContacts");
            contacts.WithOwner().HasForeignKey("CompanyId");
            contacts.Property<int>("Id");
            contacts.HasKey("Id");
            contacts.Property(c => c.Name).HasMaxLength(200);
            contacts.Property(c => c.Title).HasMaxLength(100);
            contacts.Property(c => c.Email).HasMaxLength(254);
            contacts.Property(c => c.Phone).HasMaxLength(40);
        });
        builder.Navigation(c => c.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(c => c.Locations, locations =>
        {
            locations.ToTable("CompanyLocations");
            locations.WithOwner().HasForeignKey("CompanyId");
            locations.Property<int>("Id");
            locations.HasKey("Id");
            locations.Property(l => l.Code).HasMaxLength(10).IsRequired();
            locations.HasIndex("CompanyId", nameof(CompanyLocation.Code)).IsUnique();
            locations.Property(l => l.Name).HasMaxLength(200).IsRequired();
            locations.Property(l => l.Phone).HasMaxLength(40).IsRequired();
            locations.Property(l => l.TimeZone).HasConversion(z => z.Id, v => CompanyTimeZone.From(v)).HasMaxLength(64).IsRequired();
            locations.Property(l => l.SpecialInstructions).HasMaxLength(2000);
            locations.OwnsOne(l => l.Address, address =>
            {
                address.Property(a => a.Line1).HasColumnName("AddressLine1").HasMaxLength(200).IsRequired();
                address.Property(a => a.Line2).HasColumnName("AddressLine2").HasMaxLength(200);
                address.Property(a => a.City).HasColumnName("City").HasMaxLength(100).IsRequired();
                address.Property(a => a.State).HasColumnName("State").HasMaxLength(2).IsRequired();
                address.Property(a => a.PostalCode).HasColumnName("PostalCode").HasMaxLength(10).IsRequired();
            });
            locations.Navigation(l => l.Address).IsRequired();
            locations.Ignore(l => l.IsMain);
        });
        builder.Navigation(c => c.Locations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection<List<ResultType>>("_enabledNonStandardResultTypes")
            .HasColumnName("EnabledNonStandardResultTypes");
        builder.Ignore(c => c.EnabledNonStandardResultTypes);
        builder.Ignore(c => c.IsActive);
        builder.Ignore(c => c.DomainEvents);
    }
}
