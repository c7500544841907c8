namespace RyzeApi.Client.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void Answer_is_42() => Placeholder.Answer.Should().Be(42);
}
