using Hotline.Administration.Domain;
using Hotline.Administration.Persistence;
using Hotline.Administration.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Seeding;

/// <summary>Writes the demo county's areas, units and categories into an empty database (the Administration module's reference-data seed calls it in demo mode).</summary>
internal sealed class DemoCountySeed : IDemoCountySeed
{
    public async Task SeedCountyAsync(AdministrationDbContext db, CancellationToken cancellationToken)
    {
        var areaIds = new Dictionary<string, Guid>();
        var order = 0;
        foreach (var a in DemoCountyTables.Areas)
        {
            var area = new Area { Code = a.Code, Name = a.Name, Level = a.Level, ParentId = a.ParentCode is null ? null : areaIds[a.ParentCode], SortOrder = order++ };
            areaIds[a.Code] = area.Id;
            db.Areas.Add(area);
        }

        var center = await db.Units.FirstAsync(u => u.Type == UnitType.Center, cancellationToken);
        var unitIds = new Dictionary<string, Guid> { [center.Code] = center.Id };
        foreach (var u in DemoCountyTables.Units)
        {
            if (u.Type == UnitType.Center)
            {
                center.Name = u.Name;
                center.AreaId = u.AreaCode is null ? null : areaIds[u.AreaCode];
                center.Leader = u.Leader;
                center.ContactPhone = u.Phone;
                continue;
            }
            var unit = new MemberUnit
            {
                Code = u.Code, Name = u.Name, Type = u.Type,
                ParentId = u.ParentCode is null ? null : unitIds[u.ParentCode],
                AreaId = u.AreaCode is null ? null : areaIds[u.AreaCode],
                Leader = u.Leader, ContactPhone = u.Phone, SortOrder = order++,
            };
            unitIds[u.Code] = unit.Id;
            db.Units.Add(unit);
        }

        var categoryIds = new Dictionary<string, Guid>();
        foreach (var c in DemoCountyTables.Categories)
        {
            var category = new MatterCategory
            {
                Code = c.Code, Name = c.Name,
                ParentId = c.ParentCode is null ? null : categoryIds[c.ParentCode],
                DefaultUnitId = c.DefaultUnitCode is null ? null : unitIds[c.DefaultUnitCode],
                StatutoryWorkingDays = c.StatutoryWorkingDays, Kind = c.Kind, SortOrder = order++,
            };
            categoryIds[c.Code] = category.Id;
            db.Categories.Add(category);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

public static class DemoDataServices
{
    /// <summary>The host calls this so that demo mode can seed the county; without demo mode nothing of it runs.</summary>
    public static IServiceCollection AddHotlineDemoData(this IServiceCollection services) =>
        services.AddSingleton<IDemoCountySeed, DemoCountySeed>()
            .AddSingleton<Hotline.Knowledge.Shared.IDemoArticles, DemoKnowledgeArticles>();
}
