namespace Hotline.Platform.Catalog;

/// <summary>How evaluation must treat a category's cases (domain §4: mediation and enforcement must not chase satisfaction).</summary>
public enum CategoryKind
{
    Ordinary = 0,
    AdministrativeMediation = 1,
    LawEnforcement = 2,
}
