using EmployerPortal.Domain.Common;

namespace EmployerPortal.Domain.UnitTests;

/// <summary>Values the tests share: a fixed clock reading and a valid employee.</summary>
internal static class TestData
{
    /// <summary>Mid-morning on 10 March 2025 in US Central time.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 30, 0, TimeSpan.FromHours(-5));

    public static readonly DateOnly Today = new(2025, 3, 10);

    public static Employee Employee() =>
        new("Dana", "Whitfield", new DateOnly(1988, 6, 21), "E-1042", "dana.whitfield@example.com", "555-0142");
}
