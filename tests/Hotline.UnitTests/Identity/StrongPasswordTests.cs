using Hotline.Platform.Identity;

namespace Hotline.UnitTests.Identity;

public sealed class StrongPasswordTests
{
    [Fact]
    public void Generated_passwords_use_all_four_classes_and_pass_the_policy()
    {
        for (var i = 0; i < 200; i++)
        {
            var password = StrongPassword.Generate();
            Assert.Equal(StrongPassword.Length, password.Length);
            Assert.Equal(4, PasswordClassesValidator.CountClasses(password));
            Assert.Empty(PasswordClassesValidator.Check("zhangsan", password));
        }
    }

    [Fact]
    public void Generated_passwords_avoid_look_alike_characters()
    {
        var all = string.Concat(Enumerable.Range(0, 200).Select(_ => StrongPassword.Generate()));
        Assert.DoesNotContain(all, c => "0O1lI".Contains(c));
    }

    [Fact]
    public void Generated_passwords_differ()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => StrongPassword.Generate()).ToHashSet();
        Assert.Equal(50, passwords.Count);
    }
}
