using QRCoder;

namespace EmployerPortal.Web.Infrastructure;

/// <summary>A QR code as a PNG <c>data:</c> URI for an &lt;img&gt; (the CSP's img-src allows <c>data:</c>).</summary>
public static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5));
    }
}
