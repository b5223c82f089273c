using System.Collections.Concurrent;
using System.Text;
using EmployerPortal.Application.Common.Documents;
using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Application.Letters;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Results;
using Microsoft.Extensions.Time.Testing;

namespace EmployerPortal.Application.UnitTests.Letters;

/// <summary>A sweep's letters are stored while the next one renders, and filed under their visits only once every store is done.</summary>
public sealed class LetterBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly PrintDocument Letter = new("No-show letter", [new PrintParagraph("We missed you.")]);

    private readonly GatedStore _store = new();
    private readonly VisitLetterPublisher _publisher;

    public LetterBatchTests() => _publisher = new VisitLetterPublisher(new TitleRenderer(), _store, new FakeTimeProvider(Now));

    private static VisitResult NoShow(string externalId) =>
        VisitResult.Register(CompanyId.New(), externalId, new Employee("Dana", "Whitfield", new DateOnly(1988, 6, 21)), VisitCategory.NonInjury, "Downtown", Now.AddDays(-1), null, Now.AddDays(-3));

    [Fact]
    public async Task Each_letter_is_filed_under_its_visit_as_the_document_its_store_returned_once_every_store_is_done()
    {
        _store.OpenAll();
        var visits = Enumerable.Range(1, 6).Select(i => NoShow($"V-{i}")).ToList();
        await using var batch = _publisher.StartBatch(CancellationToken.None);
        foreach (var visit in visits)
        {
            (await batch.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter)).ShouldBeTrue();
        }

        visits.ShouldAllBe(v => v.Documents.Count == 0 && !v.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey), "nothing is filed before FileAsync");

        await batch.FileAsync();

        foreach (var visit in visits)
        {
            visit.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey).ShouldBeTrue();
            var document = visit.Documents.ShouldHaveSingleItem();
            document.ExternalDocumentId.ShouldBe(VisitLetterPublisher.ExternalDocumentId(LetterKind.NoShow, GeneratedLetter.NoShowKey));
            document.Type.ShouldBe(ResultType.EmployeeNoShowLetter);
            document.ReceivedAt.ShouldBe(Now);
            _store.Saved.ShouldContainKey(document.StorageKey);
            document.Sha256.ShouldBe(_store.Saved[document.StorageKey].Sha256);
        }

        _store.Saved.Count.ShouldBe(visits.Count);
    }

    [Fact]
    public async Task A_letter_the_visit_already_has_or_the_batch_already_holds_is_not_made_again()
    {
        _store.OpenAll();
        var visit = NoShow("V-1");
        await using (var first = _publisher.StartBatch(CancellationToken.None))
        {
            (await first.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter)).ShouldBeTrue();
            (await first.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter)).ShouldBeFalse();
            await first.FileAsync();
        }

        await using var second = _publisher.StartBatch(CancellationToken.None);
        (await second.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter)).ShouldBeFalse();
        await second.FileAsync();

        visit.Documents.Count.ShouldBe(1);
        _store.Saved.Count.ShouldBe(1);
    }

    [Fact]
    public async Task When_one_store_fails_no_letter_is_filed_and_the_failure_comes_out_after_the_other_stores_finished()
    {
        var visits = Enumerable.Range(1, 3).Select(i => NoShow($"V-{i}")).ToList();
        _store.FailSave(2);
        _store.OpenAll();
        await using var batch = _publisher.StartBatch(CancellationToken.None);
        foreach (var visit in visits)
        {
            await batch.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter);
        }

        var failure = await Should.ThrowAsync<IOException>(batch.FileAsync());

        failure.Message.ShouldContain("disk full");
        visits.ShouldAllBe(v => v.Documents.Count == 0 && !v.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey));
        _store.Running.ShouldBe(0);
        _store.Saved.Count.ShouldBe(2);
    }

    [Fact]
    public async Task No_more_than_a_few_letters_are_on_their_way_to_disk_at_once()
    {
        await using var batch = _publisher.StartBatch(CancellationToken.None);
        var visits = Enumerable.Range(1, VisitLetterPublisher.StoresInFlight + 1).Select(i => NoShow($"V-{i}")).ToList();
        foreach (var visit in visits.Take(VisitLetterPublisher.StoresInFlight))
        {
            (await batch.AddAsync(visit, LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter)).ShouldBeTrue();
        }

        var next = batch.AddAsync(visits[^1], LetterKind.NoShow, GeneratedLetter.NoShowKey, Letter);
        await _store.WaitUntilRunningAsync(VisitLetterPublisher.StoresInFlight);
        next.IsCompleted.ShouldBeFalse("the next letter waits for a store to finish");

        _store.OpenAll();
        (await next).ShouldBeTrue();
        await batch.FileAsync();
        _store.MostRunning.ShouldBe(VisitLetterPublisher.StoresInFlight);
        visits.ShouldAllBe(v => v.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey));
    }

    /// <summary>A PDF stand-in that names the visit it was made for, so a store can tell letters apart.</summary>
    private sealed class TitleRenderer : IPdfRenderer
    {
        private int _rendered;

        public byte[] Render(PrintDocument document) => Encoding.UTF8.GetBytes($"%PDF letter {Interlocked.Increment(ref _rendered)}");
    }

    /// <summary>A document store whose saves wait at a gate until the test opens it.</summary>
    private sealed class GatedStore : IDocumentStore
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly HashSet<int> _failing = [];
        private int _running;
        private int _mostRunning;
        private int _saves;

        public ConcurrentDictionary<string, StoredDocument> Saved { get; } = new();

        public int Running => Volatile.Read(ref _running);

        public int MostRunning => Volatile.Read(ref _mostRunning);

        /// <summary>The n-th save to start fails (whichever letter it stores).</summary>
        public void FailSave(int number) => _failing.Add(number);

        public void OpenAll() => _open.TrySetResult();

        public async Task WaitUntilRunningAsync(int count)
        {
            for (var i = 0; i < 500 && Running < count; i++)
            {
                await Task.Delay(10);
            }

            Running.ShouldBe(count);
        }

        public async Task<StoredDocument> SaveAsync(Stream content, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _mostRunning, running);
            try
            {
                var number = Interlocked.Increment(ref _saves);
                using var reader = new StreamReader(content);
                var text = await reader.ReadToEndAsync(cancellationToken);
                await _open.Task.WaitAsync(cancellationToken);
                if (_failing.Contains(number))
                {
                    throw new IOException("disk full");
                }

                var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                var stored = new StoredDocument($"{sha[..2]}/{sha[2..4]}/{sha}.pdf", sha, text.Length);
                Saved[stored.StorageKey] = stored;
                return stored;
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        public Task<Stream> OpenReadAsync(string storageKey, string expectedSha256, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
