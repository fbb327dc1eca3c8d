namespace Hotline.Platform.Catalog;

public static class CategoryKindNames
{
    public static string DisplayName(this CategoryKind kind) => kind switch
    {
        CategoryKind.Ordinary => "普通",
        CategoryKind.AdministrativeMediation => "行政调解类",
        CategoryKind.LawEnforcement => "执法办案类",
        _ => kind.ToString(),
    };
}
