using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Domain.UnitTests.Authorizations;

public sealed class ClinicTests
{
    private static readonly PostalAddress Address = new("4100 Elm St", "Suite 200", "Dallas", "TX", "75204");

    [Fact]
    public void A_clinic_keeps_its_code_upper_case_and_its_services_once_each()
    {
        var clinic = Clinic.Create(" dal-north ", " Northside ", Address, " (214) 555-0188 ", " Mon–Fri 7–6 ", CompanyTimeZone.From("America/Chicago"), ["PHYS-DOT", " PHYS-DOT", "DRUG-DOT", " "]);

        clinic.Code.ShouldBe("DAL-NORTH");
        clinic.Name.ShouldBe("Northside");
        clinic.Hours.ShouldBe("Mon–Fri 7–6");
        clinic.ServiceCodes.ShouldBe(["PHYS-DOT", "DRUG-DOT"]);
    }

    [Fact]
    public void An_authorization_keeps_the_clinic_as_it_stood_when_it_was_made()
    {
        var clinic = Clinic.Create("DAL-NORTH", "Northside", Address, "(214) 555-0188", "Mon–Fri 7–6", CompanyTimeZone.From("America/Chicago"), []);
        var authorized = clinic.ToAuthorized();

        clinic.Change("Northside", Address with { Line2 = null }, "(214) 555-0188", "Closed", CompanyTimeZone.From("America/Chicago"), []);

        authorized.ShouldBe(new AuthorizedClinic("DAL-NORTH", "Northside", "4100 Elm St, Suite 200, Dallas, TX 75204", "(214) 555-0188", "Mon–Fri 7–6"));
        clinic.ToAuthorized().Address.ShouldBe("4100 Elm St, Dallas, TX 75204");
    }

    [Fact]
    public void A_chosen_clinic_must_perform_every_authorized_service_and_any_clinic_always_may()
    {
        var clinic = Clinic.Create("DAL-NORTH", "Northside", Address, "(214) 555-0188", "Mon–Fri 7–6", CompanyTimeZone.From("America/Chicago"), ["PHYS-DOT", "DRUG-DOT"]);
        AuthorizedService[] dot = [new("PHYS-DOT", "DOT physical"), new("DRUG-DOT", "DOT urine drug screen")];
        AuthorizedService[] withVaccine = [new("PHYS-DOT", "DOT physical"), new("IMM-HEPB", "Hepatitis B vaccine"), new("IMM-FLU", "Influenza vaccine")];

        new ChosenClinicPerformsTheServices(clinic, dot).IsBroken().ShouldBeFalse();
        var lacking = new ChosenClinicPerformsTheServices(clinic, withVaccine);
        lacking.IsBroken().ShouldBeTrue();
        lacking.Message.ShouldBe("Northside does not perform Hepatitis B vaccine, Influenza vaccine; choose another clinic, or any clinic.");
        new ChosenClinicPerformsTheServices(null, withVaccine).IsBroken().ShouldBeFalse("any clinic");
        clinic.Performs(" DRUG-DOT ").ShouldBeTrue();
        clinic.Performs("drug-dot").ShouldBeFalse("service codes are exact");
    }
}
