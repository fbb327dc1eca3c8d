using System.Text.RegularExpressions;
using Hotline.Intake.Contracts;

namespace Hotline.Web.Infrastructure.Logging;

/// <summary>
/// The user and the case a piece of work is about, as a logging scope: every line written during it — an error of a
/// page, a refused save, a slow query — carries both, so an operator finds "what happened to 12345-… for whom" in the
/// JSON logs. Never the caller's phone or name: the case number is the key.
/// </summary>
internal static partial class LogScopes
{
    public static Dictionary<string, object?> For(string? userName, string? path)
    {
        var scope = new Dictionary<string, object?> { ["User"] = string.IsNullOrEmpty(userName) ? "anonymous" : userName };
        if (CaseIdIn(path) is { } caseId)
            scope["CaseId"] = caseId;
        return scope;
    }

    /// <summary>Adds the case number of the scope's case (one primary-key read, only on a case's own page).</summary>
    public static async Task AddCaseNumberAsync(Dictionary<string, object?> scope, ICaseDirectory cases, CancellationToken cancellationToken)
    {
        if (scope.TryGetValue("CaseId", out var id) && id is Guid caseId && await cases.GetAsync(caseId, cancellationToken) is { } found)
            scope["CaseNumber"] = found.CaseNumber;
    }

    /// <summary>The case a page is about: its address names it (/cases/{id}, /dispatch/{id} …).</summary>
    public static Guid? CaseIdIn(string? path) =>
        path is not null && CasePath().Match(path) is { Success: true } match && Guid.TryParse(match.Groups["id"].Value, out var id) ? id : null;

    [GeneratedRegex("^/(?:cases|dispatch|evaluation/revisits)/(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CasePath();
}
