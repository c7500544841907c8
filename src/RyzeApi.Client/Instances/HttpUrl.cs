namespace RyzeApi.Client;

/// <summary>The one rule for URLs the SDK hands to RyzeAPI: absolute, http or https.</summary>
internal static class HttpUrl
{
    public static void Require(Uri? url, string what, string paramName)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The {what} must be an absolute http or https URL.", paramName);
        }
    }
}
