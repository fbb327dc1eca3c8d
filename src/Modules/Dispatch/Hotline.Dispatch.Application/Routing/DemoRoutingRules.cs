namespace Hotline.Dispatch.Routing;

/// <summary>
/// A few routing rules for the demo county, showing the precedence: a county-wide rule, a rule on a
/// parent category, and area-specific rules that beat them (grid handling by the township).
/// </summary>
internal static class DemoRoutingRules
{
    /// <summary>(category code, area code or null, lead unit code, co-unit codes, note).</summary>
    private static readonly (string Category, string? Area, string Lead, string[] Co, string Note)[] Rules =
    [
        ("C0101", null, "ZJJ", ["SCJGJ"], "物业服务由住建局主办；涉及电梯等特种设备或收费的由市场监管局协办"),
        ("C01", null, "ZJJ", [], "城乡建设类未细分事项由住建局主办"),
        ("C0803", "A01", "CGJD", ["STHJFJ"], "城关街道噪声扰民实行网格化属地处置，生态环境分局协办"),
        ("C0106", "A04", "LHZ", ["CGJ"], "柳河镇违法建设由镇政府属地查处，综合执法局协办"),
        ("C0804", null, "CGJ", [], "环境卫生由城市管理局主办"),
    ];

    public static async Task SeedAsync(DispatchDbContext db, ICategoryCatalog categories, IAreaDirectory areas, IUnitDirectory units,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        // Idempotent: seeded once into an empty rule table, never over an administrator's own rules.
        if (await db.RoutingRules.AnyAsync(cancellationToken))
            return;
        var categoryByCode = (await categories.ActiveCategoriesAsync(cancellationToken)).ToDictionary(c => c.Code);
        var areaByCode = (await areas.ActiveAreasAsync(cancellationToken)).ToDictionary(a => a.Code);
        var unitByCode = (await units.ActiveUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (categoryCode, areaCode, leadCode, coCodes, note) in Rules)
        {
            if (!categoryByCode.TryGetValue(categoryCode, out var category) || !unitByCode.TryGetValue(leadCode, out var lead)
                || (areaCode is not null && !areaByCode.ContainsKey(areaCode)) || !coCodes.All(unitByCode.ContainsKey))
                continue;
            var rule = new RoutingRule
            {
                CategoryId = category.Id,
                AreaId = areaCode is null ? null : areaByCode[areaCode].Id,
                LeadUnitId = lead.Id,
                Note = note,
                UpdatedAtUtc = now,
                UpdatedBy = "系统",
            };
            rule.SetCoUnits(coCodes.Select(c => unitByCode[c].Id));
            db.RoutingRules.Add(rule);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
