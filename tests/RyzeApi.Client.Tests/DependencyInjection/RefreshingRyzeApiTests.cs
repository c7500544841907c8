using RyzeApi.Client.DependencyInjection;

namespace RyzeApi.Client.Tests.DependencyInjection;

public sealed class RefreshingRyzeApiTests
{
    [Fact]
    public void Calls_within_the_refresh_interval_reuse_one_HttpClient_and_Refit_client()
    {
        var httpClients = new CountingHttpClientFactory();
        var api = new RefreshingRyzeApi(httpClients, "RyzeApi.Client");

        var first = api.Get();
        var second = api.Get();

        second.Should().BeSameAs(first);
        httpClients.Created.Should().Be(1);
        RefreshingRyzeApi.RefreshInterval.Should().BeLessThan(TimeSpan.FromMinutes(2), "handler rotation (2 minutes by default) must still be followed");
    }

    private sealed class CountingHttpClientFactory : IHttpClientFactory
    {
        public int Created { get; private set; }

        public HttpClient CreateClient(string name)
        {
            Created++;
            return new HttpClient { BaseAddress = new Uri("https://ryzeapi.cloud") };
        }
    }
}
