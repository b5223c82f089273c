using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// Which characters the embedded font can draw (read from its <c>cmap</c> table). A character it cannot draw is not
/// dropped or swapped for a look-alike: it is printed as its code (<c>[U+738B]</c>) and the document says so, so a
/// name is never silently changed. DejaVu Sans draws every Latin-script name (Vietnamese, Polish, Icelandic, …).
/// </summary>
internal static class FontCoverage
{
    public const string Notice =
        "Characters shown as [U+…] cannot be printed in this document's font; the Employer Portal shows the name exactly as entered.";

    private static readonly Lazy<HashSet<int>> CodePoints = new(() => Read(new EmbeddedFontResolver().GetFont("DejaVuSans")));

    public static bool CanDraw(int codePoint) => CodePoints.Value.Contains(codePoint);

    /// <summary>The text as it can be printed; <paramref name="changed"/> says whether any character had to be shown as its code.</summary>
    public static string Printable(string? text, out bool changed)
    {
        changed = false;
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\n' or '\r' or '\t' || CanDraw(rune.Value))
            {
                builder.Append(rune.ToString());
            }
            else
            {
                changed = true;
                builder.Append(CultureInfo.InvariantCulture, $"[U+{rune.Value:X4}]");
            }
        }

        return builder.ToString();
    }

    /// <summary>The code points of the font's Unicode cmap subtables (format 4 for the BMP, format 12 beyond it).</summary>
    private static HashSet<int> Read(byte[] font)
    {
        var span = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var cmap = -1;
        for (var i = 0; i < tables; i++)
        {
            var record = span[(12 + (16 * i))..];
            if (record[..4].SequenceEqual("cmap"u8))
            {
                cmap = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            }
        }

        var codePoints = new HashSet<int>();
        if (cmap < 0)
        {
            return codePoints;
        }

        var subtables = BinaryPrimitives.ReadUInt16BigEndian(span[(cmap + 2)..]);
        for (var i = 0; i < subtables; i++)
        {
            var entry = span[(cmap + 4 + (8 * i))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(entry);
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            if (platform is not (0 or 3))
            {
                continue;
            }

            if (format == 4)
            {
                ReadFormat4(span[offset..], codePoints);
            }
            else if (format == 12)
            {
                var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(offset + 12)..]);
                for (var g = 0; g < groups; g++)
                {
                    var group = span[(offset + 16 + (12 * g))..];
                    var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
                    var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                    for (var c = start; c <= end; c++)
                    {
                        codePoints.Add(c);
                    }
                }
            }
        }

        return codePoints;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, HashSet<int> codePoints)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (2 * s))..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = at + 1 < table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    codePoints.Add(c);
                }
            }
        }
    }
}
