using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Domain.Results;
using static EmployerPortal.Domain.UnitTests.TestData;

namespace EmployerPortal.Domain.UnitTests.Results;

public sealed class ResultDocumentTests
{
    private static readonly CompanyId Company = CompanyId.New();
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = string.Concat(Enumerable.Repeat("0123456789abcdef", 4));

    private static VisitResult Visit()
    {
        var visit = VisitResult.Register(Company, "V-4001", Employee(), VisitCategory.Injury, "Downtown Clinic", Now, null, Now);
        visit.ClearDomainEvents();
        return visit;
    }

    private static AddDocumentOutcome Add(VisitResult visit, string id, string sha256, ResultType type = ResultType.InjuryActivityStatusReport, string? title = null) =>
        visit.AddDocument(id, type, title, ResultOutcome.Pending, $"docs/{sha256}", sha256, 2_048, Now);

    [Fact]
    public void Adding_a_document_files_it_under_the_type_display_name_and_raises_ResultAdded()
    {
        var visit = Visit();

        var outcome = visit.AddDocument(" D-1 ", ResultType.TestAndLabResults, null, ResultOutcome.Fail, "docs/abc", HashB.ToUpperInvariant(), 2_048, Now);

        outcome.ShouldBe(AddDocumentOutcome.Added);
        var document = visit.Documents.ShouldHaveSingleItem();
        document.ExternalDocumentId.ShouldBe("D-1");
        document.Title.ShouldBe("Test and Lab Pass/Fail Results");
        document.Outcome.ShouldBe(ResultOutcome.Fail);
        document.Sha256.ShouldBe(HashB);
        document.SizeBytes.ShouldBe(2_048);
        document.StorageKey.ShouldBe("docs/abc");
        visit.FindDocument("D-1").ShouldBe(document);
        visit.DomainEvents.ShouldBe([new ResultAdded(visit.Id, document.Id, Company, CompanyLocation.MainCode, ResultType.TestAndLabResults, Now)]);
    }

    [Fact]
    public void A_title_given_by_ops_is_the_display_name()
    {
        var visit = Visit();

        Add(visit, "D-1", HashA, ResultType.StateReport, "  Illinois Form 45  ");

        visit.Documents[0].Title.ShouldBe("Illinois Form 45");
    }

    [Fact]
    public void The_same_document_sent_again_is_already_present_and_raises_nothing()
    {
        var visit = Visit();
        Add(visit, "D-1", HashA);
        visit.ClearDomainEvents();

        var outcome = Add(visit, "D-1", HashA.ToUpperInvariant());

        outcome.ShouldBe(AddDocumentOutcome.AlreadyPresent);
        visit.Documents.Count.ShouldBe(1);
        visit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Reusing_a_document_id_for_other_content_is_refused()
    {
        var visit = Visit();
        Add(visit, "D-1", HashA);

        var ex = Should.Throw<BusinessRuleViolationException>(() => Add(visit, "D-1", HashB));

        ex.RuleName.ShouldBe(nameof(DocumentIdCannotBeReusedForOtherContent));
        visit.Documents.ShouldHaveSingleItem().Sha256.ShouldBe(HashA);
    }

    [Fact]
    public void Different_document_ids_with_the_same_content_are_two_documents()
    {
        var visit = Visit();

        Add(visit, "D-1", HashA);
        Add(visit, "D-2", HashA);

        visit.Documents.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg")]
    public void A_hash_that_is_not_a_sha256_hex_digest_is_a_programming_error(string sha256)
    {
        Should.Throw<ArgumentException>(() => Add(Visit(), "D-1", sha256));
    }

    [Fact]
    public void Recording_a_letter_makes_it_known_to_the_visit()
    {
        var visit = Visit();
        Add(visit, "letter-no-show", HashA, ResultType.EmployeeNoShowLetter);
        var document = visit.FindDocument("letter-no-show")!;

        visit.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey).ShouldBeFalse();
        visit.RecordLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey, document.Id, Now);

        visit.HasLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey).ShouldBeTrue();
        visit.HasLetter(LetterKind.RecheckReminder, GeneratedLetter.NoShowKey).ShouldBeFalse();
        visit.Letters.ShouldBe([new GeneratedLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey, document.Id, Now)]);
    }

    [Fact]
    public void Recording_the_same_letter_twice_is_refused()
    {
        var visit = Visit();
        Add(visit, "L-1", HashA, ResultType.EmployeeNoShowLetter);
        Add(visit, "L-2", HashB, ResultType.EmployeeNoShowLetter);
        visit.RecordLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey, visit.FindDocument("L-1")!.Id, Now);

        var ex = Should.Throw<BusinessRuleViolationException>(() =>
            visit.RecordLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey, visit.FindDocument("L-2")!.Id, Now));

        ex.RuleName.ShouldBe(nameof(LetterIsGeneratedOnce));
        visit.Letters.Count.ShouldBe(1);
    }

    [Fact]
    public void A_rescheduled_recheck_appointment_gets_its_own_reminder()
    {
        var visit = Visit();
        var first = GeneratedLetter.RecheckReminderKey(Now.AddDays(7));
        var second = GeneratedLetter.RecheckReminderKey(Now.AddDays(9));
        Add(visit, "R-1", HashA, ResultType.RecheckAppointmentReminderLetter);
        Add(visit, "R-2", HashB, ResultType.RecheckAppointmentReminderLetter);

        visit.RecordLetter(LetterKind.RecheckReminder, first, visit.FindDocument("R-1")!.Id, Now);
        visit.RecordLetter(LetterKind.RecheckReminder, second, visit.FindDocument("R-2")!.Id, Now);

        visit.HasLetter(LetterKind.RecheckReminder, first).ShouldBeTrue();
        visit.HasLetter(LetterKind.RecheckReminder, second).ShouldBeTrue();
        first.ShouldNotBe(second);
    }

    [Fact]
    public void A_recheck_reminder_key_is_the_appointment_in_utc_whatever_the_offset()
    {
        var appointment = new DateTimeOffset(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(-5));

        GeneratedLetter.RecheckReminderKey(appointment).ShouldBe("20250314T153000Z");
        GeneratedLetter.RecheckReminderKey(appointment.ToUniversalTime()).ShouldBe("20250314T153000Z");
    }

    [Fact]
    public void A_letter_must_be_filed_as_a_document_of_the_visit_first()
    {
        var visit = Visit();

        Should.Throw<ArgumentException>(() => visit.RecordLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey, ResultDocumentId.New(), Now));
    }

    [Fact]
    public void A_letter_must_be_filed_under_its_own_result_type()
    {
        var visit = Visit();
        Add(visit, "D-1", HashA, ResultType.InjuryActivityStatusReport);

        Should.Throw<ArgumentException>(() =>
            visit.RecordLetter(LetterKind.NoShow, GeneratedLetter.NoShowKey, visit.FindDocument("D-1")!.Id, Now));
    }
}
