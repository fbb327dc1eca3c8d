namespace Hotline.Platform.Organization;

/// <summary>The three levels of the area tree (属地).</summary>
public enum AreaLevel
{
    County = 0,
    Township = 1,
    Village = 2,
}
