using EmployerPortal.Application.Housekeeping;
using EmployerPortal.Infrastructure.Options;

namespace EmployerPortal.Infrastructure.Housekeeping;

/// <summary>
/// The portal's temporary files: <c>*.tmp</c> anywhere under the data folder (the document store writes its
/// uploads as <c>documents/tmp/*.tmp</c> before moving them into place). Nothing else is ever deleted.
/// </summary>
public sealed class TemporaryFiles(PortalPaths paths) : ITemporaryFiles
{
    public const string Pattern = "*.tmp";

    public int RemoveOrphans(DateTimeOffset olderThan)
    {
        var removed = 0;
        foreach (var file in new DirectoryInfo(paths.DataDirectory).EnumerateFiles(Pattern, SearchOption.AllDirectories))
        {
            if (file.LastWriteTimeUtc >= olderThan.UtcDateTime)
            {
                continue;
            }

            try
            {
                file.Delete();
                removed++;
            }
            catch (IOException)
            {
                // Still held open: not an orphan after all; the next run looks again.
            }
        }

        return removed;
    }
}
