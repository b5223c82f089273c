using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EmployerPortal.DemoData;
using EmployerPortal.Web.FunctionalTests.Infrastructure;

namespace EmployerPortal.Web.FunctionalTests.Security;

/// <summary>The portal with <c>DataProtection:CertificatePath</c> set to a freshly made PFX in its data folder.</summary>
public sealed class CertificateProtectedKeysPortalFactory : PortalFactory
{
    public const string Password = "pfx-test-password";

    public CertificateProtectedKeysPortalFactory()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Employer Portal data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        CertificatePath = Path.Combine(DataDirectory, "dataprotection.pfx");
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }

    public string CertificatePath { get; }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = CertificatePath,
        ["DataProtection:CertificatePassword"] = Password,
    };
}

public sealed class KeyProtectionTests(CertificateProtectedKeysPortalFactory factory) : IClassFixture<CertificateProtectedKeysPortalFactory>
{
    [Fact]
    public async Task With_a_certificate_configured_the_keys_are_written_encrypted_and_sign_in_still_works()
    {
        var client = await factory.SignedInClientAsync(DemoDataSeeder.Acme.AdminEmail);
        var page = await client.GetAsync("/Results");

        page.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var keys = Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys"), "key-*.xml");
        keys.ShouldNotBeEmpty();
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key);
            xml.ShouldContain("<encryptedSecret");
            xml.ShouldContain("EncryptedXmlDecryptor");
            xml.ShouldNotContain("<masterKey");
        }
    }
}
