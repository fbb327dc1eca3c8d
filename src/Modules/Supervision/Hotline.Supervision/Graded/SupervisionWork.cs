namespace Hotline.Supervision.Graded;

/// <summary>
/// One unit of work of graded supervision: the context every change is saved through, and what it reads once however many
/// supervisions it opens (a watch pass may open hundreds): the settings, each unit's staff, the members of a role.
/// Made per operation, never kept, so nothing read here outlives the operation.
/// </summary>
internal sealed class SupervisionWork(SupervisionDbContext db)
{
    public SupervisionDbContext Db { get; } = db;
    public SupervisionSettings? Settings { get; set; }
    public Dictionary<Guid, IReadOnlyList<StaffContact>> Staff { get; } = [];
    public Dictionary<string, HashSet<string>> RoleMembers { get; } = [];
}
