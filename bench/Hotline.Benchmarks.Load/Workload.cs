namespace Hotline.Benchmarks.Load;

/// <summary>
/// Who is signed in and what they open: the staff of a county hotline on a working day, each role moving through its
/// own pages. "{detail}" is one of the cases the user found by a keyword search (the quick search's prerendered page
/// links to them; lists fill in the circuit) — each user searches a word of its own, so they open different cases.
/// </summary>
internal sealed record Role(string Name, double Share, string[] Accounts, string[] Pages)
{
    public const string Detail = "{detail}";

    /// <summary>Words callers use; a unit finds only its own cases, so a user tries the next word until one finds some.</summary>
    public static readonly string[] Keywords = ["噪音", "漏水", "路灯", "垃圾", "停车", "物业", "装修", "占道", "油烟", "供暖"];

    public static readonly Role[] All =
    [
        new("承办人", 0.40, ["zjj", "scjgj"],
            ["/", "/unit/inbox", "/unit/inbox?tab=handling", "/unit/inbox?tab=signfor", "/unit/inbox?tab=replied", Detail, Detail, Detail, "/unit/supervisions", "/knowledge/unit"]),
        new("联络员", 0.10, ["zjj.mgr", "scjgj.mgr"],
            ["/", "/unit/inbox?tab=approval", "/unit/inbox", Detail, Detail, "/unit/assessment", "/unit/supervisions"]),
        new("话务员", 0.25, ["agent"],
            ["/", "/cases", "/cases", Detail, Detail, "/intake/pending", "/evaluation/revisits", "/search?q=噪音", "/knowledge", "/intake/register"]),
        new("派单员", 0.08, ["dispatcher"],
            ["/", "/dispatch", "/dispatch", Detail, Detail, "/dispatch/returns", "/cases"]),
        new("督办员", 0.06, ["supervisor"],
            ["/", "/handling/deadlines", "/supervision", "/analysis/dashboard", "/cases", Detail]),
        new("考核员", 0.05, ["assessor"],
            ["/", "/assessment", "/evaluation/figures", "/analysis/hotspots"]),
        new("知识库审核员", 0.03, ["kbeditor"],
            ["/", "/knowledge", "/knowledge/review", "/knowledge/gaps"]),
        new("档案员", 0.03, ["archivist"],
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
