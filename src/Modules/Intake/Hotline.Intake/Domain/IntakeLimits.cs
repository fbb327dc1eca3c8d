namespace Hotline.Intake.Domain;

internal static class IntakeLimits
{
    public const int ContentMaxLength = 4000;
    public const int ContentMinLength = 5;
    public const int SimilarWindowDays = 30;
    public const int RepeatWindowDays = 90;
}
