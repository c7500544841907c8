using RyzeApi.Client.Tests.Reliability.Fuzz;

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>
/// Hand-picked hostile answers (and the case of the large-body bug), replayed on every run and on net8.0, where CsCheck
/// is not available. A failing case CsCheck shrinks goes here as one more line.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, FuzzResponse> Hostile() => new()
    {
        { "5 MB body", FuzzResponse.Ok(FuzzBody.FiveMegabytes) },
        { "valid answer larger than one read buffer", FuzzResponse.Ok(FuzzBody.LargeValidShape) },
        { "5 MB binary", FuzzResponse.Ok(FuzzBody.FiveMegabytesBinary) },
        { "truncated JSON", new FuzzResponse(200, FuzzBody.Truncated, 7, "application/json", null, null, null, null) },
        { "HTML 200", new FuzzResponse(200, FuzzBody.Html, 0, "text/html", null, null, null, null) },
        { "JSON null", FuzzResponse.Ok(FuzzBody.JsonNull) },
        { "nested 5000 deep", FuzzResponse.Ok(FuzzBody.DeeplyNested) },
        { "binary 502 without content type", new FuzzResponse(502, FuzzBody.Binary, 3, null, null, null, null, null) },
        { "429 with an enormous Retry-After", new FuzzResponse(429, FuzzBody.Empty, 0, null, "99999999999", null, "0", null) },
        { "429 with a negative Retry-After", new FuzzResponse(429, FuzzBody.Html, 0, null, "-5", null, null, null) },
        { "429 with a reset at long.MaxValue", new FuzzResponse(429, FuzzBody.Empty, 0, null, null, "9223372036854775807", "0", null) },
        { "429 with a reset before the epoch and a year-1 Date", new FuzzResponse(429, FuzzBody.Empty, 0, null, null, "-9223372036854775808", "0", "Mon, 01 Jan 0001 00:00:00 GMT") },
        { "429 with a Retry-After date in year 9999", new FuzzResponse(429, FuzzBody.Empty, 0, null, "Fri, 31 Dec 9999 23:59:59 GMT", null, null, "Mon, 01 Jan 0001 00:00:00 GMT") },
        { "200 with remaining 0 and a far reset", new FuzzResponse(200, FuzzBody.ValidShape, 0, "application/json", null, "253402300799", "0", "Mon, 01 Jan 0001 00:00:00 GMT") },
        { "status 199", new FuzzResponse(199, FuzzBody.ValidShape, 0, "application/json", null, null, null, null) },
        { "body cut mid-way", new FuzzResponse(200, FuzzBody.ValidShape, 0, "application/json", null, null, null, null, FuzzTransport.BodyCutMidway) },
        { "body stalls mid-way", new FuzzResponse(200, FuzzBody.ValidShape, 0, "application/json", null, null, null, null, FuzzTransport.BodyHangsMidway) },
        { "error body stalls mid-way", new FuzzResponse(500, FuzzBody.FiveMegabytes, 0, "application/json", null, null, null, null, FuzzTransport.BodyHangsMidway) },
        { "small error body stalls mid-way", new FuzzResponse(401, FuzzBody.ValidShape, 0, "application/octet-stream", null, "1053639654", null, null, FuzzTransport.BodyHangsMidway) },
        { "headers never come", new FuzzResponse(200, FuzzBody.ValidShape, 0, null, null, null, null, null, FuzzTransport.HangsBeforeHeaders) },
    };

    [Fact]
    public async Task A_valid_list_larger_than_one_read_buffer_is_read()
    {
        var list = Array.IndexOf(FuzzOperations.Names, "List");

        var error = await FuzzRunner.RunAsync(new FuzzCase(list, [FuzzResponse.Ok(FuzzBody.LargeValidShape)]));

        error.Should().BeNull("a streamed body must parse the same as a small one");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Every_operation_survives(string what, FuzzResponse response)
    {
        // All operations at once: the stalled cases each wait out their own (short) budget.
        var runs = Enumerable.Range(0, FuzzOperations.All.Length).Select(async operation =>
        {
            var act = () => FuzzRunner.RunAsync(new FuzzCase(operation, [response]));
            await act.Should().NotThrowAsync($"{FuzzOperations.Names[operation]} must survive {what}");
        });
        await Task.WhenAll(runs);
    }

    [Fact]
    public async Task A_429_on_a_create_whose_long_body_is_cut_reports_the_part_read_not_an_empty_body()
    {
        // The retry policy reads the 429's body to tell the limiter from WhatsApp's throttling; the error must see the same bytes.
        var create = Array.IndexOf(FuzzOperations.Names, "Create");
        var limited = new FuzzResponse(429, FuzzBody.LargeValidShape, -3, ";;;garbage", "Mon, 01 Jan 0001 00:00:00 GMT", null, "-1", null, FuzzTransport.BodyCutMidway);

        var error = await FuzzRunner.RunAsync(new FuzzCase(create, [limited, FuzzResponse.Ok()]));

        error.Should().BeOfType<RyzeRateLimitException>()
            .Which.Message.Should().Be("RyzeAPI returned 429 (Too Many Requests) for POST /api/instance/new: no error message in the response");
    }
}
