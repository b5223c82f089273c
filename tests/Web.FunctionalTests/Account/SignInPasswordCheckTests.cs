using EmployerPortal.DemoData;
using EmployerPortal.Infrastructure.Identity;
using EmployerPortal.Web.FunctionalTests.Infrastructure;
using EmployerPortal.Web.FunctionalTests.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EmployerPortal.Web.FunctionalTests.Account;

/// <summary>
/// Every sign-in attempt costs one password check, whether or not the address is an account that may sign in, so the
/// time of the answer tells nothing (counted through the hasher rather than timed with a stopwatch).
/// </summary>
public sealed class SignInPasswordCheckTests(SignInPasswordCheckTests.CountingHasherPortalFactory factory)
    : IClassFixture<SignInPasswordCheckTests.CountingHasherPortalFactory>
{
    [Fact]
    public async Task An_unknown_email_costs_one_password_check_like_a_known_one()
    {
        var unknown = await ChecksDuringSignInAsync("nobody-at-all@nowhere.example", "wrong password!");
        var known = await ChecksDuringSignInAsync(DemoDataSeeder.Globex.AdminEmail, "wrong password!");

        unknown.ShouldBe(1);
        known.ShouldBe(1);
    }

    [Fact]
    public async Task A_disabled_user_costs_one_password_check_whichever_password_is_sent()
    {
        var email = "disabled-check@acme.example";
        var userId = await factory.ActiveUserAsync(email);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.PortalUsers.FindAsync(new Domain.Common.PortalUserId(userId));
            user!.Disable(Domain.Common.PortalUserId.New(), companyWideAdmins: 2, factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        (await ChecksDuringSignInAsync(email, DemoDataSeeder.DemoPassword)).ShouldBe(1);
        (await ChecksDuringSignInAsync(email, "wrong password!")).ShouldBe(1);
    }

    private async Task<int> ChecksDuringSignInAsync(string email, string password)
    {
        var before = factory.Checks.Count;
        await PortalFactory.PostFormAsync(factory.CreateBrowserLikeClient(), "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return factory.Checks.Count - before;
    }

    /// <summary>The portal with Identity's own hasher behind a decorator that counts password checks.</summary>
    public sealed class CountingHasherPortalFactory : PortalFactory
    {
        public PasswordCheckCounter Checks { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IPasswordHasher<PortalIdentityUser>>();
                services.AddScoped<IPasswordHasher<PortalIdentityUser>>(sp => new CountingPasswordHasher(
                    new PasswordHasher<PortalIdentityUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), Checks));
            });
        }
    }

    public sealed class PasswordCheckCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<PortalIdentityUser> inner, PasswordCheckCounter checks) : IPasswordHasher<PortalIdentityUser>
    {
        public string HashPassword(PortalIdentityUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalIdentityUser user, string hashedPassword, string providedPassword)
        {
            checks.Add();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
