using System.Text.Json;
using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform.Identity;
using Hotline.Platform.Messaging;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Contact;
using Hotline.Handling.Replies;
using Hotline.Handling.SignFor;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>Steps of an assignment's life as the unit does them, and extra accounts for units the demo has no users in.</summary>
internal static class OutcomeTestData
{
    public const string Password = "Demo@12345";

    public static string ReplyText(string about = "电梯") =>
        $"经核实，{about}故障系主板损坏，物业公司已于今日更换配件并恢复运行，我局将督促其建立定期维保制度。";

    public static ReplyInput Reply(ReplyResult result = ReplyResult.Resolved, string? text = null, bool declined = false, string? explanation = null) =>
        new(result, text ?? ReplyText(), explanation, declined);

    public static async Task SignAsync(HotlineAppFactory app, string user, Guid id) =>
        await app.AsUserAsync(user, async sp => await sp.GetRequiredService<SignForService>().SignForAsync(id, await HandlingTestData.VersionAsync(app, id)));

    public static Task ContactAsync(HotlineAppFactory app, string user, Guid id) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ContactService>()
            .RecordAsync(id, new ContactInput(app.Clock.GetUtcNow().UtcDateTime, ContactMethod.Phone, true, "已电话联系诉求人，说明办理安排")));

    /// <summary>Dispatched, signed for and the caller contacted: ready to reply.</summary>
    public static async Task<DispatchedCase> ReadyLeadAsync(HotlineAppFactory app, string phone, string user = "zjj", string leadCode = "ZJJ", bool withCo = false)
    {
        var d = await HandlingTestData.DispatchAsync(app, phone, withCo: withCo, leadCode: leadCode);
        await SignAsync(app, user, d.LeadId);
        await ContactAsync(app, user, d.LeadId);
        return d;
    }

    public static async Task<bool> SubmitReplyAsync(HotlineAppFactory app, string user, Guid id, ReplyInput? input = null) =>
        await app.AsUserAsync(user, async sp =>
            await sp.GetRequiredService<ReplySubmission>().SubmitAsync(id, await HandlingTestData.VersionAsync(app, id), input ?? Reply()));

    public static Task<ReplyView> ReplyViewAsync(HotlineAppFactory app, string user, Guid id) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ReplyViewQuery>().ViewAsync(id));

    public static Task<List<Reply>> RepliesAsync(HotlineAppFactory app, Guid assignmentId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Replies.AsNoTracking()
            .Where(r => r.AssignmentId == assignmentId).OrderBy(r => r.SubmittedAtUtc).ToListAsync());

    /// <summary>The outbox messages of one event type that mention the id.</summary>
    public static async Task<List<TEvent>> EventsAsync<TEvent>(HotlineAppFactory app, Guid id) where TEvent : IntegrationEvent
    {
        var payloads = await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Outbox.AsNoTracking()
            .Where(m => m.EventType == typeof(TEvent).FullName && m.Payload.Contains(id.ToString()))
            .OrderBy(m => m.OccurredAtUtc).Select(m => m.Payload).ToListAsync());
        return payloads.Select(p => JsonSerializer.Deserialize<TEvent>(p, Json)!).ToList();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A user of a unit the demo county has no accounts in (sub-units, a unit of our own for settings tests); created once per database.</summary>
    public static async Task EnsureUserAsync(HotlineAppFactory app, string userName, string role, string unitCode)
    {
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByNameAsync(userName) is not null)
                return;
            var unit = await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(unitCode) ?? throw new InvalidOperationException(unitCode);
            var user = new ApplicationUser { UserName = userName, DisplayName = userName, UnitId = unit.Id, CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                // Two tests of the class may race to create the same account; the other one won.
                if (await users.FindByNameAsync(userName) is not null)
                    return;
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
                throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
        });
    }

    /// <summary>The parent unit passes its assignment to a sub-unit, as Dispatch's event would.</summary>
    public static async Task<Guid> SubDispatchAsync(HotlineAppFactory app, DispatchedCase d, Guid parentId, string subUnitCode)
    {
        var parent = await HandlingTestData.AssignmentAsync(app, parentId);
        var subId = Guid.NewGuid();
        var unitId = await HandlingTestData.UnitIdAsync(app, subUnitCode);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.PublishAsync(new AssignmentSubDispatched(d.CaseId, parentId,
            new AssignmentTerms(subId, unitId, parent.Role, parentId, now.AddHours(8), parent.FirstContactDueUtc, parent.CompletionDueUtc, parent.CompletionWorkingDays),
            "请社区具体核实办理", now, "cgjd.mgr"));
        await app.DeliverEventsAsync();
        return subId;
    }

    public static Task SetAsync(HotlineAppFactory app, Guid assignmentId, Action<HandlingAssignment> change) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HandlingDbContext>();
            change(await db.Assignments.SingleAsync(a => a.Id == assignmentId));
            await db.SaveChangesAsync();
        });
}
