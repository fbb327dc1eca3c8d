using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Shared;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Supervision;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.CasePanel;
using Hotline.Evaluation.Public;
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
using Hotline.IntegrationTests.Dispatch;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Security;

/// <summary>The kinds of case the access sweep tries every door against.</summary>
public enum SweepCaseKind
{
    /// <summary>Lead 住建局, co-handled by 市场监管局.</summary>
    Normal,
    /// <summary>Lead 住建局, marked 保密.</summary>
    Confidential,
    /// <summary>Lead 住建局, a complaint about 住建局 itself.</summary>
    AboutViewersUnit,
    /// <summary>Lead 文昌社区 (a sub-unit of 城关街道), a complaint about its parent 城关街道.</summary>
    AboutViewersParent,
    /// <summary>Lead 城关街道, a complaint about its sub-unit 文昌社区.</summary>
    AboutViewersSubUnit,
    /// <summary>Lead 住建局, with a second caller's call merged into it (并单).</summary>
    Merged,
    /// <summary>Answered on the spot at intake: closed, never dispatched.</summary>
    Closed,
    /// <summary>Lead 市场监管局 only.</summary>
    OtherUnits,
    /// <summary>A complaint about 住建局, its lead: replied, and the caller was sent the rating link by SMS.</summary>
    Replied,
}

/// <summary>One sweep case: what identifies it on a page, and who holds its assignments.</summary>
public sealed record SweepCase(SweepCaseKind Kind, Guid CaseId, string Number, string ContentMarker, string CallerName, string CallerPhone,
    IReadOnlyList<(Guid AssignmentId, Guid UnitId)> Assignments, Guid? SubjectUnitId)
{
    /// <summary>Callers of calls merged into the case.</summary>
    public List<(string Name, string Phone)> MergedCallers { get; } = [];

    private IEnumerable<(string Name, string Phone)> Callers => MergedCallers.Prepend((CallerName, CallerPhone));

    /// <summary>Text that must not reach a viewer who may not see the case.</summary>
    public IEnumerable<string> Content => Identity.Prepend(ContentMarker);

    /// <summary>Text that identifies a caller, in full or in part (name, number, masked number, last four digits next to the mask).</summary>
    public IEnumerable<string> Identity => Callers.SelectMany(c => new[] { c.Name, c.Phone, c.Phone[..3] + "****" + c.Phone[^4..] });

    /// <summary>A full caller number, which only an audited reveal may show.</summary>
    public IEnumerable<string> FullPhones => Callers.Select(c => c.Phone);
}

/// <summary>A viewer: a demo account or one of the two township accounts the sweep adds.</summary>
public sealed record SweepViewer(string UserName, string Role, Guid UnitId, string UnitCode)
{
    public bool IsUnit => Role is HotlineRoles.UnitHandler or HotlineRoles.UnitManager;
}

/// <summary>Builds the sweep's cases and accounts once per application, through the modules' own services.</summary>
public sealed class SweepWorld
{
    public const string Password = DemoAccounts.Password;
    public const string TownshipHandler = "sweep.cgjd";
    public const string VillageHandler = "sweep.cgjd01";
    public const string Township = DemoCountyData.ChengguanStreetCode;
    public const string Village = DemoCountyData.ChengguanStreetCode + "-01";

    private static readonly Dictionary<HotlineAppFactory, Task<SweepWorld>> Worlds = [];
    private static readonly Lock Gate = new();

    public required IReadOnlyList<SweepCase> Cases { get; init; }
    public required IReadOnlyList<SweepViewer> Viewers { get; init; }
    public required IReadOnlyDictionary<string, Guid> Units { get; init; }

    /// <summary>The unit tree, child → parent, for the table's scope and shielding rules.</summary>
    public required IReadOnlyDictionary<Guid, Guid?> Parents { get; init; }

    public static Task<SweepWorld> ForAsync(HotlineAppFactory app)
    {
        lock (Gate)
        {
            if (!Worlds.TryGetValue(app, out var world))
                Worlds[app] = world = BuildAsync(app);
            return world;
        }
    }

    private static async Task<SweepWorld> BuildAsync(HotlineAppFactory app)
    {
        var units = new Dictionary<string, Guid>();
        foreach (var code in DemoAccounts.All.Select(a => a.UnitCode).Append(Township).Append(Village).Distinct())
            units[code] = await DispatchTestData.UnitAsync(app, code);

        await CreateUserAsync(app, TownshipHandler, "城关街道承办人", units[Township]);
        await CreateUserAsync(app, VillageHandler, "文昌社区承办人", units[Village]);
        var viewers = DemoAccounts.All.Select(a => new SweepViewer(a.UserName, a.Role, units.GetValueOrDefault(a.UnitCode), a.UnitCode)).ToList();
        viewers.Add(new SweepViewer(TownshipHandler, HotlineRoles.UnitHandler, units[Township], Township));
        viewers.Add(new SweepViewer(VillageHandler, HotlineRoles.UnitHandler, units[Village], Village));

        var zjj = units[DemoCountyData.HousingBureauCode];
        var scjgj = units[DemoCountyData.MarketBureauCode];
        var cases = new List<SweepCase>();
        var n = 0;
        async Task<SweepCase> AddAsync(SweepCaseKind kind, Guid? lead, Guid[] co, Guid? subject = null, bool confidential = false,
            IntakeDecision? decision = null)
        {
            n++;
            var marker = $"门禁扫描{kind}标记{n:00}";
            var phone = $"1370000{n:0000}";
            var name = $"扫描{(char)('甲' + n)}先生";
            var input = await IntakeTestData.ComplaintAsync(app, phone: phone, content: $"{marker}：小区电梯长期停运，物业不予维修");
            input = input with { CallerName = name, IsConfidential = confidential, SubjectUnitId = subject, SubmissionKey = Guid.NewGuid() };
            var registered = await IntakeTestData.RegisterAsync(app, input, decision);
            await app.DeliverEventsAsync();
            var caseId = registered.CaseId;
            if (lead is { } leadUnit)
            {
                await DispatchTestData.DispatchAsync(app, caseId, leadUnit, co);
                await app.DeliverEventsAsync();
            }
            var assignments = lead is null ? [] : (await DispatchTestData.AssignmentsAsync(app, caseId)).Select(a => (a.Id, a.UnitId)).ToList();
            var sweepCase = new SweepCase(kind, caseId, registered.CaseNumber, marker, name, phone, assignments, subject);
            cases.Add(sweepCase);
            return sweepCase;
        }

        await AddAsync(SweepCaseKind.Normal, zjj, [scjgj]);
        await AddAsync(SweepCaseKind.Confidential, zjj, [], confidential: true);
        await AddAsync(SweepCaseKind.AboutViewersUnit, zjj, [], subject: zjj);
        await AddAsync(SweepCaseKind.AboutViewersParent, units[Village], [], subject: units[Township]);
        await AddAsync(SweepCaseKind.AboutViewersSubUnit, units[Township], [], subject: units[Village]);
        var merged = await AddAsync(SweepCaseKind.Merged, zjj, []);
        var repeat = await IntakeTestData.ComplaintAsync(app, phone: "13700009999", content: "同一部电梯又停了，再次反映");
        await IntakeTestData.RegisterAsync(app, repeat with { CallerName = "扫描并单女士", SubmissionKey = Guid.NewGuid() },
            new IntakeDecision.MergeInto(merged.CaseId));
        await app.DeliverEventsAsync();
        merged.MergedCallers.Add(("扫描并单女士", "13700009999"));
        await AddAsync(SweepCaseKind.Closed, null, [], decision: new IntakeDecision.AnswerOnSpot("已按政策当场答复诉求人"));
        await AddAsync(SweepCaseKind.OtherUnits, scjgj, []);
        var replied = await AddAsync(SweepCaseKind.Replied, zjj, [], subject: zjj);
        await Evaluation.EvaluationTestData.ReplyAsync(app, new Evaluation.RepliedCase(replied.CaseId, replied.Number, zjj, replied.Assignments[0].AssignmentId));
        // The SMS step on the timeline names the number it went to: the shielded unit must not read it.
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<RatingLinks>().SendAsync(replied.CaseId, "http://localhost/"));
        await app.DeliverEventsAsync();
        var parents = await app.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().ActiveUnitsAsync())
            .ToDictionary(u => u.Id, u => u.ParentId));
        return new SweepWorld { Cases = cases, Viewers = viewers, Units = units, Parents = parents };
    }

    private static Task CreateUserAsync(HotlineAppFactory app, string userName, string displayName, Guid unitId) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<UserAdmin>().CreateAsync(
            new NewUser(userName, displayName, unitId, HotlineRoles.UnitHandler, Password)));
}
