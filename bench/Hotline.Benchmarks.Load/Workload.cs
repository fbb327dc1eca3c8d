namespace Hotline.Benchmarks.Load;

/// <summary>
/// Who is signed in and what they open: the staff of a county hotline on a working day, each role moving through its
/// own pages. "{detail}" is a case or assignment the user's own list links to (read from that list's prerendered page).
/// </summary>
internal sealed record Role(string Name, double Share, string[] Accounts, string ListPage, string[] Pages)
{
    public const string Detail = "{detail}";

    public static readonly Role[] All =
    [
        new("承办人", 0.40, ["zjj", "scjgj"], "/unit/inbox?tab=handling",
            ["/", "/unit/inbox", "/unit/inbox?tab=handling", "/unit/inbox?tab=signfor", "/unit/inbox?tab=replied", Detail, Detail, Detail, "/unit/supervisions", "/knowledge/unit"]),
        new("联络员", 0.10, ["zjj.mgr", "scjgj.mgr"], "/unit/inbox",
            ["/", "/unit/inbox?tab=approval", "/unit/inbox", Detail, Detail, "/unit/assessment", "/unit/supervisions"]),
        new("话务员", 0.25, ["agent"], "/cases",
            ["/", "/cases", "/cases", Detail, Detail, "/intake/pending", "/evaluation/revisits", "/search?q=噪音", "/knowledge", "/intake/register"]),
        new("派单员", 0.08, ["dispatcher"], "/dispatch",
            ["/", "/dispatch", "/dispatch", Detail, Detail, "/dispatch/returns", "/cases"]),
        new("督办员", 0.06, ["supervisor"], "/handling/deadlines",
            ["/", "/handling/deadlines", "/supervision", "/analysis/dashboard", "/cases", Detail]),
        new("考核员", 0.05, ["assessor"], "/evaluation/figures",
            ["/", "/assessment", "/evaluation/figures", "/analysis/hotspots"]),
        new("知识库审核员", 0.03, ["kbeditor"], "/knowledge",
            ["/", "/knowledge", "/knowledge/review", "/knowledge/gaps"]),
        new("档案员", 0.03, ["archivist"], "/archive",
            ["/", "/archive", "/archive/borrowings"]),
    ];

    /// <summary>The role of the <paramref name="index"/>-th of <paramref name="users"/> users, in the shares above, spread evenly over the ramp.</summary>
    public static Role Of(int index, int users)
    {
        // Stride through [0, 1) so every prefix of the ramp has the mix, not all handlers first.
        var position = (index * 0.6180339887) % 1.0;
        var cumulative = 0.0;
        foreach (var role in All)
        {
            cumulative += role.Share;
            if (position < cumulative)
                return role;
        }
        return All[^1];
    }
}
