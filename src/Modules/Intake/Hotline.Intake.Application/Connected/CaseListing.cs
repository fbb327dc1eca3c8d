using Hotline.Platform.Organization;

namespace Hotline.Intake.Connected;

/// <summary>Case reads for connected systems: pages by keyset, the public steps, and the audited phone reveal.</summary>
internal sealed class CaseListing(IDbContextFactory<IntakeDbContext> contexts, IUnitDirectory units, TimeProvider clock) : ICaseListing
{
    public const int MaxTake = 1000;

    public async Task<IReadOnlyList<CaseListingEntry>> ListAsync(CaseListingQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var take = Math.Clamp(query.Take, 1, MaxTake);
        var page = new List<Row>();
        // A list of units or statuses in one query is sorted whole after the filter (a bureau leads hundreds of thousands
        // of cases); each single unit or status has its newest cases in order in its own index: read a page from each and merge.
        foreach (var part in Parts(Filtered(db, query), query))
            page.AddRange(await PageAsync(part, take, cancellationToken));
        page = page.OrderByDescending(c => c.RegisteredAtUtc).ThenByDescending(c => c.Number, StringComparer.Ordinal).Take(take).ToList();
        var ids = page.Select(c => c.Id).ToList();
        var updated = await db.Timeline.AsNoTracking().Where(t => ids.Contains(t.CaseId))
            .GroupBy(t => t.CaseId).Select(g => new { CaseId = g.Key, At = g.Max(t => t.AtUtc) })
            .ToDictionaryAsync(x => x.CaseId, x => x.At, cancellationToken);
        return page.Select(c => new CaseListingEntry(c.Id, c.Number, c.Status, c.Channel, c.RequestType, c.CategoryId, c.AreaId, c.Address,
                c.Content, c.IsConfidential, c.SubjectUnitId, c.LeadUnitId, c.RegisteredAtUtc,
                updated.TryGetValue(c.Id, out var at) && at > c.RegisteredAtUtc ? at : c.RegisteredAtUtc, c.ClosedAtUtc))
            .ToList();
    }

    private const int MaxPartsReadOneByOne = 20;

    private static IEnumerable<IQueryable<IntakeCase>> Parts(IQueryable<IntakeCase> cases, CaseListingQuery query)
    {
        if (query.LeadUnitIds is { Count: <= MaxPartsReadOneByOne } leads)
        {
            if (query.Statuses is { } statuses)
                cases = cases.Where(c => statuses.Contains(c.Status));
            return leads.Distinct().Select(lead => cases.Where(c => c.LeadUnitId == lead));
        }
        if (query.LeadUnitIds is { } many)
            cases = cases.Where(c => c.LeadUnitId != null && many.Contains(c.LeadUnitId.Value));
        return query.Statuses switch
        {
            { Count: <= MaxPartsReadOneByOne } statuses => statuses.Distinct().Select(status => cases.Where(c => c.Status == status)),
            { } statuses => [cases.Where(c => statuses.Contains(c.Status))],
            null => [cases],
        };
    }

    private sealed record Row(Guid Id, string Number, CaseStatus Status, Channel Channel, RequestTypeCode RequestType, Guid CategoryId, Guid AreaId,
        string Address, string Content, bool IsConfidential, Guid? SubjectUnitId, Guid? LeadUnitId, DateTime RegisteredAtUtc, DateTime? ClosedAtUtc);

    /// <summary>Every filter but the lead units and statuses (see <see cref="Parts"/>), from the cursor on.</summary>
    private static IQueryable<IntakeCase> Filtered(IntakeDbContext db, CaseListingQuery query)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Merged);
        if (query.CategoryIds is { } categories)
            cases = cases.Where(c => categories.Contains(c.CategoryId));
        if (query.Numbers is { } numbers)
            cases = cases.Where(c => numbers.Contains(c.Number));
        if (query.RegisteredFromUtc is { } from)
            cases = cases.Where(c => c.RegisteredAtUtc >= from);
        if (query.RegisteredToUtc is { } to)
            cases = cases.Where(c => c.RegisteredAtUtc < to);
        if (query.AfterRegisteredAtUtc is { } at && query.AfterNumber is { } number)
            // The bound on its own first, so the database seeks to the cursor in its registration-time index.
            cases = cases.Where(c => c.RegisteredAtUtc <= at && (c.RegisteredAtUtc < at || string.Compare(c.Number, number) < 0));
        return cases;
    }

    private static Task<List<Row>> PageAsync(IQueryable<IntakeCase> cases, int take, CancellationToken cancellationToken) =>
        cases.OrderByDescending(c => c.RegisteredAtUtc).ThenByDescending(c => c.Number).Take(take)
            .Select(c => new Row(c.Id, c.Number, c.Status, c.Channel, c.RequestType, c.CategoryId, c.AreaId, c.Address, c.Content, c.IsConfidential,
                c.SubjectUnitId, c.LeadUnitId, c.RegisteredAtUtc, c.ClosedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PublicCaseStep>> PublicStepsAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId && t.IsPublic)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new PublicCaseStep(t.AtUtc, t.PublicText!))
            .ToListAsync(cancellationToken);
    }

    public async Task<string?> RevealPhoneAsync(Guid caseId, string requester, IReadOnlyCollection<Guid>? requesterUnitIds,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken);
        if (c is null)
            return null;
        var withheld = c.IsAnonymous || c.CallerPhone is null ? "匿名或未留电话"
            : await WithheldReasonAsync(c.IsConfidential, c.SubjectUnitId, requesterUnitIds, cancellationToken);
        var actor = new Actor(null, requester.Length <= 100 ? requester : requester[..100], null);
        db.Audit(actor, clock, withheld is null ? "接口读取诉求人电话" : "接口读取诉求人电话（未提供）", "Case", c.Number, withheld);
        await db.SaveChangesAsync(cancellationToken);
        return withheld is null ? c.CallerPhone : null;
    }

    private async Task<string?> WithheldReasonAsync(bool confidential, Guid? subjectUnitId, IReadOnlyCollection<Guid>? requesterUnitIds,
        CancellationToken cancellationToken)
    {
        if (confidential)
            return CallerShield.ConfidentialReason;
        // A system seeing every unit speaks for none of them; one tied to units is shielded as each of them would be.
        foreach (var unit in requesterUnitIds ?? [])
        {
            if (await CallerShield.ReasonAsync(units, confidential, subjectUnitId, unit, cancellationToken) is { } reason)
                return reason;
        }
        return null;
    }
}
