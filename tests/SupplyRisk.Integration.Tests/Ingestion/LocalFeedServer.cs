using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SupplyRisk.Integration.Tests.Ingestion;

/// <summary>Serves feed documents from 127.0.0.1 for the poller under test: each path has a
/// body and an ETag that a test can change; a matching <c>If-None-Match</c> gets 304. Every
/// request is recorded with its conditional headers.</summary>
internal sealed class LocalFeedServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string Body, string ETag, string ContentType)> _documents = new();
    private readonly Task _loop;

    public LocalFeedServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<FeedRequest> Requests { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    public void Serve(string path, string body, string etag, string contentType = "application/rss+xml") =>
        _documents["/" + path] = (body, etag, contentType);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            var ifNoneMatch = context.Request.Headers["If-None-Match"];
            var ifModifiedSince = context.Request.Headers["If-Modified-Since"];
            Requests.Enqueue(new FeedRequest(path, ifNoneMatch, ifModifiedSince, DateTimeOffset.UtcNow));
            using var response = context.Response;
            if (!_documents.TryGetValue(path, out var doc))
            {
                response.StatusCode = 404;
                continue;
            }
            if (ifNoneMatch == doc.ETag)
            {
                response.StatusCode = 304;
                response.Headers["ETag"] = doc.ETag;
                continue;
            }
            var bytes = Encoding.UTF8.GetBytes(doc.Body);
            response.StatusCode = 200;
            response.ContentType = doc.ContentType;
            response.Headers["ETag"] = doc.ETag;
            response.Headers["Last-Modified"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("R");
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}

internal sealed record FeedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, DateTimeOffset At);
