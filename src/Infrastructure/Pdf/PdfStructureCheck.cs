using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>What the structural check found: a reason to refuse the document, or none.</summary>
public sealed record PdfStructureVerdict(string? Refusal, int PageCount)
{
    public bool Passed => Refusal is null;
}

/// <summary>
/// A bounded look at a PDF's raw bytes before any PDF library parses it: a small iterative (never recursive) tokenizer
/// finds every indirect object (<c>N G obj</c> anywhere in the file, so an object hidden where an xref table points
/// is found too, and the objects packed in object streams), with limits on nesting depth, object count, page count,
/// inflated stream bytes (inflation stops at the bound) and time. It refuses active content by name — JavaScript,
/// Launch, embedded files, forms that submit or import data, rich media, XFA — and a page tree that refers to itself,
/// on which PDFsharp would recurse until the process dies. Every definition of an object counts (earlier revisions
/// of an incrementally updated file too), so no revision a reader might pick can hide a loop.
/// </summary>
public static class PdfStructureCheck
{
    private static readonly Dictionary<string, string> ActiveContent = new(StringComparer.Ordinal)
    {
        ["JS"] = "it contains JavaScript (/JS)",
        ["JavaScript"] = "it contains JavaScript (/JavaScript)",
        ["Launch"] = "it contains a Launch action, which starts a program (/Launch)",
        ["EmbeddedFile"] = "it contains an embedded file (/EmbeddedFile)",
        ["EmbeddedFiles"] = "it contains embedded files (/EmbeddedFiles)",
        ["SubmitForm"] = "it contains a form that submits data (/SubmitForm)",
        ["ImportData"] = "it contains a form action that imports data (/ImportData)",
        ["RichMedia"] = "it contains rich media (/RichMedia)",
        ["XFA"] = "it contains an XFA form, which can carry scripts (/XFA)",
    };

    /// <summary>Checks a whole document held in memory. Never throws for what the bytes say; it answers a refusal.</summary>
    public static PdfStructureVerdict Check(byte[] pdf, PdfStructureLimits limits)
    {
        try
        {
            return new Scanner(pdf, limits).Run();
        }
        catch (RefusedException refused)
        {
            return new PdfStructureVerdict(refused.Message, 0);
        }
    }

    private sealed class RefusedException(string reason) : Exception(reason);

    private abstract class Value;

    private sealed class DictValue(Dictionary<string, Value> entries) : Value
    {
        public Dictionary<string, Value> Entries { get; } = entries;

        public Value? this[string key] => Entries.GetValueOrDefault(key);

        public bool Is(string key, string name) => this[key] is NameValue n && n.Name == name;
    }

    private sealed class ArrayValue(List<Value> items) : Value
    {
        public List<Value> Items { get; } = items;
    }

    private sealed class NameValue(string name) : Value
    {
        public string Name { get; } = name;
    }

    private sealed class RefValue(int number) : Value
    {
        public int Number { get; } = number;
    }

    private sealed class IntValue(long number) : Value
    {
        public long Number { get; } = number;
    }

    private sealed class OtherValue : Value
    {
        public static readonly OtherValue Instance = new();
    }

    private enum Token { End, ArrayOpen, ArrayClose, DictOpen, DictClose, Name, Integer, Other, Keyword }

    private sealed class Scanner(byte[] pdf, PdfStructureLimits limits)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Dictionary<int, List<Value>> objects = [];
        private readonly List<int> rootCandidates = [];
        private int objectCount;
        private long inflated;
        private int ticks;

        public PdfStructureVerdict Run()
        {
            ScanIndirectObjects();
            ScanTrailers();
            var pages = WalkPageTrees();
            return new PdfStructureVerdict(null, pages);
        }

        private void ScanIndirectObjects()
        {
            var span = pdf.AsSpan();
            var from = 0;
            while (from < pdf.Length)
            {
                var hit = span[from..].IndexOf("obj"u8);
                if (hit < 0)
                {
                    return;
                }

                var at = from + hit;
                from = at + 3;
                Tick();
                if ((from < pdf.Length && !IsWhitespace(pdf[from]) && !IsDelimiter(pdf[from])) || !TryReadObjectHeader(at, out var number))
                {
                    continue;
                }

                var position = from;
                var value = ParseValue(pdf, ref position, pdf.Length);
                if (value is null)
                {
                    continue;
                }

                AddObject(number, value);
                if (value is DictValue dict && TryFindStream(dict, position, out var start, out var length))
                {
                    ReadStream(dict, start, length);
                }
            }
        }

        /// <summary>"12 0 obj": the object number before the keyword at <paramref name="keyword"/>.</summary>
        private bool TryReadObjectHeader(int keyword, out int number)
        {
            number = 0;
            var i = keyword - 1;
            if (!SkipWhitespaceBack(ref i) || !SkipDigitsBack(ref i, out _) || !SkipWhitespaceBack(ref i) || !SkipDigitsBack(ref i, out var digits))
            {
                return false;
            }

            if (i >= 0 && !IsWhitespace(pdf[i]) && !IsDelimiter(pdf[i]))
            {
                return false;
            }

            return int.TryParse(Encoding.ASCII.GetString(pdf, i + 1, digits), NumberStyles.None, CultureInfo.InvariantCulture, out number);
        }

        private bool SkipWhitespaceBack(ref int i)
        {
            var start = i;
            while (i >= 0 && IsWhitespace(pdf[i]))
            {
                i--;
            }

            return i < start && i >= 0;
        }

        private bool SkipDigitsBack(ref int i, out int count)
        {
            var start = i;
            while (i >= 0 && pdf[i] is >= (byte)'0' and <= (byte)'9' && start - i < 10)
            {
                i--;
            }

            count = start - i;
            return count > 0;
        }

        private void ScanTrailers()
        {
            var span = pdf.AsSpan();
            var from = 0;
            while (from < pdf.Length)
            {
                var hit = span[from..].IndexOf("trailer"u8);
                if (hit < 0)
                {
                    return;
                }

                var position = from + hit + 7;
                from = position;
                if (ParseValue(pdf, ref position, pdf.Length) is DictValue trailer && trailer["Root"] is RefValue root)
                {
                    rootCandidates.Add(root.Number);
                }
            }
        }

        private void AddObject(int number, Value value)
        {
            if (++objectCount > limits.MaxObjects)
            {
                throw new RefusedException($"it has more than {limits.MaxObjects:N0} objects");
            }

            if (!objects.TryGetValue(number, out var definitions))
            {
                objects[number] = definitions = [];
            }

            definitions.Add(value);
            if (value is DictValue dict)
            {
                if (dict.Is("Type", "Catalog"))
                {
                    rootCandidates.Add(number);
                }

                if (dict.Is("Type", "XRef") && dict["Root"] is RefValue root)
                {
                    rootCandidates.Add(root.Number);
                }
            }
        }

        /// <summary>The data of the stream that follows a dictionary, if the keyword <c>stream</c> follows it.</summary>
        private bool TryFindStream(DictValue dict, int position, out int start, out int length)
        {
            start = length = 0;
            var i = position;
            SkipWhitespaceAndComments(pdf, ref i, pdf.Length);
            if (!pdf.AsSpan(i).StartsWith("stream"u8))
            {
                return false;
            }

            i += 6;
            if (i < pdf.Length && pdf[i] == '\r')
            {
                i++;
            }

            if (i < pdf.Length && pdf[i] == '\n')
            {
                i++;
            }

            start = i;
            if (dict["Length"] is IntValue declared && declared.Number >= 0 && declared.Number <= pdf.Length - start)
            {
                var after = start + (int)declared.Number;
                SkipWhitespaceAndComments(pdf, ref after, pdf.Length);
                if (pdf.AsSpan(after).StartsWith("endstream"u8))
                {
                    length = (int)declared.Number;
                    return true;
                }
            }

            var end = pdf.AsSpan(start).IndexOf("endstream"u8);
            length = end < 0 ? pdf.Length - start : end;
            return true;
        }

        private void ReadStream(DictValue dict, int start, int length)
        {
            var isObjectStream = dict.Is("Type", "ObjStm");
            var filter = dict["Filter"] switch
            {
                null => "",
                NameValue name => name.Name,
                ArrayValue { Items: [NameValue only] } => only.Name,
                ArrayValue { Items.Count: 0 } => "",
                _ => "?",
            };
            var hasPredictor = dict["DecodeParms"] is DictValue parms && parms["Predictor"] is IntValue { Number: > 1 };
            byte[]? data;
            if (filter is "FlateDecode" or "Fl")
            {
                data = Inflate(start, length, keep: isObjectStream && !hasPredictor);
            }
            else
            {
                data = filter.Length == 0 && isObjectStream ? pdf.AsSpan(start, length).ToArray() : null;
            }

            if (isObjectStream)
            {
                if (data is null)
                {
                    throw new RefusedException("an object stream uses a filter the portal does not read; send it with FlateDecode or without object streams");
                }

                ReadObjectStream(dict, data);
            }
        }

        /// <summary>Inflates a Flate stream with a bounded read: the document's total stops at the limit.</summary>
        private byte[]? Inflate(int start, int length, bool keep)
        {
            using var input = new MemoryStream(pdf, start, length, writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = keep ? new MemoryStream() : null;
            var buffer = ArrayPool<byte>.Shared.Rent(16_384); // one per stream: a merge of 200 documents checks over a thousand
            try
            {
                int read;
                while ((read = zlib.Read(buffer)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxInflatedBytes)
                    {
                        throw new RefusedException($"its streams inflate past {limits.MaxInflatedBytes / (1024 * 1024)} MB");
                    }

                    output?.Write(buffer, 0, read);
                    Tick();
                }
            }
            catch (InvalidDataException)
            {
                // A damaged stream: what inflated so far is all a reader gets from it too.
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return output?.ToArray();
        }

        /// <summary>The objects packed in an object stream: <c>/N</c> pairs of number and offset, then the objects from <c>/First</c>.</summary>
        private void ReadObjectStream(DictValue dict, byte[] data)
        {
            if (dict["N"] is not IntValue { Number: >= 0 } count || dict["First"] is not IntValue { Number: >= 0 } first || first.Number > data.Length)
            {
                return;
            }

            var position = 0;
            var headerEnd = (int)first.Number;
            for (long n = 0; n < count.Number; n++)
            {
                if (NextToken(data, ref position, headerEnd, out _, out var number) != Token.Integer
                    || NextToken(data, ref position, headerEnd, out _, out var offset) != Token.Integer)
                {
                    return;
                }

                var at = headerEnd + offset;
                if (number is < 0 or > int.MaxValue || at < headerEnd || at >= data.Length)
                {
                    continue;
                }

                var objectPosition = (int)at;
                if (ParseValue(data, ref objectPosition, data.Length) is { } value)
                {
                    AddObject((int)number, value);
                }
            }
        }

        /// <summary>Walks each page tree from its catalog without recursion; a node that is its own ancestor is refused.</summary>
        private int WalkPageTrees()
        {
            var state = new Dictionary<int, bool>(); // false: on the current path; true: done
            var pages = 0;
            foreach (var root in rootCandidates.Distinct())
            {
                foreach (var catalog in Definitions(root).OfType<DictValue>())
                {
                    if (catalog["Pages"] is RefValue top)
                    {
                        pages = Walk(top.Number, state, pages);
                    }
                }
            }

            return pages;
        }

        private int Walk(int top, Dictionary<int, bool> state, int pages)
        {
            if (state.ContainsKey(top))
            {
                return pages;
            }

            var path = new Stack<(int Node, List<int> Kids, int Next)>();
            state[top] = false;
            path.Push((top, Kids(top), 0));
            while (path.Count > 0)
            {
                Tick();
                var (node, kids, next) = path.Pop();
                if (next == kids.Count)
                {
                    state[node] = true;
                    if (kids.Count == 0 && ++pages > limits.MaxPages)
                    {
                        throw new RefusedException($"it has more than {limits.MaxPages:N0} pages");
                    }

                    continue;
                }

                path.Push((node, kids, next + 1));
                var kid = kids[next];
                if (state.TryGetValue(kid, out var done))
                {
                    if (!done)
                    {
                        throw new RefusedException($"the page tree refers to itself (object {kid} is its own ancestor)");
                    }

                    continue;
                }

                state[kid] = false;
                path.Push((kid, Kids(kid), 0));
            }

            return pages;
        }

        /// <summary>The children of a page tree node over all its definitions (a /Kids array, direct or referenced).</summary>
        private List<int> Kids(int node)
        {
            var kids = new List<int>();
            foreach (var definition in Definitions(node).OfType<DictValue>())
            {
                var arrays = definition["Kids"] switch
                {
                    ArrayValue direct => [direct],
                    RefValue reference => Definitions(reference.Number).OfType<ArrayValue>(),
                    _ => [],
                };
                kids.AddRange(arrays.SelectMany(a => a.Items.OfType<RefValue>()).Select(r => r.Number));
            }

            return [.. kids.Distinct()];
        }

        private IEnumerable<Value> Definitions(int number) => objects.TryGetValue(number, out var definitions) ? definitions : [];

        private void Tick()
        {
            if ((++ticks & 0x3FF) == 0 && clock.Elapsed > limits.TimeBudget)
            {
                throw new RefusedException($"it took longer than {limits.TimeBudget.TotalSeconds:0} seconds to check");
            }
        }

        /// <summary>
        /// One PDF value from <paramref name="position"/>, or null when the bytes there are not one. Containers are kept on an
        /// explicit stack, so depth costs memory bounded by the limit, never call stack.
        /// </summary>
        private Value? ParseValue(byte[] buffer, ref int position, int end)
        {
            var open = new Stack<(bool IsDict, List<Value> Items)>();
            var top = new List<(Value Value, int Start)>(2);
            while (true)
            {
                Tick();
                var tokenStart = position;
                var token = NextToken(buffer, ref position, end, out var text, out var integer);
                if (open.Count == 0 && top.Count > 0)
                {
                    // After a number at the top level only "N G R" continues the value; anything else starts the next one.
                    if (token == Token.Keyword && text == "R" && top is [(IntValue { Number: >= 0 and <= int.MaxValue } number, _), (IntValue, _)])
                    {
                        return new RefValue((int)number.Number);
                    }

                    if (token != Token.Integer || top.Count == 2)
                    {
                        position = top.Count > 1 ? top[1].Start : tokenStart;
                        return top[0].Value;
                    }
                }

                Value completed;
                switch (token)
                {
                    case Token.End:
                        return null;
                    case Token.ArrayOpen or Token.DictOpen:
                        if (open.Count >= limits.MaxNestingDepth)
                        {
                            throw new RefusedException($"it nests arrays or dictionaries deeper than {limits.MaxNestingDepth}");
                        }

                        open.Push((token == Token.DictOpen, []));
                        continue;
                    case Token.ArrayClose or Token.DictClose:
                        if (open.Count == 0 || open.Peek().IsDict != (token == Token.DictClose))
                        {
                            return null;
                        }

                        var (isDict, items) = open.Pop();
                        completed = isDict ? ToDict(items) : new ArrayValue(items);
                        break;
                    case Token.Name:
                        if (ActiveContent.TryGetValue(text!, out var reason))
                        {
                            throw new RefusedException(reason);
                        }

                        completed = new NameValue(text!);
                        break;
                    case Token.Integer:
                        completed = new IntValue(integer);
                        break;
                    case Token.Keyword when text == "R" && open.Count > 0 && open.Peek().Items is [.., IntValue { Number: >= 0 and <= int.MaxValue } number, IntValue _] current:
                        current.RemoveRange(current.Count - 2, 2);
                        completed = new RefValue((int)number.Number);
                        break;
                    case Token.Keyword when text is "true" or "false" or "null":
                    case Token.Other:
                        completed = OtherValue.Instance;
                        break;
                    default:
                        if (open.Count == 0)
                        {
                            position = tokenStart;
                        }

                        return null;
                }

                if (open.Count > 0)
                {
                    open.Peek().Items.Add(completed);
                }
                else if (completed is IntValue)
                {
                    top.Add((completed, tokenStart));
                }
                else
                {
                    return completed;
                }
            }
        }

        private static DictValue ToDict(List<Value> items)
        {
            var entries = new Dictionary<string, Value>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < items.Count; i += 2)
            {
                if (items[i] is NameValue key)
                {
                    entries[key.Name] = items[i + 1];
                }
            }

            return new DictValue(entries);
        }

        private Token NextToken(byte[] buffer, ref int position, int end, out string? text, out long integer)
        {
            text = null;
            integer = 0;
            SkipWhitespaceAndComments(buffer, ref position, end);
            if (position >= end)
            {
                return Token.End;
            }

            var c = buffer[position];
            switch (c)
            {
                case (byte)'[':
                    position++;
                    return Token.ArrayOpen;
                case (byte)']':
                    position++;
                    return Token.ArrayClose;
                case (byte)'<' when position + 1 < end && buffer[position + 1] == '<':
                    position += 2;
                    return Token.DictOpen;
                case (byte)'>' when position + 1 < end && buffer[position + 1] == '>':
                    position += 2;
                    return Token.DictClose;
                case (byte)'<':
                    var close = buffer.AsSpan(position, end - position).IndexOf((byte)'>');
                    position = close < 0 ? end : position + close + 1;
                    return Token.Other;
                case (byte)'(':
                    SkipLiteralString(buffer, ref position, end);
                    return Token.Other;
                case (byte)'/':
                    text = ReadName(buffer, ref position, end);
                    return Token.Name;
                case (byte)')' or (byte)'>' or (byte)'{' or (byte)'}':
                    position++;
                    return Token.Other;
            }

            var start = position;
            while (position < end && !IsWhitespace(buffer[position]) && !IsDelimiter(buffer[position]))
            {
                position++;
            }

            var word = buffer.AsSpan(start, position - start);
            if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer))
            {
                return Token.Integer;
            }

            if (word.Length > 0 && (word[0] is (byte)'+' or (byte)'-' or (byte)'.' || char.IsAsciiDigit((char)word[0])))
            {
                return Token.Other;
            }

            text = Encoding.ASCII.GetString(word.Length > 32 ? word[..32] : word);
            return Token.Keyword;
        }

        /// <summary>A name with its <c>#xx</c> escapes decoded, so <c>/J#53</c> is read as <c>/JS</c>.</summary>
        private static string ReadName(byte[] buffer, ref int position, int end)
        {
            position++;
            var name = new List<byte>();
            while (position < end && !IsWhitespace(buffer[position]) && !IsDelimiter(buffer[position]))
            {
                if (buffer[position] == '#' && position + 2 < end
                    && byte.TryParse(buffer.AsSpan(position + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var decoded))
                {
                    name.Add(decoded);
                    position += 3;
                    continue;
                }

                if (name.Count < 256)
                {
                    name.Add(buffer[position]);
                }

                position++;
            }

            return Encoding.Latin1.GetString(name.ToArray());
        }

        private static void SkipLiteralString(byte[] buffer, ref int position, int end)
        {
            var depth = 0;
            while (position < end)
            {
                var c = buffer[position++];
                if (c == '\\')
                {
                    position++;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    return;
                }
            }
        }

        private static void SkipWhitespaceAndComments(byte[] buffer, ref int position, int end)
        {
            while (position < end)
            {
                if (IsWhitespace(buffer[position]))
                {
                    position++;
                }
                else if (buffer[position] == '%')
                {
                    while (position < end && buffer[position] is not ((byte)'\r' or (byte)'\n'))
                    {
                        position++;
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private static bool IsWhitespace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

        private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
    }
}
