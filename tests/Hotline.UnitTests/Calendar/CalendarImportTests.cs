using Hotline.Administration.Calendar;
using Hotline.Platform.Calendar;

namespace Hotline.UnitTests.Calendar;

/// <summary>An uploaded year is all or nothing: any problem rejects the file and every problem is named in Chinese.</summary>
public sealed class CalendarImportTests
{
    private static (CalendarYearFile? File, IReadOnlyList<string> Errors) Parse(string json) => CalendarImport.Parse(json);

    [Fact]
    public void A_valid_file_is_parsed_with_names_trimmed()
    {
        var (file, errors) = Parse("""
            {"year":2027,"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":" 春节调休上班 ","date":"2027-02-07","isOffDay":false}
            ]}
            """);
        Assert.Empty(errors);
        Assert.NotNull(file);
        Assert.Equal(2027, file.Year);
        Assert.Collection(file.Days,
            d => { Assert.Equal(new DateOnly(2027, 1, 1), d.Date); Assert.Equal("元旦", d.Name); Assert.True(d.IsOffDay); },
            d => { Assert.Equal(new DateOnly(2027, 2, 7), d.Date); Assert.Equal("春节调休上班", d.Name); Assert.False(d.IsOffDay); });
    }

    [Fact]
    public void Invalid_JSON_is_rejected_with_the_line()
    {
        var (file, errors) = Parse("{\"year\":2027,\n\"days\":[\n{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}\n");
        Assert.Null(file);
        Assert.Equal(["文件不是有效的 JSON（第 4 行附近）。"], errors);
    }

    [Fact]
    public void A_missing_year_is_named()
    {
        var (file, errors) = Parse("""{"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""");
        Assert.Null(file);
        Assert.Equal(["缺少 year（年份）字段。"], errors);
    }

    [Fact]
    public void A_year_of_the_wrong_type_is_named()
    {
        var (file, errors) = Parse("""{"year":"2027","days":[]}""");
        Assert.Null(file);
        Assert.Equal(["year（年份）应为整数（第 1 行附近）。"], errors);
    }

    [Fact]
    public void A_date_outside_the_year_is_named()
    {
        var (file, errors) = Parse("""{"year":2027,"days":[{"name":"元旦","date":"2026-12-31","isOffDay":true}]}""");
        Assert.Null(file);
        Assert.Equal(["第 1 项的日期 2026-12-31 不属于 2027 年。"], errors);
    }

    [Fact]
    public void A_duplicate_date_is_named()
    {
        var (file, errors) = Parse("""
            {"year":2027,"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"元旦","date":"2027-01-01","isOffDay":true}
            ]}
            """);
        Assert.Null(file);
        Assert.Equal(["第 2 项：日期 2027-01-01 重复出现。"], errors);
    }

    [Theory]
    [InlineData("2027/01/01")]
    [InlineData("2027-1-1")]
    [InlineData("2027-02-30")]
    public void A_bad_date_format_is_named(string date)
    {
        var (file, errors) = Parse($$"""{"year":2027,"days":[{"name":"元旦","date":"{{date}}","isOffDay":true}]}""");
        Assert.Null(file);
        Assert.Equal([$"第 1 项的日期“{date}”不是 yyyy-MM-dd 格式的有效日期。"], errors);
    }

    [Fact]
    public void A_date_of_the_wrong_type_is_named()
    {
        var (file, errors) = Parse("""{"year":2027,"days":[{"name":"元旦","date":20270101,"isOffDay":true}]}""");
        Assert.Null(file);
        Assert.Equal(["第 1 项的 date 应为 \"yyyy-MM-dd\" 格式的字符串（第 1 行附近）。"], errors);
    }

    [Fact]
    public void A_weekday_marked_as_make_up_day_is_refused()
    {
        var (file, errors) = Parse("""{"year":2027,"days":[{"name":"元旦调休上班","date":"2027-01-04","isOffDay":false}]}""");
        Assert.Null(file);
        Assert.Equal(["第 1 项：2027-01-04 是星期一，本来就是工作日，不能标为调休上班。"], errors);
    }

    [Theory]
    [InlineData("""{"year":2027,"days":[]}""")]
    [InlineData("""{"year":2027}""")]
    public void Empty_days_are_refused(string json)
    {
        var (file, errors) = Parse(json);
        Assert.Null(file);
        Assert.Equal(["缺少 days（日期列表）或列表为空。"], errors);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_explained()
    {
        var (file, errors) = Parse("""[{"name":"元旦","date":"2027-01-01","isOffDay":true}]""");
        Assert.Null(file);
        Assert.Equal(["文件内容应为一个 JSON 对象，形如 {\"year\":2027,\"days\":[…]}。"], errors);
    }

    [Fact]
    public void A_partly_valid_file_lists_every_problem_and_yields_nothing()
    {
        var (file, errors) = Parse("""
            {"year":2027,"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"date":"2027-02-10","isOffDay":true},
              {"name":"春节","date":"2027-02-11"},
              null,
              {"name":"清明节","isOffDay":true},
              {"name":"劳动节","date":"2028-05-01","isOffDay":true}
            ]}
            """);
        Assert.Null(file);
        Assert.Equal(
        [
            "第 2 项缺少名称 name。",
            "第 3 项缺少 isOffDay（是否放假）。",
            "第 4 项为空。",
            "第 5 项缺少日期 date。",
            "第 6 项的日期 2028-05-01 不属于 2027 年。",
        ], errors);
    }

    [Fact]
    public void An_overlong_name_and_a_year_out_of_range_are_named()
    {
        var name = new string('节', 41);
        var (file, errors) = Parse($$"""{"year":1999,"days":[{"name":"{{name}}","date":"1999-10-01","isOffDay":true}]}""");
        Assert.Null(file);
        Assert.Equal(["年份 1999 不在 2000–2100 之间。", "第 1 项的名称超过 40 个字。"], errors);
    }

    [Fact]
    public void Property_names_are_matched_regardless_of_case()
    {
        var (file, errors) = Parse("""{"Year":2027,"Days":[{"Name":"元旦","Date":"2027-01-01","IsOffDay":true}]}""");
        Assert.Empty(errors);
        Assert.Equal(2027, file!.Year);
    }

    [Fact]
    public void Validate_applies_the_same_rules_to_a_file_built_in_code()
    {
        var file = new CalendarYearFile(2027,
        [
            new CalendarDay { Date = new DateOnly(2027, 1, 1), Name = "元旦", IsOffDay = true },
            new CalendarDay { Date = new DateOnly(2027, 1, 1), Name = "元旦", IsOffDay = true },
            new CalendarDay { Date = new DateOnly(2027, 1, 4), Name = "调休", IsOffDay = false },
            new CalendarDay { Date = new DateOnly(2026, 12, 31), Name = " ", IsOffDay = true },
        ]);
        Assert.Equal(
        [
            "日期 2027-01-01 重复出现。",
            "2027-01-04 是星期一，本来就是工作日，不能标为调休上班。",
            "2026-12-31 缺少名称。",
            "日期 2026-12-31 不属于 2027 年。",
        ], CalendarImport.Validate(file));
        Assert.Empty(CalendarImport.Validate(OfficialCalendars.Load().First()));
    }
}
