using EmployerPortal.Application.Results;

namespace EmployerPortal.Application.UnitTests.Results;

public sealed class EmployeeNameKeyTests
{
    [Theory]
    [InlineData("Muñoz, José", "munoz jose")]
    [InlineData("  MÜLLER-Schröder ", "muller schroder")]
    [InlineData("O'Neil", "oneil")]
    [InlineData("Łukasz Øster", "lukasz oster")]
    [InlineData("Straße", "strasse")]
    [InlineData("!!!", "")]
    [InlineData(null, "")]
    public void Names_are_folded_to_lower_case_letters_without_accents(string? name, string key) =>
        EmployeeNameKey.Normalize(name).ShouldBe(key);

    [Fact]
    public void A_name_has_a_surname_first_key_and_a_first_name_first_key()
    {
        EmployeeNameKey.LastFirst("José", "Muñoz").ShouldBe("munoz jose");
        EmployeeNameKey.FirstLast("José", "Muñoz").ShouldBe("jose munoz");
    }

    [Fact]
    public void The_range_end_sorts_after_every_character_a_key_can_hold()
    {
        var key = EmployeeNameKey.Normalize("Zz 99 Ñ");
        key.ShouldAllBe(c => c < EmployeeNameKey.RangeEnd);
    }
}
