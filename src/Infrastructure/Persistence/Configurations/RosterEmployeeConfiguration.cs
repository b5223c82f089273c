using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Employees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class RosterEmployeeConfiguration : IEntityTypeConfiguration<RosterEmployee>
{
    public void Configure(EntityTypeBuilder<RosterEmployee> builder)
    {
        builder.ToTable("RosterEmployees");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.EmployeeNumber).HasMaxLength(50).IsRequired();
        builder.HasIndex(e => new { e.CompanyId, e.EmployeeNumber }).IsUnique();
        builder.Property(e => e.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(e => e.LastName).HasMaxLength(100).IsRequired();
        builder.HasIndex(e => new { e.CompanyId, e.LastName, e.FirstName });
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.Phone).HasMaxLength(40);
        builder.Property(e => e.JobTitle).HasMaxLength(100);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(e => e.LocationCodes).HasField("_locationCodes").UsePropertyAccessMode(PropertyAccessMode.Field).HasMaxLength(400);
        builder.PrimitiveCollection(e => e.Programs).HasField("_programs").UsePropertyAccessMode(PropertyAccessMode.Field).HasMaxLength(400);
        builder.Ignore(e => e.FullName);
        builder.Ignore(e => e.ShortName);
        builder.Ignore(e => e.TrackedItems);
        builder.Ignore(e => e.DomainEvents);
    }
}
