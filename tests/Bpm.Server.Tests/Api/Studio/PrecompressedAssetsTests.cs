using System.IO.Compression;
using System.Net;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Studio;

/// <summary>The studio's hashed assets go out as the build's Brotli or gzip copy when the client accepts that encoding,
/// with the asset's own content type and cache headers; a client that accepts neither gets the asset itself.</summary>
public abstract class PrecompressedAssetsTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip, br", "br")]
    public async Task An_asset_goes_out_as_its_compressed_copy_in_an_accepted_encoding(string acceptEncoding, string sent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, StudioFolder.AssetPath);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var response = await Factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sent, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(StudioFolder.PrecompressedText(sent), await DecodedAsync(response, sent));
    }

    [Fact]
    public async Task A_client_that_accepts_no_compression_gets_the_asset_itself()
    {
        var response = await Factory.CreateClient().GetAsync(StudioFolder.AssetPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("console.log('studio');", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> DecodedAsync(HttpResponseMessage response, string encoding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
