using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.InjuryCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

internal sealed class InjuryCaseConfiguration : IEntityTypeConfiguration<InjuryCase>
{
    public void Configure(EntityTypeBuilder<InjuryCase> builder)
    {
        builder.ToTable("InjuryCases");
        builder.HasKey(c => c.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ExternalCaseId).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => new { c.CompanyId, c.ExternalCaseId }).IsUnique();
        builder.HasIndex(c => new { c.CompanyId, c.Status, c.LocationCode });
        builder.Property(c => c.LocationCode).HasMaxLength(10).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(c => c.Employee, e => e.MapEmployee());
        builder.ComplexProperty(c => c.Details, details =>
        {
            details.Property(d => d.InjuryDate).HasColumnName("InjuryDate");
            details.Property(d => d.InjuryTime).HasColumnName("InjuryTime");
            details.Property(d => d.BodyPart).HasColumnName("BodyPart").HasMaxLength(100);
            details.Property(d => d.ClaimNumber).HasColumnName("ClaimNumber").HasMaxLength(50);
            details.Property(d => d.Carrier).HasColumnName("Carrier").HasMaxLength(100);
            details.Property(d => d.Description).HasColumnName("Description").HasMaxLength(500);
        });
        builder.ComplexProperty(c => c.OshaCorrection, correction =>
        {
            correction.Property(o => o.Classification).HasColumnName("OshaClassification").HasConversion<string>().HasMaxLength(30);
            correction.Property(o => o.JobTitle).HasColumnName("OshaJobTitle").HasMaxLength(100);
            correction.Property(o => o.WhereOccurred).HasColumnName("OshaWhereOccurred").HasMaxLength(200);
            correction.Property(o => o.Description).HasColumnName("OshaDescription").HasMaxLength(500);
            correction.Property(o => o.DaysAway).HasColumnName("OshaDaysAway");
            correction.Property(o => o.DaysRestricted).HasColumnName("OshaDaysRestricted");
        });
        builder.ComplexProperty(c => c.Osha301, report =>
        {
            report.Property(o => o.EmployeeStreet).HasColumnName("Osha301EmployeeStreet").HasMaxLength(200);
            report.Property(o => o.EmployeeCity).HasColumnName("Osha301EmployeeCity").HasMaxLength(100);
            report.Property(o => o.EmployeeState).HasColumnName("Osha301EmployeeState").HasMaxLength(2);
            report.Property(o => o.EmployeePostalCode).HasColumnName("Osha301EmployeePostalCode").HasMaxLength(10);
            report.Property(o => o.HireDate).HasColumnName("Osha301HireDate");
            report.Property(o => o.PhysicianName).HasColumnName("Osha301PhysicianName").HasMaxLength(200);
            report.Property(o => o.FacilityName).HasColumnName("Osha301FacilityName").HasMaxLength(200);
            report.Property(o => o.FacilityAddress).HasColumnName("Osha301FacilityAddress").HasMaxLength(300);
            report.Property(o => o.TreatedInEmergencyRoom).HasColumnName("Osha301TreatedInEmergencyRoom");
            report.Property(o => o.HospitalizedOvernight).HasColumnName("Osha301HospitalizedOvernight");
            report.Property(o => o.TimeBeganWork).HasColumnName("Osha301TimeBeganWork");
            report.Property(o => o.ActivityBefore).HasColumnName("Osha301ActivityBefore").HasMaxLength(1000);
            report.Property(o => o.WhatHappened).HasColumnName("Osha301WhatHappened").HasMaxLength(1000);
            report.Property(o => o.InjuryOrIllness).HasColumnName("Osha301InjuryOrIllness").HasMaxLength(1000);
            report.Property(o => o.ObjectOrSubstance).HasColumnName("Osha301ObjectOrSubstance").HasMaxLength(1000);
            report.Property(o => o.DateOfDeath).HasColumnName("Osha301DateOfDeath");
            report.Property(o => o.CompletedBy).HasColumnName("Osha301CompletedBy").HasMaxLength(200);
            report.Property(o => o.CompletedByTitle).HasColumnName("Osha301CompletedByTitle").HasMaxLength(100);
            report.Property(o => o.CompletedByPhone).HasColumnName("Osha301CompletedByPhone").HasMaxLength(30);
            report.Property(o => o.CompletedOn).HasColumnName("Osha301CompletedOn");
        });
        builder.OwnsMany(c => c.Visits, visits =>
        {
            visits.ToTable("InjuryCaseVisits");
            visits.WithOwner().HasForeignKey("InjuryCaseId");
            visits.Property<int>("Id");
            visits.HasKey("Id");
            visits.HasIndex(v => v.VisitResultId).IsUnique();
        });
        builder.OwnsMany(c => c.WorkStatuses, statuses =>
        {
            statuses.ToTable("InjuryCaseWorkStatuses");
            statuses.WithOwner().HasForeignKey("InjuryCaseId");
            statuses.Property<int>("Id");
            statuses.HasKey("Id");
            statuses.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            statuses.Property(s => s.RestrictionsText).HasMaxLength(2000);
            statuses.Ignore(s => s.Restrictions);
        });
        builder.Navigation(c => c.Visits).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.WorkStatuses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.History);
        builder.Ignore(c => c.Latest);
        builder.Ignore(c => c.DomainEvents);
    }
}
