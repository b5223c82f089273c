using EmployerPortal.Application.Common.Printing;
using EmployerPortal.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace EmployerPortal.Infrastructure.IntegrationTests.Pdf;

/// <summary>Label–value lines stay readable when a label is a whole question (the OSHA 301's items): the label wraps in its column, never over the value.</summary>
public sealed class PdfFieldsLayoutTests
{
    [Fact]
    public void A_label_longer_than_its_column_wraps_and_no_word_of_it_overlaps_the_value()
    {
        const string Label = "14) What was the employee doing just before the incident occurred?";
        const string Value = "Unloading pallets from trailer twelve at dock four";
        var pdf = new PdfRenderer().Render(new PrintDocument("Fields", [new PrintFields([new(Label, Value), new("Short", "Next value")])]));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var valueWords = Value.Split(' ').ToHashSet(StringComparer.Ordinal);
        var labelBoxes = words.Where(w => Label.Split(' ').Contains(w.Text) && !valueWords.Contains(w.Text)).Select(w => w.BoundingBox).ToList();
        var valueBoxes = words.Where(w => valueWords.Contains(w.Text)).Select(w => w.BoundingBox).ToList();

        string.Join(' ', words.Select(w => w.Text)).ShouldContain("Unloading pallets from trailer twelve at dock four");
        labelBoxes.Select(b => b.Bottom).Distinct().Count().ShouldBeGreaterThan(1, "the long label wraps onto more lines");
        labelBoxes.Max(b => b.Right).ShouldBeLessThan(valueBoxes.Min(b => b.Left), "every label word lies left of the value column");
        var nextLabel = words.Single(w => w.Text == "Short").BoundingBox;
        nextLabel.Top.ShouldBeLessThan(labelBoxes.Min(b => b.Bottom), "the next field starts below the wrapped label");
    }
}
