using Hotline.Platform.Persistence;

namespace Hotline.Platform.Seeding;

/// <summary>
/// The demo county's tables, supplied by Hotline.DemoData (referenced only by the host) so that the production
/// assembly carries no invented data.
/// </summary>
internal interface IDemoCountySeed
{
    Task SeedCountyAsync(PlatformDbContext db, CancellationToken cancellationToken);
}
