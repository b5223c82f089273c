using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// Writes one PDF made of the pages of several, document by document, straight to the output: each appended
/// document's pages and every object they use (fonts, images, content streams, annotations) are written the moment it
/// is appended, under new object numbers, with their streams copied as stored (still compressed). What stays in memory
/// across documents is one offset per written object, one number per page and the bookmarks, so a merge's peak memory
/// is one input document's, not the whole output's — PDFsharp's own writer would hold every imported page until it
/// saves. <see cref="Finish"/> writes the page tree, the bookmarks (one per document, to its first page), the catalog,
/// the cross-reference table and the trailer.
/// </summary>
/// <remarks>
/// Only what the pages reach is copied: a document's own catalog (forms, outlines, named destinations, document
/// JavaScript) is not, exactly as with PDFsharp's page import. Every number a page's objects had in their own file is
/// replaced, so objects of two documents never collide.
/// </remarks>
internal sealed class PdfConcatenation
{
    private const int CatalogNumber = 1;
    private const int PageTreeNumber = 2;
    private const int OutlinesNumber = 3;
    private const int InfoNumber = 4;

    private readonly Stream _output;
    private readonly string _title;
    private readonly List<long> _offsets = [0, 0, 0, 0, 0]; // object number → where it starts; 0 and the reserved ones first
    private readonly List<int> _pages = [];
    private readonly List<(string Title, int Page)> _bookmarks = [];
    private long _position;

    public PdfConcatenation(Stream output, string title)
    {
        _output = output;
        _title = title;
        Write("%PDF-1.7\n%"u8);
        Write([0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']); // a comment of bytes above 127: the file is binary
    }

    public int PageCount => _pages.Count;

    /// <summary>Writes every page of <paramref name="source"/> and what the pages use, with a bookmark to the first page.</summary>
    public void Append(PdfDocument source, string bookmark)
    {
        var numbers = new Dictionary<PdfObjectID, int>();
        var pending = new Queue<(PdfObject Item, int Number, bool IsPage)>();
        var first = 0;
        foreach (var page in source.Pages)
        {
            var number = NewObjectNumber();
            numbers[page.Reference!.ObjectID] = number; // a page is always an indirect object
            pending.Enqueue((page, number, true));
            _pages.Add(number);
            first = first == 0 ? number : first;
        }

        while (pending.TryDequeue(out var next))
        {
            WriteIndirect(next.Item, next.Number, next.IsPage, numbers, pending);
        }

        if (first != 0)
        {
            _bookmarks.Add((bookmark, first));
        }
    }

    /// <summary>Writes the page tree, the bookmarks, the catalog, the document information and the trailer.</summary>
    public void Finish()
    {
        BeginObject(PageTreeNumber);
        Write("<</Type /Pages /Count "u8);
        WriteNumber(_pages.Count);
        Write(" /Kids ["u8);
        foreach (var page in _pages)
        {
            WriteReference(page);
            Write(" "u8);
        }

        Write("]>>"u8);
        EndObject();

        var outlineNumbers = _bookmarks.Select(_ => NewObjectNumber()).ToList();
        for (var i = 0; i < _bookmarks.Count; i++)
        {
            BeginObject(outlineNumbers[i]);
            Write("<</Title "u8);
            WriteTextString(_bookmarks[i].Title);
            Write(" /Parent "u8);
            WriteReference(OutlinesNumber);
            if (i > 0)
            {
                Write(" /Prev "u8);
                WriteReference(outlineNumbers[i - 1]);
            }

            if (i < _bookmarks.Count - 1)
            {
                Write(" /Next "u8);
                WriteReference(outlineNumbers[i + 1]);
            }

            Write(" /Dest ["u8);
            WriteReference(_bookmarks[i].Page);
            Write(" /XYZ null null null]>>"u8);
            EndObject();
        }

        BeginObject(OutlinesNumber);
        Write("<</Type /Outlines /Count "u8);
        WriteNumber(_bookmarks.Count);
        if (_bookmarks.Count > 0)
        {
            Write(" /First "u8);
            WriteReference(outlineNumbers[0]);
            Write(" /Last "u8);
            WriteReference(outlineNumbers[^1]);
        }

        Write(">>"u8);
        EndObject();

        BeginObject(CatalogNumber);
        Write("<</Type /Catalog /Pages "u8);
        WriteReference(PageTreeNumber);
        Write(" /Outlines "u8);
        WriteReference(OutlinesNumber);
        Write(" /PageMode /UseOutlines>>"u8);
        EndObject();

        BeginObject(InfoNumber);
        Write("<</Title "u8);
        WriteTextString(_title);
        Write(" /Producer "u8);
        WriteTextString("Employer Portal");
        Write(">>"u8);
        EndObject();

        var table = _position;
        Write("xref\n0 "u8);
        WriteNumber(_offsets.Count);
        Write("\n0000000000 65535 f\r\n"u8);
        Span<byte> entry = stackalloc byte[20];
        for (var number = 1; number < _offsets.Count; number++)
        {
            _offsets[number].TryFormat(entry[..10], out _, "D10", CultureInfo.InvariantCulture);
            " 00000 n\r\n"u8.CopyTo(entry[10..]);
            Write(entry);
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Write("trailer\n<</Size "u8);
        WriteNumber(_offsets.Count);
        Write(" /Root "u8);
        WriteReference(CatalogNumber);
        Write(" /Info "u8);
        WriteReference(InfoNumber);
        WriteAscii($" /ID [<{id}> <{id}>]>>\nstartxref\n{table}\n%%EOF\n");
    }

    private void WriteIndirect(PdfObject item, int number, bool isPage, Dictionary<PdfObjectID, int> numbers, Queue<(PdfObject, int, bool)> pending)
    {
        BeginObject(number);
        if (item is PdfDictionary { Stream: { } stream } dictionary)
        {
            var bytes = stream.Value;
            Write("<<"u8);
            WriteEntries(dictionary, except: "/Length", numbers, pending);
            Write("/Length "u8);
            WriteNumber(bytes.Length);
            Write(">>\nstream\n"u8);
            Write(bytes);
            Write("\nendstream"u8);
        }
        else if (isPage && item is PdfDictionary page)
        {
            Write("<<"u8);
            WriteEntries(page, except: "/Parent", numbers, pending);
            Write("/Parent "u8);
            WriteReference(PageTreeNumber);
            Write(">>"u8);
        }
        else
        {
            WriteValue(item, numbers, pending);
        }

        EndObject();
    }

    private void WriteEntries(PdfDictionary dictionary, string except, Dictionary<PdfObjectID, int> numbers, Queue<(PdfObject, int, bool)> pending)
    {
        foreach (var (key, value) in dictionary.Elements)
        {
            if (key == except || value is null)
            {
                continue;
            }

            WriteName(key);
            Write(" "u8);
            WriteValue(value, numbers, pending);
            Write(" "u8);
        }
    }

    /// <summary>One value, in the syntax of the PDF standard; nesting is bounded by the structure check before PDFsharp parsed it.</summary>
    private void WriteValue(PdfItem item, Dictionary<PdfObjectID, int> numbers, Queue<(PdfObject, int, bool)> pending)
    {
        switch (item)
        {
            case PdfReference reference:
                if (reference.Value is null)
                {
                    Write("null"u8);
                    break;
                }

                if (!numbers.TryGetValue(reference.ObjectID, out var number))
                {
                    number = NewObjectNumber();
                    numbers[reference.ObjectID] = number;
                    pending.Enqueue((reference.Value, number, false));
                }

                WriteReference(number);
                break;
            case PdfDictionary dictionary:
                Write("<<"u8);
                WriteEntries(dictionary, except: "", numbers, pending);
                Write(">>"u8);
                break;
            case PdfArray array:
                Write("["u8);
                foreach (var element in array.Elements)
                {
                    WriteValue(element, numbers, pending);
                    Write(" "u8);
                }

                Write("]"u8);
                break;
            case PdfName name:
                WriteName(name.Value);
                break;
            case PdfNameObject name:
                WriteName(name.Value);
                break;
            case PdfString text:
                WriteString(text.Value, text.Encoding);
                break;
            case PdfStringObject text:
                WriteString(text.Value, text.Encoding);
                break;
            case PdfInteger integer:
                WriteNumber(integer.Value);
                break;
            case PdfIntegerObject integer:
                WriteNumber(integer.Value);
                break;
            case PdfLongInteger integer:
                WriteNumber(integer.Value);
                break;
            case PdfLongIntegerObject integer:
                WriteNumber(integer.Value);
                break;
            case PdfReal real:
                WriteReal(real.Value);
                break;
            case PdfRealObject real:
                WriteReal(real.Value);
                break;
            case PdfBoolean boolean:
                Write(boolean.Value ? "true"u8 : "false"u8);
                break;
            case PdfBooleanObject boolean:
                Write(boolean.Value ? "true"u8 : "false"u8);
                break;
            case PdfNull or PdfNullObject:
                Write("null"u8);
                break;
            case PdfRectangle rectangle:
                Write("["u8);
                WriteReal(rectangle.X1);
                Write(" "u8);
                WriteReal(rectangle.Y1);
                Write(" "u8);
                WriteReal(rectangle.X2);
                Write(" "u8);
                WriteReal(rectangle.Y2);
                Write("]"u8);
                break;
            default:
                throw new NotSupportedException($"A PDF value of type {item.GetType().Name} cannot be copied.");
        }
    }

    /// <summary>
    /// A name as the file had it. PDFsharp decodes <c>#xx</c> escapes and, when a name holds a byte of a UTF-8 sequence,
    /// the whole name as UTF-8; every byte outside the regular printable characters is written escaped again.
    /// </summary>
    private void WriteName(string name)
    {
        var body = name.AsSpan(name.StartsWith('/') ? 1 : 0);
        var utf8 = false;
        foreach (var c in body)
        {
            utf8 |= c >= 0xC0;
        }

        var bytes = utf8 ? Encoding.UTF8.GetBytes(body.ToString()) : [.. body.ToString().Select(c => (byte)c)];
        Write("/"u8);
        Span<byte> escaped = stackalloc byte[3];
        foreach (var b in bytes)
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%"u8.IndexOf(b) < 0)
            {
                Write([b]);
            }
            else
            {
                escaped[0] = (byte)'#';
                b.TryFormat(escaped[1..], out _, "X2", CultureInfo.InvariantCulture);
                Write(escaped);
            }
        }
    }

    /// <summary>
    /// A string as a hexadecimal literal: PDFsharp keeps a string's bytes as characters below 256, except a UTF-16 text
    /// string (byte order mark) it decodes, which is written back as UTF-16BE with its mark.
    /// </summary>
    private void WriteString(string value, PdfStringEncoding encoding)
    {
        if (encoding == PdfStringEncoding.Unicode || value.Any(c => c > 0xFF))
        {
            WriteTextString(value);
            return;
        }

        Write("<"u8);
        WriteAscii(Convert.ToHexString([.. value.Select(c => (byte)c)]));
        Write(">"u8);
    }

    /// <summary>A text string in UTF-16BE with its byte order mark, hexadecimal: any name prints as it is.</summary>
    private void WriteTextString(string value)
    {
        Write("<FEFF"u8);
        WriteAscii(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)));
        Write(">"u8);
    }

    private int NewObjectNumber()
    {
        _offsets.Add(0);
        return _offsets.Count - 1;
    }

    private void BeginObject(int number)
    {
        _offsets[number] = _position;
        WriteNumber(number);
        Write(" 0 obj\n"u8);
    }

    private void EndObject() => Write("\nendobj\n"u8);

    private void WriteReference(int number)
    {
        WriteNumber(number);
        Write(" 0 R"u8);
    }

    private void WriteNumber(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var written);
        Write(digits[..written]);
    }

    private void WriteReal(double value)
    {
        WriteAscii(double.IsFinite(value) ? value.ToString("0.##########", CultureInfo.InvariantCulture) : "0");
    }

    private void WriteAscii(string text) => Write(Encoding.ASCII.GetBytes(text));

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }
}
