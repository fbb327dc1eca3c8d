using Hotline.Dispatch.Routing;

namespace Hotline.Dispatch.Dispatching.Bulk;

/// <summary>A case of the batch, with the version the dispatcher's plan was made from.</summary>
internal sealed record BulkCase(Guid CaseId, string CaseNumber, string Summary, Guid Version);

/// <summary>Cases sharing one suggestion (the same lead and co-units): confirmed together.</summary>
internal sealed record BulkGroup(DispatchSuggestion Suggestion, IReadOnlyList<BulkCase> Cases);

/// <summary>A case the batch leaves to the dispatcher, with why.</summary>
internal sealed record BulkSkipped(string CaseNumber, string Why);

internal sealed record BulkDispatchPlan(IReadOnlyList<BulkGroup> Groups, IReadOnlyList<BulkSkipped> Skipped)
{
    public int CaseCount => Groups.Sum(g => g.Cases.Count);
}

/// <summary>What happened to one case of the batch.</summary>
internal sealed record BulkResult(string CaseNumber, bool Dispatched, string Message);
