using EmployerPortal.Application.Common.Security;
using EmployerPortal.Infrastructure.Identity.ApiKeys;
using EmployerPortal.Infrastructure.Persistence;

namespace EmployerPortal.Web.CommandLine;

/// <summary>
/// <c>dotnet run --project src/Web -- ops-key create --name NAME --scopes a,b</c> | <c>revoke --name NAME</c> | <c>list</c>.
/// Brings the database up to date first, manages the keys and exits without starting the web server.
/// The plain key is printed once, by create; only its hash is stored.
/// </summary>
public static class OpsKeyCommandLine
{
    public const string Verb = "ops-key";

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var store = scope.ServiceProvider.GetRequiredService<OpsApiKeyStore>();
        try
        {
            switch (args.Skip(1).FirstOrDefault())
            {
                case "create" when Option(args, "--name") is { } name && Option(args, "--scopes") is { } scopes:
                    var key = await store.CreateAsync(name, scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), cancellationToken);
                    await output.WriteLineAsync($"Created ops API key '{name.Trim()}' with scopes {scopes}. Store it now; it is not shown again:");
                    await output.WriteLineAsync(key);
                    return 0;
                case "revoke" when Option(args, "--name") is { } name:
                    if (!await store.RevokeAsync(name, cancellationToken))
                    {
                        await error.WriteLineAsync($"No ops API key is named '{name}'.");
                        return 1;
                    }

                    await output.WriteLineAsync($"Revoked ops API key '{name}'.");
                    return 0;
                case "list":
                    foreach (var summary in await store.ListAsync(cancellationToken))
                    {
                        var state = summary.RevokedAt is { } revoked ? $"revoked {revoked:u}" : "active";
                        await output.WriteLineAsync($"{summary.Name}\t{string.Join(',', summary.Scopes)}\tcreated {summary.CreatedAt:u}\t{state}");
                    }

                    return 0;
                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static string Usage =>
        $"""
        Usage:
          {Verb} create --name NAME --scopes SCOPE[,SCOPE...]   scopes: {string.Join(", ", OpsScopes.All)}
          {Verb} revoke --name NAME
          {Verb} list
        """;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
