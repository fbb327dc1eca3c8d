using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Shared;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Supervision;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.CasePanel;
using Hotline.Evaluation.Public;
using Hotline.Evaluation.Contracts;
using Hotline.IntegrationTests.Dispatch;
using Hotline.IntegrationTests.Evaluation;
using Hotline.IntegrationTests.Intake;
using Hotline.Intake.Shared;
using Hotline.Intake.Registration;
using Hotline.Intake.Decisions;
using Hotline.Intake.Merging;
using Hotline.Intake.Repeats;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseView;
using Hotline.Intake.Progress;
using Hotline.Intake.Intercepted;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Settings;
using Hotline.Intake.Today;
using Hotline.Intake.Public;
using Hotline.Intake.Domain;
using Hotline.Platform.Cases;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Privacy;

/// <summary>Cases for the privacy tests, made through the real modules.</summary>
internal static class PrivacyTestData
{
    public static Task<Guid> UnitAsync(HotlineAppFactory app, string code) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))!.Id);

    /// <summary>Registers a complaint (about <paramref name="subjectUnit"/> when given) and dispatches it to <paramref name="lead"/>.</summary>
    public static async Task<RepliedCase> DispatchedAsync(HotlineAppFactory app, string phone, Guid lead, Guid? subjectUnit = null, bool confidential = false)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone);
        var registered = await IntakeTestData.RegisterAsync(app, input with
        {
            SubjectUnitId = subjectUnit, IsConfidential = confidential, SubmissionKey = Guid.NewGuid(),
        });
        await app.DeliverEventsAsync();
        await DispatchTestData.DispatchAsync(app, registered.CaseId, lead);
        await app.DeliverEventsAsync();
        var assignment = (await DispatchTestData.AssignmentsAsync(app, registered.CaseId)).Single();
        return new RepliedCase(registered.CaseId, registered.CaseNumber, lead, assignment.Id);
    }

    /// <summary>Replied by the lead and revisited with the caller's own words recorded.</summary>
    public static async Task RevisitedWithWordsAsync(HotlineAppFactory app, RepliedCase c, string words)
    {
        await EvaluationTestData.ReplyAsync(app, c);
        await EvaluationTestData.RecordAsync(app, c.CaseId, EvaluationTestData.Rated(Rating.Dissatisfied, words: words));
    }

    public static Task<IReadOnlyList<CaseTimelineStep>> TimelineAsync(HotlineAppFactory app, Guid caseId, CaseViewer viewer) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CaseTimelineReader>().ReadAsync(caseId, viewer));

    public static string Text(IEnumerable<CaseTimelineStep> steps) =>
        string.Join("\n", steps.Select(s => $"{s.Action} {s.Detail}"));
}
