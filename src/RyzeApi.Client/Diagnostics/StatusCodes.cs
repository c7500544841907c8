using System.Globalization;

namespace RyzeApi.Client.Diagnostics;

/// <summary>HTTP status codes as tag values, boxed and formatted once: a tag of type <see cref="int"/> would box on every call.</summary>
internal static class StatusCodes
{
    private const int First = 100;
    private const int Last = 599;
    private static readonly object[] BoxedCodes = Enumerable.Range(First, Last - First + 1).Select(static code => (object)code).ToArray();
    private static readonly string[] TextCodes = Enumerable.Range(First, Last - First + 1).Select(static code => code.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static object Boxed(int status) => status is >= First and <= Last ? BoxedCodes[status - First] : status;

    public static string Text(int status) => status is >= First and <= Last ? TextCodes[status - First] : status.ToString(CultureInfo.InvariantCulture);
}
