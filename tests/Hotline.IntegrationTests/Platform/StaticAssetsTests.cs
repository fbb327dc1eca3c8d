using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Platform;

/// <summary>
/// MudBlazor's stylesheet and script under the fingerprinted names the pages use: compressed when the browser accepts it,
/// cached for a year. Static files do not touch the database, so SQLite alone.
/// </summary>
public sealed partial class StaticAssetsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("MudBlazor.min.css", "text/css")]
    [InlineData("MudBlazor.min.js", "text/javascript")]
    public async Task A_fingerprinted_package_file_comes_compressed_and_cached_for_a_year(string file, string contentType)
    {
        using var client = app.CreateClient();
        var page = await client.GetStringAsync("/Account/Login");
        var href = PackageFile().Matches(page).Select(m => m.Groups["href"].Value)
            .Single(h => h.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && h.EndsWith(Path.GetExtension(file), StringComparison.Ordinal));
        Assert.NotEqual("_content/MudBlazor/" + file, href);

        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/" + href) { Headers = { { "Accept-Encoding", "gzip" } } };
        var zipped = await client.SendAsync(compressed);
        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        Assert.Equal("gzip", Assert.Single(zipped.Content.Headers.ContentEncoding));
        Assert.Equal(contentType, zipped.Content.Headers.ContentType?.MediaType);
        Assert.Equal("max-age=31536000, immutable", zipped.Headers.CacheControl?.ToString());

        var raw = await client.GetAsync("/" + href);
        Assert.Empty(raw.Content.Headers.ContentEncoding);
        Assert.Equal("max-age=31536000, immutable", raw.Headers.CacheControl?.ToString());
        var rawBytes = await raw.Content.ReadAsByteArrayAsync();
        // The same file, gzipped (how much smaller depends on the build: a published app's copies are fully compressed).
        await using var unzipping = new GZipStream(await zipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await unzipping.CopyToAsync(unzipped);
        Assert.Equal(rawBytes, unzipped.ToArray());

        // The plain name keeps its own caching: revalidated, since its content changes with the package.
        var plain = await client.GetAsync("/_content/MudBlazor/" + file);
        Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
        Assert.Equal(rawBytes, await plain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_fingerprint_is_not_served_under_the_current_file()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_content/MudBlazor/MudBlazor.min.0000000000.css")).StatusCode);
    }

    [GeneratedRegex("(?:href|src)=\"(?<href>_content/MudBlazor/[^\"]+)\"")]
    private static partial Regex PackageFile();
}
