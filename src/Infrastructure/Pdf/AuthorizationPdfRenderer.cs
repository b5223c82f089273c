using System.Globalization;
using EmployerPortal.Application.Authorizations.Documents;
using EmployerPortal.Domain.Authorizations;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace EmployerPortal.Infrastructure.Pdf;

/// <summary>
/// The one-page authorization a front desk acts on: provider and company, the number large and as a QR code,
/// the employee, services, injury, instructions, valid-until and what to bring. US Letter, DejaVu Sans.
/// </summary>
internal sealed class AuthorizationPdfRenderer : IAuthorizationPdfRenderer
{
    private const double Margin = 48;
    private const double QrSize = 110;
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private static readonly XColor Ink = XColor.FromArgb(33, 37, 41);
    private static readonly XColor Muted = XColor.FromArgb(90, 98, 106);
    private static readonly XColor Brand = XColor.FromArgb(11, 61, 99);

    public AuthorizationPdfRenderer() => EmbeddedFontResolver.Register();

    public byte[] Render(AuthorizationDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"Authorization {document.Number}";
        pdf.Info.Author = document.ProviderName;
        var page = pdf.AddPage();
        page.Size = PdfSharp.PageSize.Letter;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            new PageWriter(gfx, page.Width.Point).Write(document);
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The QR code as a 24-bit BMP: PDFsharp 6.2.4's core build refuses QRCoder's PNG ("Unsupported image format").</summary>
    internal static byte[] QrCodeBitmap(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(pixelsPerModule: 8);
    }

    /// <summary>Writes top to bottom, wrapping text to the page width.</summary>
    private sealed class PageWriter(XGraphics gfx, double pageWidth)
    {
        private readonly XFont _title = new(EmbeddedFontResolver.FamilyName, 18, XFontStyleEx.Bold);
        private readonly XFont _number = new(EmbeddedFontResolver.FamilyName, 30, XFontStyleEx.Bold);
        private readonly XFont _heading = new(EmbeddedFontResolver.FamilyName, 11, XFontStyleEx.Bold);
        private readonly XFont _body = new(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular);
        private readonly XFont _small = new(EmbeddedFontResolver.FamilyName, 8, XFontStyleEx.Regular);
        private double _y = Margin;
        private bool _changed;

        private double Width => pageWidth - (2 * Margin);

        public void Write(AuthorizationDocument d)
        {
            gfx.DrawString(P(d.ProviderName), _title, new XSolidBrush(Brand), new XPoint(Margin, _y + 16));
            _y += 24;
            Line($"Authorization for services · {d.ProviderPhone}", _body, Muted);
            Line($"Employer: {d.CompanyName} (account {d.CompanyAccountNumber})", _body, Ink);
            if (d.Location is { } location)
            {
                Line($"Location: {location.Name}, {location.Address} · {location.Phone}", _body, Ink);
            }
            _y += 6;
            gfx.DrawLine(new XPen(Brand, 1.5), Margin, _y, pageWidth - Margin, _y);
            _y += 10;

            var top = _y;
            using (var qr = XImage.FromStream(new MemoryStream(QrCodeBitmap(d.Number))))
            {
                gfx.DrawImage(qr, pageWidth - Margin - QrSize, top, QrSize, QrSize);
            }

            Line("Authorization number", _heading, Muted);
            gfx.DrawString(P(d.Number), _number, new XSolidBrush(Ink), new XPoint(Margin, _y + 30));
            _y += 42;
            Line($"Valid until {d.ValidUntil.ToString("MMMM d, yyyy", Us)} (inclusive)", _heading, Ink);
            if (d.Status != AuthorizationStatus.Active)
            {
                Line($"{d.Status.ToString().ToUpperInvariant()}: do not accept this authorization.", _heading, XColor.FromArgb(176, 42, 55));
            }

            _y = Math.Max(_y, top + QrSize) + 10;

            Section("Employee");
            var employee = d.Employee;
            Line($"{employee.FirstName} {employee.LastName}", _heading, Ink);
            Line(
                string.Join(" · ", new[]
                {
                    $"Date of birth {employee.DateOfBirth.ToString("MM/dd/yyyy", Us)}",
                    employee.EmployeeId is null ? null : $"Employee ID {employee.EmployeeId}",
                    employee.Phone is null ? null : $"Phone {employee.Phone}",
                }.Where(p => p is not null)),
                _body,
                Ink);

            Section(d.Reason == AuthorizationReason.Injury ? "Injury (workers' compensation)" : "Reason");
            if (d.Injury is { } injury)
            {
                Paragraph(
                    string.Join(" · ", new[]
                    {
                        $"Date of injury: {injury.DateOfInjury.ToString("MMMM d, yyyy", Us)}{(injury.TimeOfInjury is { } at ? " at " + at.ToString("h:mm tt", Us) : "")}",
                        injury.BodyPart is null ? null : $"Body part: {injury.BodyPart}",
                        injury.ClaimNumber is null ? null : $"Claim number: {injury.ClaimNumber}",
                    }.Where(p => p is not null)),
                    _body,
                    Ink);
                Paragraph(injury.Description, _body, Ink);
            }
            else
            {
                Line("Non-injury services", _body, Ink);
            }

            Section("Services authorized");
            if (d.Package is { } package)
            {
                Line($"Package: {package.Name}", _body, Ink);
            }

            foreach (var service in d.Services)
            {
                Paragraph(service.Detail is null ? $"• {service.ServiceName}" : $"• {service.ServiceName}: {service.Detail}", _body, Ink);
            }

            if (d.DotTestReason is { } dotReason)
            {
                Line($"DOT test reason: {DotTesting.NameOf(dotReason)}", _body, Ink);
            }

            Section("Where to go");
            if (d.Clinic is { } clinic)
            {
                Line(clinic.Name, _body, Ink);
                Paragraph(clinic.Address, _body, Ink);
                Paragraph($"Phone {clinic.Phone} · Hours: {clinic.Hours}", _body, Ink);
            }
            else
            {
                Line("Any of the provider's clinics", _body, Ink);
            }

            if (d.CompanyInstructions is not null || d.Location?.Instructions is not null || d.Package?.Instructions is not null || d.VisitInstructions is not null)
            {
                Section("Instructions for clinic staff");
                if (d.CompanyInstructions is not null)
                {
                    Paragraph($"From {d.CompanyName}: {d.CompanyInstructions}", _body, Ink);
                }

                if (d.Location is { Instructions: { } atLocation })
                {
                    Paragraph($"At {d.Location.Name}: {atLocation}", _body, Ink);
                }

                if (d.Package is { Instructions: { } forPackage })
                {
                    Paragraph($"For {d.Package.Name}: {forPackage}", _body, Ink);
                }

                if (d.VisitInstructions is not null)
                {
                    Paragraph($"For this visit: {d.VisitInstructions}", _body, Ink);
                }
            }

            Section("Where to go");
            Paragraph(d.WhereToGo, _body, Ink);

            Section("What to bring");
            foreach (var item in d.WhatToBring)
            {
                Paragraph($"• {item}", _body, Ink);
            }

            if (_changed)
            {
                Paragraph(FontCoverage.Notice, _small, Muted);
            }

            gfx.DrawString(
                P($"Issued {d.IssuedOn.ToString("MMMM d, yyyy", Us)} by {d.CompanyName} through the Employer Portal. Verify at check-in by number or QR code."),
                _small,
                new XSolidBrush(Muted),
                new XPoint(Margin, 792 - (Margin / 2)));
        }

        private void Section(string title)
        {
            _y += 8;
            Line(title, _heading, Brand);
        }

        /// <summary>The text as the font can draw it; remembers when a character had to be shown as its code.</summary>
        private string P(string text)
        {
            var printable = FontCoverage.Printable(text, out var changed);
            _changed |= changed;
            return printable;
        }

        private void Line(string text, XFont font, XColor color)
        {
            var height = font.GetHeight();
            gfx.DrawString(P(text), font, new XSolidBrush(color), new XPoint(Margin, _y + (height * 0.8)));
            _y += height + 2;
        }

        /// <summary>Word-wraps to the page width; a word longer than a line is broken where it must be.</summary>
        private void Paragraph(string text, XFont font, XColor color)
        {
            foreach (var rawLine in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
            {
                var line = string.Empty;
                foreach (var word in rawLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (gfx.MeasureString(candidate, font).Width <= Width)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        Line(line, font, color);
                    }

                    line = word;
                    while (gfx.MeasureString(line, font).Width > Width && line.Length > 1)
                    {
                        var fit = line.Length - 1;
                        while (fit > 1 && gfx.MeasureString(line[..fit], font).Width > Width)
                        {
                            fit--;
                        }

                        Line(line[..fit], font, color);
                        line = line[fit..];
                    }
                }

                Line(line, font, color);
            }
        }
    }
}
