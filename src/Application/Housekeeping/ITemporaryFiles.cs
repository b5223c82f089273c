namespace EmployerPortal.Application.Housekeeping;

/// <summary>Temporary files the portal leaves in its data folder (an upload cut off half-way, say).</summary>
public interface ITemporaryFiles
{
    /// <summary>Deletes temporary files last written before <paramref name="olderThan"/>; returns how many.</summary>
    int RemoveOrphans(DateTimeOffset olderThan);
}
