namespace Hotline.Administration.Calendar;

/// <summary>The State Council General Office schedules shipped with the product, loaded on first start.</summary>
internal static class OfficialCalendars
{
    public static IEnumerable<CalendarYearFile> Load()
    {
        var assembly = typeof(OfficialCalendars).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Calendar.Official.")).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var (file, errors) = CalendarImport.Parse(reader.ReadToEnd());
            if (file is null)
                throw new InvalidOperationException($"Embedded calendar {name} is invalid: {string.Join(" ", errors)}");
            yield return file;
        }
    }
}
