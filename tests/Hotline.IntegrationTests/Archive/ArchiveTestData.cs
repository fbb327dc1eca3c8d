using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.OnlineRatings;
using Hotline.Handling.Contact;
using Hotline.Handling.Extensions;
using Hotline.Handling.Persistence;
using Hotline.IntegrationTests.Evaluation;
using Hotline.IntegrationTests.Handling;
using Hotline.IntegrationTests.Handling.Outcomes;
using Hotline.Platform.Attachments;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Archive;

/// <summary>A case walked to closure through the real services of every module, and reads of what Archive made of it.</summary>
internal static class ArchiveTestData
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

    /// <summary>
    /// Registered with a photo (confidential, or a complaint about <paramref name="subjectCode"/>, when asked), dispatched to 住建局, signed for,
    /// contacted (by the center with <paramref name="centerContactNote"/> when given, as for a unit shielded from the caller),
    /// extended, replied, sent a rating link by SMS when asked, revisited satisfied: closed.
    /// </summary>
    public static async Task<DispatchedCase> ClosedCaseAsync(HotlineAppFactory app, string phone, bool withExtension = true,
        string? subjectCode = null, bool ratingLink = false, string? content = null, string? centerContactNote = null, bool confidential = false)
    {
        var photo = await app.Service<AttachmentStore>().StageAsync(new MemoryStream(Png), "现场照片.png", Png.Length);
        var d = await HandlingTestData.DispatchAsync(app, phone, withCo: false, attachments: [photo], content: content, subjectCode: subjectCode,
            confidential: confidential);
        await OutcomeTestData.SignAsync(app, "zjj", d.LeadId);
        if (centerContactNote is null)
            await OutcomeTestData.ContactAsync(app, "zjj", d.LeadId);
        else
            await app.AsUserAsync("agent", sp => sp.GetRequiredService<ContactService>()
                .RecordCenterContactAsync(d.LeadId, app.Clock.GetUtcNow().UtcDateTime, true, centerContactNote));
        if (withExtension)
            await ExtendAsync(app, d.LeadId);
        await OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId);
        await app.DeliverEventsAsync();
        if (ratingLink)
            await app.AsUserAsync("agent", sp => sp.GetRequiredService<RatingLinks>().SendAsync(d.CaseId, "http://localhost/"));
        await EvaluationTestData.RecordAsync(app, d.CaseId, EvaluationTestData.Rated(Rating.VerySatisfied, words: "电梯修好了"));
        await app.DeliverEventsAsync();
        return d;
    }

    private static async Task ExtendAsync(HotlineAppFactory app, Guid assignmentId)
    {
        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<ExtensionService>()
            .RequestAsync(assignmentId, await HandlingTestData.VersionAsync(app, assignmentId), "需协调维保公司更换主板", "已约谈物业公司"));
        var request = await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Extensions.AsNoTracking().SingleAsync(x => x.AssignmentId == assignmentId));
        await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ExtensionService>().DecideAsync(request.Id, request.Version, true, "同意延期"));
        await app.DeliverEventsAsync();
    }

    public static Task<List<ArchiveRecord>> RecordsAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Records.AsNoTracking()
            .Where(r => r.CaseId == caseId).OrderBy(r => r.ArchivedAtUtc).ThenBy(r => r.Sequence).ToListAsync());

    public static RecordSnapshot Snapshot(ArchiveRecord record) => CanonicalJson.Deserialize<RecordSnapshot>(record.SnapshotJson)!;

    /// <summary>A raw SQL UPDATE, as someone with database access would do it, bypassing the application.</summary>
    public static Task<int> RawUpdateAsync(HotlineAppFactory app, string setClause, string archiveNumber) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Database
#pragma warning disable EF1002 // the test writes its own constant SQL; the number is a parameter
            .ExecuteSqlRawAsync($"UPDATE archive_records SET {setClause} WHERE ArchiveNumber = {{0}}", archiveNumber));
#pragma warning restore EF1002
}
