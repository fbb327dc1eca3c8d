using static Hotline.Platform.Identity.HotlineRoles;

namespace Hotline.IntegrationTests.Security;

/// <summary>
/// Who may open which page, written down independently of the pages' own attributes: the sweep compares what the
/// app does with this table, so widening a page's roles, or adding a page without a row here, fails the build.
/// </summary>
public static class AccessTable
{
    /// <summary>Anyone, signed in or not.</summary>
    public static readonly string[] Public = ["*public*"];

    /// <summary>Any signed-in account.</summary>
    public static readonly string[] SignedIn = ["*signed-in*"];

    private static readonly string[] Center = [Agent, Dispatcher, Supervisor, CenterAdmin, KnowledgeEditor, ArchiveClerk, Assessor];

    /// <summary>Pages without a case in their address: the roles that may open them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Pages = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = SignedIn,
        ["/search"] = SignedIn,
        ["/Account/Login"] = Public,
        ["/Account/Lockout"] = Public,
        ["/Account/AccessDenied"] = Public,
        ["/Account/LoginWith2fa"] = Public,
        ["/Account/LoginWithRecoveryCode"] = Public,
        // Anonymous by design while no account exists and a token waits (FirstAdminSetupTests); 404 afterwards.
        ["/setup"] = Public,
        ["/Account/Manage/ChangePassword"] = SignedIn,
        ["/Account/Manage/TwoFactor"] = SignedIn,
        ["/Account/Manage/Profile"] = SignedIn,
        ["/Error"] = Public,
        ["/not-found"] = Public,
        ["/public/submit"] = Public,
        ["/public/track"] = Public,
        ["/cases"] = Center,
        ["/intake/register"] = [Agent, Supervisor],
        ["/intake/pending"] = [Agent, Supervisor],
        ["/intake/cti-simulator"] = [Agent, CenterAdmin],
        ["/intake/intercepted"] = [Supervisor, CenterAdmin],
        ["/dispatch"] = [Dispatcher, Supervisor],
        ["/dispatch/returns"] = [Dispatcher, Supervisor],
        ["/dispatch/disputes"] = [Supervisor],
        ["/dispatch/designation"] = [Supervisor],
        ["/handling/deadlines"] = [Supervisor, Dispatcher],
        ["/handling/extensions"] = [Dispatcher, Supervisor],
        ["/unit/inbox"] = [UnitHandler, UnitManager],
        ["/unit/settings"] = [UnitManager],
        ["/evaluation/revisits"] = [Agent, Supervisor],
        ["/evaluation/supervision"] = [Supervisor],
        ["/evaluation/figures"] = [Supervisor, Assessor, CenterAdmin, Dispatcher],
        ["/knowledge"] = SignedIn,
        ["/knowledge/unit"] = [UnitHandler, UnitManager],
        ["/knowledge/review"] = [KnowledgeEditor],
        ["/knowledge/gaps"] = [KnowledgeEditor],
        ["/knowledge/synonyms"] = [KnowledgeEditor],
        ["/knowledge/usage"] = [KnowledgeEditor, CenterAdmin],
        ["/knowledge/edit/new"] = [UnitHandler, UnitManager],
        ["/knowledge/edit/{Id:guid}"] = [UnitHandler, UnitManager],
        ["/knowledge/articles/{Id:guid}"] = SignedIn,
        ["/public/knowledge"] = Public,
        ["/public/knowledge/{Id:guid}"] = Public,
        ["/supervision"] = [Supervisor, Assessor],
        ["/supervision/{Id:guid}"] = [.. Center, UnitHandler, UnitManager],
        ["/unit/supervisions"] = [UnitHandler, UnitManager],
        ["/archive"] = [ArchiveClerk],
        ["/archive/records/{Id:guid}"] = [ArchiveClerk],
        ["/archive/borrowings"] = [ArchiveClerk],
        ["/archive/disposal"] = [ArchiveClerk, CenterAdmin],
        ["/assessment"] = [Assessor, CenterAdmin],
        ["/unit/assessment"] = [UnitManager],
        ["/analysis/dashboard"] = [Supervisor, CenterAdmin],
        ["/analysis/hotspots"] = [Supervisor, CenterAdmin],
        ["/analysis/seasonal"] = [Supervisor, CenterAdmin],
        ["/unit/reminders"] = [UnitHandler, UnitManager],
        ["/archive/borrow"] = [Supervisor, Assessor, CenterAdmin, UnitManager],
        ["/archive/borrow/{Id:guid}"] = [Supervisor, Assessor, CenterAdmin, UnitManager],
    };

    /// <summary>Every /admin page: the CenterAdmin only (with two-factor sign-in, or the visibly exempt demo admin).</summary>
    public static readonly string[] Admin = [CenterAdmin];

    /// <summary>
    /// Pages that take a case or an assignment in their address: whether the viewer may see that case there, given the
    /// unit tree (child → parent). "A unit sees its own assignments and its sub-units'" (it supervises the sub-units it
    /// designates, 003).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<SweepViewer, SweepCase, Guid?, IReadOnlyDictionary<Guid, Guid?>, bool>> CasePages =
        new Dictionary<string, Func<SweepViewer, SweepCase, Guid?, IReadOnlyDictionary<Guid, Guid?>, bool>>(StringComparer.OrdinalIgnoreCase)
        {
            // The center reads every case; a member unit only a case it or a sub-unit holds an assignment of.
            ["/cases/{CaseId:guid}"] = (v, c, _, tree) => Center.Contains(v.Role)
                || (v.IsUnit && c.Assignments.Any(a => IsSameOrBelow(a.UnitId, v.UnitId, tree))),
            // Dispatch knows only cases accepted for dispatch.
            ["/dispatch/{CaseId:guid}"] = (v, c, _, _) => v.Role is Dispatcher or Supervisor && c.Kind != SweepCaseKind.Closed,
            // Evaluation revisits replied cases and cases answered on the spot.
            ["/evaluation/revisits/{CaseId:guid}"] = (v, c, _, _) => v.Role is Agent or Supervisor && c.Kind is SweepCaseKind.Replied or SweepCaseKind.Closed,
            // An assignment page belongs to the unit of the assignment and the units above it.
            ["/unit/assignments/{AssignmentId:guid}"] = (v, _, assignmentUnit, tree) => v.IsUnit && IsSameOrBelow(assignmentUnit!.Value, v.UnitId, tree),
        };

    private static bool IsSameOrBelow(Guid unit, Guid ancestor, IReadOnlyDictionary<Guid, Guid?> tree)
    {
        for (Guid? u = unit; u is { } current; u = tree.GetValueOrDefault(current))
            if (current == ancestor)
                return true;
        return false;
    }

    /// <summary>Pages not rendered for a person: the rating link carries its own single-use secret (tested in Evaluation).</summary>
    public static readonly IReadOnlySet<string> TokenPages = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/public/rate/{Token}" };

    public static bool MayOpen(string[] roles, SweepViewer? viewer) =>
        roles == Public || (viewer is not null && (roles == SignedIn || roles.Contains(viewer.Role)));

    /// <summary>
    /// The complainant protection rule of the seeds: a unit is shielded from the caller of a complaint about itself,
    /// its parent unit or its sub-units. Confidential cases hide the caller from every unit.
    /// </summary>
    public static bool HidesCallerFrom(SweepCase c, SweepViewer v, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        if (!v.IsUnit)
            return false;
        if (c.Kind == SweepCaseKind.Confidential)
            return true;
        if (c.SubjectUnitId is not { } subject)
            return false;
        return subject == v.UnitId || parents.GetValueOrDefault(subject) == v.UnitId || parents.GetValueOrDefault(v.UnitId) == subject;
    }
}
