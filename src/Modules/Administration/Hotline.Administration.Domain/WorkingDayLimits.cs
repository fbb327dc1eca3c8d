namespace Hotline.Administration.Domain;

/// <summary>The range a completion limit in working days may take: at least one day, at most about three months of working days.</summary>
internal static class WorkingDayLimits
{
    public const int Min = 1;
    public const int Max = 60;
}
