namespace Hotline.Platform.Organization;

/// <summary>The hotline center's own unit, created in every installation before the first account.</summary>
public static class CenterUnit
{
    public const string Code = "ZX";
    public const string DefaultName = "12345政务服务便民热线管理中心";
}
