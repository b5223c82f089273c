using System.Text;
using EmployerPortal.Domain.Companies;

namespace EmployerPortal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The data step of the AddCompanyTimeZone migration, the same portable SQL on SQLite and SQL Server: every existing
/// company gets the zone of its address's state (the rule <see cref="CompanyTimeZone.ForState"/> applies to new ones).
/// </summary>
internal static class CompanyTimeZoneBackfill
{
    public static string Sql()
    {
        var sql = new StringBuilder("UPDATE Companies SET TimeZone = CASE State");
        foreach (var (state, zone) in CompanyTimeZone.StateZones.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sql.Append($" WHEN '{state}' THEN '{zone}'");
        }

        return sql.Append(" ELSE 'America/New_York' END WHERE TimeZone = ''").ToString();
    }
}
