using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// PDFsharp's fonts, embedded in this assembly (DejaVu Sans, Bitstream Vera licence — see Pdf/Fonts/DejaVu-LICENSE.txt):
/// no system font is assumed, and accented names ("José Muñoz") render everywhere. Every family resolves to DejaVu Sans.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock InstallLock = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    /// <summary>Sets the resolver once per process; PDFsharp allows only one.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        bold ? new FontResolverInfo(Bold) : new FontResolverInfo(Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => Faces.GetOrAdd(faceName, static name =>
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"EmployerPortal.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
