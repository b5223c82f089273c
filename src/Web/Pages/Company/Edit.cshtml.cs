using EmployerPortal.Application.Common.Addresses;
using EmployerPortal.Application.Common.Security;
using EmployerPortal.Application.Companies.Commands.UpdateCompanyAccount;
using EmployerPortal.Application.Companies.Queries.GetCompanyAccount;
using EmployerPortal.Domain.Common;
using EmployerPortal.Domain.Companies;
using EmployerPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmployerPortal.Web.Pages.Company;

/// <summary>
/// An Admin edits the company's address, phone, contacts and standing instructions. The form carries the version it
/// was loaded at; a save over someone else's newer save is refused and shows their version. Adding and removing
/// contact rows works without JavaScript (submit buttons) and is done in place with it (wwwroot/js/company-account.js).
/// </summary>
public sealed class EditModel(ISender sender, ICurrentUser currentUser) : PageModel, IFormPage
{
    public const string SavedMessage = "The company account was saved.";

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    /// <summary>Someone else's newer version, when the save was refused because of it.</summary>
    public CompanyAccountDto? ChangedBySomeoneElse { get; private set; }

    public string AccountNumber { get; private set; } = string.Empty;

    public string CompanyName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The page is for Admins; the command is refused to anyone else by the pipeline regardless.
        if (!currentUser.Can(Permission.EditCompanyAccount))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var company = await LoadAsync(cancellationToken);
        Input = AccountInput.From(company);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RefuseUnreadableValuesAsync(cancellationToken);
        }

        await sender.Send(Input.ToCommand(), cancellationToken);
        TempData[IndexModel.StatusMessageKey] = SavedMessage;
        return RedirectToPage("Index");
    }

    /// <summary>The contact rules (who receives what) are said beside the contacts.</summary>
    string? IFormPage.RuleField => "Input.Contacts";

    public string? ErrorMessage { get; set; }

    /// <summary>Someone else saved first: their version is shown beside the form, and saving again overwrites it knowingly.</summary>
    bool IFormPage.ShowNewerVersion(object current)
    {
        if (current is not CompanyAccountDto account)
        {
            return false;
        }

        ChangedBySomeoneElse = account;
        ModelState.Remove("Input.Version");
        Input.Version = account.Version;
        return true;
    }

    async Task IFormPage.RedisplayAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddContactAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Input.Contacts.Add(new ContactRow());
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(int index, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (index >= 0 && index < Input.Contacts.Count && Input.Contacts.Count > 1)
        {
            Input.Contacts.RemoveAt(index);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// A value that did not bind (a checkbox neither true nor false, a version that is not a number) is malformed input:
    /// nothing is saved, and the attempted value is dropped so the checkbox renders the model's value instead of throwing.
    /// </summary>
    private async Task<IActionResult> RefuseUnreadableValuesAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in ModelState.Values.Where(e => e.ValidationState == ModelValidationState.Invalid))
        {
            entry.RawValue = null;
            entry.AttemptedValue = null;
        }

        ModelState.AddModelError(string.Empty, "Some values could not be read. Check the form and save again.");
        await LoadAsync(cancellationToken);
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private async Task<CompanyAccountDto> LoadAsync(CancellationToken cancellationToken)
    {
        var company = await sender.Send(new GetCompanyAccountQuery(), cancellationToken);
        AccountNumber = company.AccountNumber;
        CompanyName = company.Name;
        return company;
    }

    public sealed class AccountInput
    {
        public int Version { get; set; }

        public AddressRow Address { get; set; } = new();

        public string? Phone { get; set; }

        public string? SpecialInstructions { get; set; }

        public List<ContactRow> Contacts { get; set; } = [];

        public static AccountInput From(CompanyAccountDto company) => new()
        {
            Version = company.Version,
            Address = new AddressRow
            {
                Line1 = company.Address.Line1,
                Line2 = company.Address.Line2,
                City = company.Address.City,
                State = company.Address.State,
                PostalCode = company.Address.PostalCode,
            },
            Phone = company.Phone,
            SpecialInstructions = company.SpecialInstructions,
            Contacts = company.Contacts.Count == 0
                ? [new ContactRow { NewResults = true }]
                : company.Contacts.Select(c => new ContactRow
                {
                    Name = c.Name,
                    Title = c.Title,
                    Email = c.Email,
                    Phone = c.Phone,
                    NewResults = c.Receives(ContactNotices.NewResults),
                    NoShowLetters = c.Receives(ContactNotices.NoShowLetters),
                    RecheckReminders = c.Receives(ContactNotices.RecheckReminders),
                    ScheduledReports = c.Receives(ContactNotices.ScheduledReports),
                }).ToList(),
        };

        public UpdateCompanyAccountCommand ToCommand() => new(
            Version,
            new AddressInput(Address.Line1, Address.Line2, Address.City, Address.State?.Trim().ToUpperInvariant(), Address.PostalCode?.Trim()),
            Phone,
            SpecialInstructions,
            Contacts.Select(c => new ContactInput(c.Name, c.Title, c.Email, c.Phone, c.NewResults, c.NoShowLetters, c.RecheckReminders, c.ScheduledReports)).ToList());
    }

    public sealed class AddressRow
    {
        public string? Line1 { get; set; }

        public string? Line2 { get; set; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? PostalCode { get; set; }
    }

    public sealed class ContactRow
    {
        public string? Name { get; set; }

        public string? Title { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public bool NewResults { get; set; }

        public bool NoShowLetters { get; set; }

        public bool RecheckReminders { get; set; }

        public bool ScheduledReports { get; set; }
    }
}
