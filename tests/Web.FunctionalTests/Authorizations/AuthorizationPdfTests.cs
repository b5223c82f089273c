using System.Net;
using EmployerPortal.Application.Authorizations.Commands.CreateAuthorization;
using EmployerPortal.Domain.Authorizations;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using static EmployerPortal.Web.FunctionalTests.Authorizations.AuthorizationTestData;

namespace EmployerPortal.Web.FunctionalTests.Authorizations;

public sealed class AuthorizationPdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] EveryServiceName = ["DOT physical", "Non-DOT drug screen: 10-panel", "Respirator fit test", "Other vaccine: Tdap", "Injury care: initial evaluation and treatment"];

    private async Task<(CreatedAuthorization Created, byte[] Pdf, HttpResponseMessage Response)> PrintedAsync(bool download = false)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var created = await CreateAsync(factory, AcmeViewer, new CreateAuthorizationCommand(
            "José", "Muñoz", new DateOnly(1986, 2, 14), "E-500", null, "(214) 555-0110",
            AuthorizationReason.Injury, today.AddDays(-2), "Cut on left hand from box cutter.",
            [
                new ServiceSelection("PHYS-DOT"),
                new ServiceSelection("DRUG-NONDOT", "10-panel"),
                new ServiceSelection("RESP-FIT"),
                new ServiceSelection("IMM-OTHER", "Tdap"),
                new ServiceSelection("INJ-EVAL"),
            ],
            "Send the wound-care notes to the safety office.",
            today.AddDays(20),
            "MAIN"));
        var client = await factory.SignedInClientAsync(AcmeViewer);
        var response = await client.GetAsync($"/Authorizations/Pdf/{created.Id}{(download ? "?download=true" : "")}");
        return (created, await response.Content.ReadAsByteArrayAsync(), response);
    }

    [Fact]
    public async Task The_printed_pdf_is_one_page_with_the_number_the_accented_employee_name_and_every_service()
    {
        var (created, pdf, response) = await PrintedAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        text.ShouldContain(created.Number);
        text.ShouldContain("José Muñoz");
        text.ShouldContain("Acme Logistics");
        text.ShouldContain("Occupational Health Partners");
        foreach (var service in EveryServiceName)
        {
            text.ShouldContain(service);
        }

        text.ShouldContain("Cut on left hand from box cutter.");
        text.ShouldContain("Send the wound-care notes to the safety office.");
        text.ShouldContain("photo ID");
    }

    [Fact]
    public async Task The_qr_code_on_the_pdf_decodes_to_the_authorization_number()
    {
        var (created, pdf, _) = await PrintedAsync();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var image = document.GetPage(1).GetImages().ShouldHaveSingleItem();
        image.TryGetBytesAsMemory(out var raw).ShouldBeTrue();
        var width = image.WidthInSamples;
        var height = image.HeightInSamples;
        var luminance = ToGray8(raw.ToArray(), width, height, image.BitsPerComponent, image.ColorSpaceDetails!.NumberOfColorComponents);

        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8))));

        result.ShouldNotBeNull("the QR code could not be decoded");
        AuthorizationNumber.Parse(result.Text).Display.ShouldBe(created.Number);
    }

    [Fact]
    public async Task Download_sends_the_pdf_as_an_attachment_named_after_the_number()
    {
        var (created, pdf, response) = await PrintedAsync(download: true);

        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"Authorization {created.Number}.pdf");
        pdf.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
    }

    /// <summary>The image's decoded samples as one grey byte per pixel (rows are byte-aligned in PDF images).</summary>
    private static byte[] ToGray8(byte[] samples, int width, int height, int bitsPerComponent, int components)
    {
        var gray = new byte[width * height];
        var rowBytes = ((width * components * bitsPerComponent) + 7) / 8;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                int value;
                if (bitsPerComponent == 8)
                {
                    var offset = (y * rowBytes) + (x * components);
                    value = components >= 3 ? (samples[offset] + samples[offset + 1] + samples[offset + 2]) / 3 : samples[offset];
                }
                else
                {
                    var bit = x * components * bitsPerComponent;
                    var b = samples[(y * rowBytes) + (bit / 8)];
                    var sample = (b >> (8 - bitsPerComponent - (bit % 8))) & ((1 << bitsPerComponent) - 1);
                    value = sample * 255 / ((1 << bitsPerComponent) - 1);
                }

                gray[(y * width) + x] = (byte)value;
            }
        }

        return gray;
    }
}
