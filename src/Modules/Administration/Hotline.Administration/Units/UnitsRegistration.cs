using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Administration.Units;

/// <summary>成员单位: the member-unit tree, its admin page and the unit directory every module reads.</summary>
internal static class UnitsRegistration
{
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.MasterDataGroup, "成员单位", "/admin/units", Icons.Material.Filled.AccountTree, [HotlineRoles.CenterAdmin], 20)]);
        services.AddScoped<UnitAdmin>();
        // Read by every module; scoped because the context factory it reads through is scoped.
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddTreeAuditObject("MemberUnit", "成员单位", "/admin/units", (db, ids) =>
            db.Units.Where(u => ids.Contains(u.Id)).Select(u => new KeyValuePair<Guid, string>(u.Id, u.Name)));
        return services;
    }

    /// <summary>The hotline center is itself a unit, so that center staff belong to one like everybody else.</summary>
    public static async Task EnsureCenterAsync(AdministrationDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(u => u.Type == UnitType.Center, cancellationToken))
            return;
        db.Units.Add(new MemberUnit { Code = CenterUnit.Code, Name = CenterUnit.DefaultName, Type = UnitType.Center });
        await db.SaveChangesAsync(cancellationToken);
    }
}
