using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

/// <summary>The provider's clinic directory: one row per clinic by its code (provider-wide, no company filter).</summary>
internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.ToTable("Clinics");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.ComplexProperty(c => c.Address, address =>
        {
            address.Property(a => a.Line1).HasColumnName("AddressLine1").HasMaxLength(200);
            address.Property(a => a.Line2).HasColumnName("AddressLine2").HasMaxLength(200);
            address.Property(a => a.City).HasColumnName("City").HasMaxLength(100);
            address.Property(a => a.State).HasColumnName("State").HasMaxLength(2);
            address.Property(a => a.PostalCode).HasColumnName("PostalCode").HasMaxLength(10);
        });
        builder.Property(c => c.Phone).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Hours).HasMaxLength(300).IsRequired();
        builder.Property(c => c.TimeZone).HasConversion(z => z.Id, v => CompanyTimeZone.From(v)).HasMaxLength(64).IsRequired();
        builder.PrimitiveCollection(c => c.ServiceCodes).HasField("_serviceCodes").UsePropertyAccessMode(PropertyAccessMode.Field).HasMaxLength(1000);
    }
}
