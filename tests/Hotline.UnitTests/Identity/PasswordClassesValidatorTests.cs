using Hotline.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Hotline.UnitTests.Identity;

public sealed class PasswordClassesValidatorTests
{
    private static readonly PasswordClassesValidator Validator = new();

    private static async Task<IReadOnlyList<string>> CodesAsync(string password, string userName = "zhangsan")
    {
        // The validator does not use the manager; Identity's signature requires one.
        var result = await Validator.ValidateAsync(null!, new ApplicationUser { UserName = userName }, password);
        return result.Errors.Select(e => e.Code).ToList();
    }

    [Theory]
    [InlineData("Abcdefg1")]   // upper, lower, digit
    [InlineData("abcdefg1!")]  // lower, digit, symbol
    [InlineData("ABCDEFG1!")]  // upper, digit, symbol
    [InlineData("Abcdefgh!")]  // upper, lower, symbol
    [InlineData("Demo@12345")] // all four
    public async Task Three_of_four_classes_and_eight_characters_pass(string password)
    {
        Assert.Empty(await CodesAsync(password));
    }

    [Theory]
    [InlineData("abcdefgh1")]  // two classes
    [InlineData("ABCDEFGH")]   // one class
    [InlineData("12345678")]
    [InlineData("abcd!@#$")]
    public async Task Fewer_than_three_classes_fail_with_the_class_rule(string password)
    {
        Assert.Equal(["PasswordClasses"], await CodesAsync(password));
    }

    [Fact]
    public async Task Seven_characters_fail_even_with_all_classes()
    {
        Assert.Equal(["PasswordTooShort"], await CodesAsync("Ab1!xyz"));
        Assert.Empty(await CodesAsync("Ab1!xyzw"));
    }

    [Theory]
    [InlineData("Zhangsan@1")]
    [InlineData("x-ZHANGSAN-9")]
    public async Task A_password_containing_the_user_name_fails_whatever_its_case(string password)
    {
        Assert.Equal(["PasswordContainsUserName"], await CodesAsync(password));
    }

    [Fact]
    public async Task All_broken_rules_are_reported_together_in_Chinese()
    {
        var result = await Validator.ValidateAsync(null!, new ApplicationUser { UserName = "ab" }, "ab");
        Assert.Equal(
            [PasswordClassesValidator.TooShortMessage, PasswordClassesValidator.ClassesMessage, PasswordClassesValidator.ContainsUserNameMessage],
            result.Errors.Select(e => e.Description));
    }

    [Fact]
    public async Task A_missing_password_is_too_short_and_too_simple()
    {
        var result = await Validator.ValidateAsync(null!, new ApplicationUser { UserName = "zhangsan" }, null);
        Assert.Equal(["PasswordTooShort", "PasswordClasses"], result.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("aB", 2)]
    [InlineData("aB3", 3)]
    [InlineData("aB3#", 4)]
    [InlineData("中文密码1a", 2)] // CJK letters are letters but neither case nor symbol: they add no class
    public void Counts_character_classes(string password, int classes)
    {
        Assert.Equal(classes, PasswordClassesValidator.CountClasses(password));
    }

    [Fact]
    public void Identity_length_error_reads_the_same_as_ours_so_it_is_shown_once()
    {
        var describer = new ChineseIdentityErrorDescriber();
        var result = IdentityResult.Failed(describer.PasswordTooShort(8),
            new IdentityError { Code = "PasswordTooShort", Description = PasswordClassesValidator.TooShortMessage });
        Assert.Equal(PasswordClassesValidator.TooShortMessage, IdentityMessages.Describe(result));
    }
}
