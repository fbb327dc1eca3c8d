namespace Hotline.Administration.Calendar;

/// <summary>A loaded year as the admin page lists it: how many exceptions, who imported it and when.</summary>
internal sealed record CalendarYearInfo(int Year, int OffDays, int MakeUpDays, DateTime LoadedAtUtc, string LoadedBy);

/// <summary>
/// The outcome of checking an uploaded file before anything is stored: either the problems, or the
/// parsed year and how many stored days importing it would replace (for the confirmation).
/// </summary>
public sealed record CalendarImportCheck(CalendarYearFile? File, IReadOnlyList<string> Errors, bool YearLoaded, int ExistingDays)
{
    public bool IsValid => File is not null && Errors.Count == 0;
}

/// <summary>
/// A deadline worked out for the 试算 panel, with the working days it counted so staff can check it
/// against a paper calendar.
/// </summary>
internal sealed record DeadlineTrial(DateTime StartUtc, DateTime DueUtc, bool BeyondCalendar, IReadOnlyList<DateOnly> CountedDays, IReadOnlyList<int> YearsNotLoaded);
