namespace Hotline.Administration.Shared;

/// <summary>
/// The demo county's areas, units and categories, supplied by Hotline.DemoData (referenced only by the host) so that
/// the production assemblies carry no invented data.
/// </summary>
internal interface IDemoCountySeed
{
    Task SeedCountyAsync(AdministrationDbContext db, CancellationToken cancellationToken);
}
