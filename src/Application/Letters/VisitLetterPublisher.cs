using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Domain.Results;

namespace EmployerPortal.Application.Letters;

/// <summary>
/// Files generated letters under their visits, in the caller's unit of work: the document, the record that the letter
/// was made and the pending notices of its recipients (made by the Notices module on <see cref="ResultAdded"/>) commit
/// together or not at all, so a sweep that runs again, crashes half-way or collides with another worker makes each
/// letter and notice once.
/// </summary>
public sealed class VisitLetterPublisher(
    IPdfRenderer renderer,
    IDocumentStore documents,
    TimeProvider clock)
{
    /// <summary>How many letters of a batch may be on their way to disk (written, flushed, renamed) at once.</summary>
    public const int StoresInFlight = 4;

    /// <summary>A sweep's letters: each rendered as it is added and stored while the next one renders.</summary>
    public LetterBatch StartBatch(CancellationToken cancellationToken) => new(renderer, documents, clock, cancellationToken);

    /// <summary>The document id a letter is filed under: the portal's own, never one a clinic system would send.</summary>
    public static string ExternalDocumentId(LetterKind kind, string key) => $"portal-letter-{kind}-{key}".ToLowerInvariant();

    /// <summary>
    /// The letters of one sweep. Storing a letter is mostly waiting for the disk (the file is flushed before it is
    /// renamed into place), so it runs on the thread pool while the sweep renders the next letter; nothing is filed
    /// under a visit until <see cref="FileAsync"/> has seen every store finish. Disposing it waits for any store still
    /// running, so a sweep that fails half-way leaves none writing behind it.
    /// </summary>
    public sealed class LetterBatch : IAsyncDisposable
    {
        private readonly IPdfRenderer _renderer;
        private readonly IDocumentStore _documents;
        private readonly TimeProvider _clock;
        private readonly CancellationToken _cancellationToken;
        private readonly SemaphoreSlim _inFlight = new(StoresInFlight);
        private readonly List<PendingLetter> _letters = [];

        internal LetterBatch(IPdfRenderer renderer, IDocumentStore documents, TimeProvider clock, CancellationToken cancellationToken)
        {
            _renderer = renderer;
            _documents = documents;
            _clock = clock;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Renders the letter and starts storing it.</summary>
        /// <returns>False when the letter had already been made (or is in this batch already).</returns>
        public async Task<bool> AddAsync(VisitResult visit, LetterKind kind, string key, PrintDocument letter)
        {
            if (visit.HasLetter(kind, key) || _letters.Exists(l => l.Visit == visit && l.Kind == kind && l.Key == key))
            {
                return false;
            }

            Task<StoredDocument>? store = null;
            if (visit.FindDocument(ExternalDocumentId(kind, key)) is null)
            {
                var pdf = _renderer.Render(letter);
                await _inFlight.WaitAsync(_cancellationToken);
                store = Task.Run(() => StoreAsync(pdf), CancellationToken.None);
            }

            _letters.Add(new PendingLetter(visit, kind, key, store));
            return true;
        }

        /// <summary>
        /// Waits for every store of the batch, then files each letter under its visit. When a store failed nothing is
        /// filed and the failure is thrown, after the other stores have finished (none is left writing).
        /// </summary>
        public async Task FileAsync()
        {
            await Task.WhenAll(Stores);
            var now = _clock.GetUtcNow();
            foreach (var letter in _letters)
            {
                var externalId = ExternalDocumentId(letter.Kind, letter.Key);
                if (letter.Store is { } store)
                {
                    var stored = await store;
                    letter.Visit.AddDocument(externalId, GeneratedLetter.DocumentTypeFor(letter.Kind), null, null, stored.StorageKey, stored.Sha256, stored.SizeBytes, now);
                }

                var document = letter.Visit.FindDocument(externalId)!;
                letter.Visit.RecordLetter(letter.Kind, letter.Key, document.Id, now);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await Task.WhenAll(Stores);
            }
            catch
            {
                // Only waits: a failed store was thrown by FileAsync, or the sweep is already failing for another reason.
            }

            _inFlight.Dispose();
        }

        private IEnumerable<Task<StoredDocument>> Stores => _letters.Select(l => l.Store).OfType<Task<StoredDocument>>();

        private async Task<StoredDocument> StoreAsync(byte[] pdf)
        {
            try
            {
                using var content = new MemoryStream(pdf, writable: false);
                return await _documents.SaveAsync(content, _cancellationToken);
            }
            finally
            {
                _inFlight.Release();
            }
        }

        /// <param name="Store">The letter's PDF on its way to disk; none when the visit already holds the document.</param>
        private sealed record PendingLetter(VisitResult Visit, LetterKind Kind, string Key, Task<StoredDocument>? Store);
    }
}
