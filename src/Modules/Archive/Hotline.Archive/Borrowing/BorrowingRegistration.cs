using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Archive.Borrowing;

/// <summary>调阅: requests by other roles, the clerk's decisions, reading while approved.</summary>
internal static class BorrowingRegistration
{
    public static IServiceCollection AddArchiveBorrowing(this IServiceCollection services) =>
        services.AddNavEntries([
            new(ArchiveModule.Group, "档案调阅", "/archive/borrow", Icons.Material.Filled.MenuBook, ArchiveAccess.Borrowers, 710),
            new(ArchiveModule.Group, "调阅审批", "/archive/borrowings", Icons.Material.Filled.AssignmentTurnedIn, ArchiveAccess.Clerks, 720)])
            .AddScoped<BorrowedRecordShield>()
            .AddScoped<Borrowings>();
}
