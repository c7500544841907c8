using BenchmarkDotNet.Attributes;
using Refit;
using RyzeApi.Client.Http;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// Where a <c>settings</c> call's cost comes from (<c>--filter '*Layer*'</c>): the hand-written call, then the same call
/// over each part of the SDK in turn. Not one of the categories; it explains their ratios.
/// </summary>
[MemoryDiagnoser]
public class LayerBenchmarks
{
    private const string Token = "bench-account-token";
    private static readonly Uri BaseAddress = new("https://ryzeapi.cloud");

    private SdkHost _sdk = null!;
    private HttpClient _plain = null!;
    private HttpClient _sdkHttp = null!;
    private HandWrittenClient _handWritten = null!;
    private HandWrittenClient _handWrittenOverSdkHandlers = null!;
    private IRyzeApi _refitOverPlain = null!;
    private RyzeClient _facadeOverPlain = null!;

    [GlobalSetup(Targets = [nameof(SdkWithoutListeners)])]
    public void SetupWithoutListeners() => Setup(listen: false);

    [GlobalSetup]
    public void SetupWithListeners() => Setup(listen: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _plain.Dispose();
        _sdkHttp.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<InstanceSettings?> HandWritten() => _handWritten.GetSettingsAsync(CannedResponses.InstanceName);

    /// <summary>The hand-written call through the SDK's telemetry and resilience handlers (IHttpClientFactory's client).</summary>
    [Benchmark]
    public Task<InstanceSettings?> HandWrittenOverSdkHandlers() => _handWrittenOverSdkHandlers.GetSettingsAsync(CannedResponses.InstanceName);

    /// <summary>The SDK's Refit interface over a plain HttpClient, read as the hand-written client reads.</summary>
    [Benchmark]
    public async Task<InstanceSettings?> RefitOverPlainHttpClient()
    {
        using var response = await _refitOverPlain.GetSettingsAsync(CannedResponses.InstanceName, Token, CancellationToken.None);
        return (await HandWrittenClient.ReadAsync(response, RyzeJsonContext.Default.SettingsEnvelope, CancellationToken.None)).Settings;
    }

    /// <summary>The SDK's facade, transport and reader over the same Refit client, with no SDK handler.</summary>
    [Benchmark]
    public Task<InstanceSettings> SdkFacadeOverPlainHttpClient() => _facadeOverPlain.Instances.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark]
    public Task<InstanceSettings> Sdk() => _sdk.Client.Instances.GetSettingsAsync(CannedResponses.InstanceName);

    [Benchmark]
    public Task<InstanceSettings> SdkWithoutListeners() => _sdk.Client.Instances.GetSettingsAsync(CannedResponses.InstanceName);

    private void Setup(bool listen)
    {
        var handler = new CannedHandler(listSize: 1);
        _sdk = new SdkHost(BaseAddress, Token, () => handler, listenToTelemetry: listen);
        _plain = HandWrittenClient.CreateHttpClient(handler, BaseAddress);
        _handWritten = new HandWrittenClient(_plain, Token);
        _sdkHttp = _sdk.CreateSdkHttpClient();
        _handWrittenOverSdkHandlers = new HandWrittenClient(_sdkHttp, Token);
        _refitOverPlain = RestService.ForGenerated<IRyzeApi>(_plain, RyzeRefitSettings.Instance);
        var options = new RyzeClientOptions { BaseAddress = BaseAddress, AccountToken = Token };
        _facadeOverPlain = new RyzeClient(new RyzeTransport(() => _refitOverPlain, options, TimeProvider.System));
    }
}
