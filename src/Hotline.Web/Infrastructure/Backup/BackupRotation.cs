using System.Globalization;
using Hotline.Platform.Time;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>
/// Which backups to keep: the newest of each of the last 7 days, of each of the last 4 weeks and of each of the last 12
/// months (China dates), and always the newest; the others are deleted after a backup. Only files named as the backup
/// names them are considered, plain (<c>.zip</c>) and encrypted (<c>.zip.enc</c>) alike.
/// </summary>
internal static class BackupRotation
{
    /// <summary>Also matches unfinished <c>.part</c> files, which <see cref="TakenAt"/> leaves out.</summary>
    public const string Pattern = "hotline-backup-*.zip*";

    public static IReadOnlyList<string> Expired(IEnumerable<string> files, DateTime nowUtc)
    {
        var dated = files.Select(f => (File: f, At: TakenAt(f))).Where(x => x.At is not null)
            .OrderByDescending(x => x.At).Select(x => (x.File, Day: ChinaTime.DateOf(x.At!.Value))).ToList();
        var today = ChinaTime.DateOf(nowUtc);
        var keep = new HashSet<string>(dated.Take(1).Select(x => x.File));
        void NewestOfEach<TKey>(Func<DateOnly, TKey> period, Func<DateOnly, bool> recent)
        {
            foreach (var group in dated.Where(x => recent(x.Day)).GroupBy(x => period(x.Day)))
                keep.Add(group.First().File);
        }
        NewestOfEach(day => day, day => day > today.AddDays(-7));
        NewestOfEach(WeekStart, day => WeekStart(day) > WeekStart(today).AddDays(-28));
        NewestOfEach(day => (day.Year, day.Month), day => today.Year * 12 + today.Month - (day.Year * 12 + day.Month) < 12);
        return dated.Where(x => !keep.Contains(x.File)).Select(x => x.File).ToList();
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateTime? TakenAt(string file) =>
        DateTime.TryParseExact(Path.GetFileName(file), ["'hotline-backup-'yyyyMMdd-HHmmss'.zip'", "'hotline-backup-'yyyyMMdd-HHmmss'.zip" + Backups.EncryptedSuffix + "'"],
            CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
