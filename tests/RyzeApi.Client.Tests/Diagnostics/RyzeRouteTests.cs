using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Tests.Diagnostics;

public sealed class RyzeRouteTests
{
    private const string Template = "/api/instance/getSettings/{instance}";

    [Fact]
    public void The_instance_is_the_path_s_last_segment_for_more_names_than_are_kept()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"sales-{i}").ToList();

        var seen = names.Concat(names).Select(name => RyzeRoute.Of(Request(name), Template).Instance).ToList();

        seen.Should().Equal(names.Concat(names));
    }

    [Fact]
    public void An_escaped_instance_name_is_unescaped()
    {
        var route = RyzeRoute.Of(Request(Uri.EscapeDataString("vendas ç")), Template);

        route.Instance.Should().Be("vendas ç");
    }

    [Fact]
    public void A_route_without_an_instance_segment_has_no_instance()
    {
        var route = RyzeRoute.Of(new HttpRequestMessage(HttpMethod.Get, "https://ryzeapi.cloud/api/instance/list?instanceName=x"), "/api/instance/list");

        route.Instance.Should().BeNull();
    }

    private static HttpRequestMessage Request(string escapedName) =>
        new(HttpMethod.Get, new Uri($"https://ryzeapi.cloud/api/instance/getSettings/{escapedName}"));
}
