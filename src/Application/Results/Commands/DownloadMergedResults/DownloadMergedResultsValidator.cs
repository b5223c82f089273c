using FluentValidation;

namespace EmployerPortal.Application.Results.Commands.DownloadMergedResults;

public sealed class DownloadMergedResultsValidator : AbstractValidator<DownloadMergedResultsCommand>
{
    public DownloadMergedResultsValidator()
    {
        RuleFor(c => c.DocumentIds).NotEmpty().WithMessage("Select at least one result to download.");
        RuleFor(c => c.DocumentIds)
            .Must(ids => ids.Distinct().Count() <= ResultLimits.MaxMergeDocuments)
            .WithMessage(c => $"One merged PDF can hold at most {ResultLimits.MaxMergeDocuments} documents; you selected {c.DocumentIds.Distinct().Count()}. Select fewer and download them in parts.");
    }
}
