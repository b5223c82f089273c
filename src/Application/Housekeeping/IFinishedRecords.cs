namespace EmployerPortal.Application.Housekeeping;

/// <summary>Records that have done their work and are kept only for a while: ended sessions and sent notices.</summary>
public interface IFinishedRecords
{
    /// <summary>Deletes sessions that ended or expired before <paramref name="before"/>; returns how many.</summary>
    Task<int> RemoveSessionsFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Deletes notices sent before <paramref name="before"/>; pending ones stay; returns how many.</summary>
    Task<int> RemoveNoticesSentBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
