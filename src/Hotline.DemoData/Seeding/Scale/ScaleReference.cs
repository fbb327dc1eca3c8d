using Hotline.Administration.Persistence;
using Hotline.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Seeding.Scale;

/// <summary>The installation's own reference data the generated cases point at: categories with their default units, areas, units, calendar.</summary>
internal sealed record ScaleReference(
    IReadOnlyList<ScaleCategory> Categories,
    IReadOnlyList<ScaleArea> Villages,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> SubUnits,
    IReadOnlyDictionary<RequestTypeCode, int> CompletionWorkingDays,
    CalendarRules Calendar)
{
    public static async Task<ScaleReference> LoadAsync(AdministrationDbContext db, IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive && c.ParentId != null && c.DefaultUnitId != null)
            .OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().Where(a => a.IsActive).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).ToListAsync(cancellationToken);
        var types = await db.RequestTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.CompletionWorkingDays, cancellationToken);
        if (categories.Count == 0 || !areas.Any(a => a.Level == AreaLevel.Village))
            throw new InvalidOperationException("没有可用的事项分类或村（社区）：请先以演示模式初始化数据库（Hotline__DemoMode=true）。");

        var areaNames = areas.ToDictionary(a => a.Id);
        var villages = areas.Where(a => a.Level == AreaLevel.Village)
            .OrderBy(a => a.Code)
            .Select(a => new ScaleArea(a.Id, a.ParentId is { } p && areaNames.TryGetValue(p, out var town) ? town.Name + a.Name : a.Name))
            .ToList();
        var subUnits = units.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.OrderBy(u => u.Code).Select(u => u.Id).ToList());
        return new ScaleReference(
            categories.Select(c => new ScaleCategory(c.Id, c.Code, c.Name, c.DefaultUnitId!.Value, c.StatutoryWorkingDays, c.Kind != CategoryKind.Ordinary)).ToList(),
            villages, subUnits, types, await calendar.GetRulesAsync(cancellationToken));
    }
}

internal sealed record ScaleCategory(Guid Id, string Code, string Name, Guid DefaultUnitId, int? StatutoryWorkingDays, bool NotChased);

internal sealed record ScaleArea(Guid Id, string Name);
