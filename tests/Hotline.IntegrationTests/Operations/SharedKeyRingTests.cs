using System.Net;
using System.Text.RegularExpressions;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Hotline.IntegrationTests.Operations;

/// <summary>
/// Several app nodes (#20) behind one proxy: with the key ring in the shared database, a sign-in form one node served
/// is accepted by another, and the cookie it sets signs the user in on the first. With a key ring per node it is not.
/// </summary>
public sealed partial class SharedKeyRingTests
{
    private sealed class Node : HotlineAppFactory
    {
        private readonly string _dataDirectory = Directory.CreateTempSubdirectory("hotline-node-").FullName;
        private readonly bool _keysInDatabase;

        public Node(bool keysInDatabase) : base(DatabaseProvider.MySql) => _keysInDatabase = keysInDatabase;

        public Node(Node first) : base(first) => _keysInDatabase = first._keysInDatabase;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Each node its own data directory, as on its own server.
            builder.UseSetting("Hotline:DataDirectory", _dataDirectory);
            builder.UseSetting("Hotline:KeysInDatabase", _keysInDatabase ? "true" : "false");
            // As in Development: the key ring is a singleton, and must not hold a scoped service from the root.
            builder.UseDefaultServiceProvider(o => o.ValidateScopes = true);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(_dataDirectory))
                Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task With_the_key_ring_in_the_database_a_user_signs_in_through_one_node_and_is_signed_in_on_the_other()
    {
        await using var nodeA = new Node(keysInDatabase: true);
        await using var nodeB = new Node(nodeA);

        var (signIn, signedIn) = await SignInAcrossAsync(nodeA, nodeB);

        Assert.Equal(HttpStatusCode.Redirect, signIn);
        Assert.Equal(HttpStatusCode.OK, signedIn);
    }

    [Fact]
    public async Task With_a_key_ring_per_node_the_other_node_refuses_the_form()
    {
        await using var nodeA = new Node(keysInDatabase: false);
        await using var nodeB = new Node(nodeA);

        var (signIn, _) = await SignInAcrossAsync(nodeA, nodeB);

        Assert.Equal(HttpStatusCode.BadRequest, signIn);
    }

    /// <summary>The login form from node A, posted to node B; then a signed-in page asked of node A with the cookies.</summary>
    private static async Task<(HttpStatusCode SignIn, HttpStatusCode SignedIn)> SignInAcrossAsync(Node nodeA, Node nodeB)
    {
        var cookies = new CookieContainer();
        using var a = nodeA.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var b = nodeB.CreateDefaultClient(new CookieContainerHandler(cookies));
        var form = await a.GetStringAsync("/Account/Login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups["v"].Value);
        var signIn = await b.PostAsync("/Account/Login", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("_handler", "login"),
            new("Input.UserName", "agent"), new("Input.Password", DemoAccounts.Password),
        ]));
        var page = await a.GetAsync("/Account/Manage/ChangePassword");
        return (signIn.StatusCode, page.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<v>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
