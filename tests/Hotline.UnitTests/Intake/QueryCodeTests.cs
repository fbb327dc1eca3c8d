using Hotline.Intake.Domain;

namespace Hotline.UnitTests.Intake;

public sealed class QueryCodeTests
{
    [Fact]
    public void Codes_have_six_unambiguous_characters()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = QueryCode.New();
            Assert.Equal(6, code.Length);
            Assert.DoesNotContain(code, c => c is '0' or 'O' or '1' or 'I');
        }
    }

    [Fact]
    public void A_code_matches_only_its_own_case_and_ignores_case_and_spaces()
    {
        var hash = QueryCode.Hash("QH202611250001", "AB3C4D");
        Assert.True(QueryCode.Matches("QH202611250001", " ab3c4d ", hash));
        Assert.False(QueryCode.Matches("QH202611250002", "AB3C4D", hash));
        Assert.False(QueryCode.Matches("QH202611250001", "AB3C4E", hash));
        Assert.False(QueryCode.Matches("QH202611250001", "AB3C4D", null));
    }
}
