using System.Text.Json;
using System.Text.RegularExpressions;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Contracts;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Catalog;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Hotline.Platform.Organization;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>A case registered through Intake, dispatched through Dispatch and replied "by Handling" (an injected CaseReplied), plus the revisit calls tests repeat.</summary>
internal sealed record RepliedCase(Guid CaseId, string Number, Guid LeadUnitId, Guid AssignmentId);

internal static class EvaluationTestData
{
    public static async Task<RepliedCase> RegisterAsync(HotlineAppFactory app, string phone, string? categoryName = null, bool confidential = false)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone);
        if (categoryName is not null)
        {
            var category = await app.WithScopeAsync(async sp =>
                (await sp.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.Name == categoryName));
            input = input with { CategoryId = category.Id };
        }
        var registered = await IntakeTestData.RegisterAsync(app, input with { IsConfidential = confidential, SubmissionKey = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        // Dispatched for real, so that Handling knows the lead assignment a redo goes back to.
        var unit = await app.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(DemoCountyData.HousingBureauCode));
        await Dispatch.DispatchTestData.DispatchAsync(app, registered.CaseId, unit!.Id);
        await app.DeliverEventsAsync();
        var lead = (await Dispatch.DispatchTestData.AssignmentsAsync(app, registered.CaseId)).Single();
        return new RepliedCase(registered.CaseId, registered.CaseNumber, unit.Id, lead.Id);
    }

    public static async Task ReplyAsync(HotlineAppFactory app, RepliedCase c, int round = 0, bool declinedCallback = false,
        ReplyResult result = ReplyResult.Resolved)
    {
        await app.PublishAsync(new CaseReplied(c.CaseId, c.Number, c.AssignmentId, c.LeadUnitId, Guid.NewGuid(), round, result,
            $"第{round}轮答复：已督促物业维修电梯", declinedCallback, app.Clock.GetUtcNow().UtcDateTime, OnTime: true));
        await app.DeliverEventsAsync();
    }

    public static async Task<RepliedCase> RepliedAsync(HotlineAppFactory app, string phone, string? categoryName = null, bool confidential = false)
    {
        var c = await RegisterAsync(app, phone, categoryName, confidential);
        await ReplyAsync(app, c);
        return c;
    }

    public static Task<RevisitCase?> LoadAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Cases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId));

    public static async Task<RevisitState> RecordAsync(HotlineAppFactory app, Guid caseId, RevisitInput input, string user = "agent")
    {
        var version = (await LoadAsync(app, caseId))!.Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<RevisitWorkbench>().RecordAsync(caseId, version, input));
    }

    public static RevisitInput Rated(Rating handling, bool resolved = true, Rating intake = Rating.Satisfied, string? words = null) =>
        new(ReachResult.Reached, resolved, intake, handling, words);

    public static async Task<RevisitState> FollowUpAsync(HotlineAppFactory app, Guid caseId, DissatisfactionCause cause,
        string why = "电梯仍然经常停运", string? instructions = "请现场核实电梯维修情况并书面答复", string user = "agent")
    {
        var version = (await LoadAsync(app, caseId))!.Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<RevisitWorkbench>().FollowUpAsync(caseId, version, new FollowUpInput(cause, why, instructions)));
    }

    public static Task<List<OutboxMessage>> OutboxAsync<TEvent>(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Outbox.AsNoTracking()
            .Where(m => m.EventType.EndsWith("." + typeof(TEvent).Name) && m.Payload.Contains(caseId.ToString()))
            .OrderBy(m => m.OccurredAtUtc).ToListAsync());

    public static TEvent Read<TEvent>(OutboxMessage message) =>
        JsonSerializer.Deserialize<TEvent>(message.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    /// <summary>The token as the caller's SMS carries it when sent (the stored row holds only a placeholder).</summary>
    public static async Task<string> SmsTokenAsync(HotlineAppFactory app, string phone)
    {
        while (await app.Service<NotificationProcessor>().ProcessBatchAsync(CancellationToken.None) > 0) { }
        var body = app.Service<RecordedSms>().To(phone).Last(t => t.Contains("/public/rate/"));
        return Regex.Match(body, "/public/rate/([A-Za-z0-9_-]+)").Groups[1].Value;
    }
}
