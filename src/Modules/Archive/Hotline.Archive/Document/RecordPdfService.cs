using Hotline.Archive.Workbench;

namespace Hotline.Archive.Document;

internal sealed record PrintedRecord(Platform.Documents.Model.Document Document, string ArchiveNumber)
{
    public string FileName => $"{RecordLayout.FormName}-{ArchiveNumber}.pdf";
}

/// <summary>Prints a record's 工单归档表 for the archive clerk, from the snapshot, caller masked; every print is audited.</summary>
internal sealed class RecordPdfService(IDbContextFactory<ArchiveDbContext> contexts, AccessGate gate, CurrentUser currentUser, TimeProvider clock)
{
    public const string AuditAction = "打印工单归档表";

    public async Task<PrintedRecord> BuildAsync(Guid recordId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var view = await ArchiveRecords.ReadAsync(db, recordId, ct);
        var display = (await currentUser.PrincipalAsync()).FindFirst(HotlineClaims.DisplayName)?.Value;
        var document = RecordLayout.Build(view, clock.GetUtcNow().UtcDateTime, string.IsNullOrWhiteSpace(display) ? actor.UserName : display);
        db.Audit(actor, clock, AuditAction, "Archive", view.ArchiveNumber, $"工单 {view.Snapshot.Case.Number}");
        await db.SaveChangesAsync(ct);
        return new PrintedRecord(document, view.ArchiveNumber);
    }
}
