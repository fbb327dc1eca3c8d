using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Calendar;

/// <summary>Changes to the calendar table: importing a year, editing one day. Each change is audited and refreshes the snapshot.</summary>
public sealed class CalendarAdmin(PlatformDbContext db, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>Replaces the whole year in one transaction, so a failed import leaves the previous schedule intact.</summary>
    public async Task ImportYearAsync(CalendarYearFile file, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var from = new DateOnly(file.Year, 1, 1);
        var to = new DateOnly(file.Year, 12, 31);
        db.CalendarDays.RemoveRange(await db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.CalendarDays.AddRange(file.Days.Select(d => new CalendarDay { Date = d.Date, Name = d.Name, IsOffDay = d.IsOffDay }));
        var year = await db.CalendarYears.FindAsync([file.Year], cancellationToken);
        if (year is null)
            db.CalendarYears.Add(year = new CalendarYear { Year = file.Year });
        year.LoadedAtUtc = clock.GetUtcNow().UtcDateTime;
        year.LoadedBy = actor.UserName;
        db.Audit(actor, clock, "导入工作日历", "CalendarYear", file.Year.ToString(), $"{file.Days.Count} 个例外日期");
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        calendar.Invalidate();
    }

    /// <summary>Sets one day: an off-day, a make-up working day, or (null) back to the weekend rule.</summary>
    public async Task SetDayAsync(DateOnly date, bool? isOffDay, string? name, Actor actor, CancellationToken cancellationToken = default)
    {
        var day = await db.CalendarDays.FindAsync([date], cancellationToken);
        if (isOffDay is null)
        {
            if (day is not null)
                db.CalendarDays.Remove(day);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new ArgumentException("请填写节假日或调休的名称。", nameof(name));
            if (day is null)
                db.CalendarDays.Add(day = new CalendarDay { Date = date });
            day.IsOffDay = isOffDay.Value;
            day.Name = name.Trim();
        }
        var detail = isOffDay switch { true => $"放假：{name}", false => $"调休上班：{name}", null => "恢复为普通日" };
        db.Audit(actor, clock, "修改工作日历", "CalendarDay", date.ToString("yyyy-MM-dd"), detail);
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
    }
}
