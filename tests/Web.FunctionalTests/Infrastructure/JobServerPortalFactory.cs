namespace EmployerPortal.Web.FunctionalTests.Infrastructure;

/// <summary>A portal host that runs the background job server and its recurring sweeps, for the tests about them.</summary>
public sealed class JobServerPortalFactory : PortalFactory
{
    protected override bool RunsJobServer => true;
}
