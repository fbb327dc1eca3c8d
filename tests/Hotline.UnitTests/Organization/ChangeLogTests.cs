using Hotline.Administration.Shared;
using Hotline.Platform.Organization;

namespace Hotline.UnitTests.Organization;

public sealed class ChangeLogTests
{
    [Fact]
    public void Lists_only_changed_fields_and_names_empty_values()
    {
        var log = new ChangeLog().Field("名称", "县住建局", "县住房和城乡建设局").Field("编码", "ZJJ", "ZJJ").Field("负责人", null, "李明").Field("联系电话", "123", null);
        Assert.True(log.HasChanges);
        Assert.Equal("名称：县住建局 → 县住房和城乡建设局；负责人：（空） → 李明；联系电话：123 → （空）", log.ToString());
        Assert.False(new ChangeLog().Field("名称", "A", "A").Field("负责人", null, "").HasChanges);
    }
}
