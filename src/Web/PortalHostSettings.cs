namespace EmployerPortal.Web;

/// <summary>Host settings the portal's entry point passes to the builder, shared with hosts built like it (the benchmarks).</summary>
public static class PortalHostSettings
{
    /// <summary>
    /// Turns off reload-on-change of the configuration files: its watcher covers the whole content root recursively,
    /// the data folder and its document folders included (see Program.cs).
    /// </summary>
    public const string ReadConfigurationOnce = "--hostBuilder:reloadConfigOnChange=false";
}
