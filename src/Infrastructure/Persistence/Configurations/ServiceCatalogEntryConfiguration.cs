using EmployerPortal.Domain.Authorizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmployerPortal.Infrastructure.Persistence.Configurations;

/// <summary>The service catalog, seeded through the migrations of both providers; ops can extend it later.</summary>
internal sealed class ServiceCatalogEntryConfiguration : IEntityTypeConfiguration<ServiceCatalogEntry>
{
    private const string Physicals = "Physicals";
    private const string DrugAndAlcohol = "Drug and alcohol testing";
    private const string Respiratory = "Respiratory";
    private const string Immunizations = "Immunizations and TB";
    private const string HearingAndVision = "Hearing and vision";
    private const string HumanPerformance = "Human performance evaluation";
    private const string Lab = "Lab tests";
    private const string InjuryCare = "Injury care";

    /// <summary>The catalog as first shipped.</summary>
    public static IReadOnlyList<ServiceCatalogEntry> Seed { get; } =
    [
        new("PHYS-DOT", "DOT physical", Physicals, 100),
        new("PHYS-NONDOT", "Non-DOT physical", Physicals, 110),
        new("PHYS-PREPLACE", "Pre-placement physical", Physicals, 120),
        new("PHYS-RTW", "Return-to-work evaluation", Physicals, 130),
        new("PHYS-SURV", "Medical surveillance exam", Physicals, 140),
        new("DRUG-DOT", "DOT urine drug screen", DrugAndAlcohol, 200),
        new("DRUG-NONDOT", "Non-DOT drug screen", DrugAndAlcohol, 210, "Panel", "5-panel|10-panel|5-panel + expanded opiates|10-panel + expanded opiates|Hair 5-panel"),
        new("ALC-BAT", "Breath alcohol test", DrugAndAlcohol, 220),
        new("RESP-FIT", "Respirator fit test", Respiratory, 300),
        new("RESP-CLEAR", "Respirator medical clearance", Respiratory, 310),
        new("RESP-PFT", "Pulmonary function test", Respiratory, 320),
        new("IMM-TB", "TB skin test", Immunizations, 400),
        new("IMM-HEPB", "Hepatitis B vaccine", Immunizations, 410),
        new("IMM-FLU", "Influenza vaccine", Immunizations, 420),
        new("IMM-OTHER", "Other vaccine", Immunizations, 430, "Vaccine"),
        new("HV-AUDIO", "Audiogram", HearingAndVision, 500),
        new("HV-VISION", "Vision screen", HearingAndVision, 510),
        new("HPE", "Human performance evaluation", HumanPerformance, 600),
        new("LAB", "Lab tests", Lab, 700, "Tests"),
        new("INJ-EVAL", "Injury care: initial evaluation and treatment", InjuryCare, 800),
    ];

    public void Configure(EntityTypeBuilder<ServiceCatalogEntry> builder)
    {
        builder.ToTable("ServiceCatalog");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Group).HasMaxLength(100).IsRequired();
        builder.Property(s => s.DetailLabel).HasMaxLength(50);
        builder.Property(s => s.DetailOptions).HasMaxLength(1000);
        builder.Ignore(s => s.RequiresDetail);
        builder.Ignore(s => s.DetailChoices);
        builder.HasData(Seed);
    }
}
