using System.Collections.Specialized;
using System.Net;
using System.Web;

namespace Innominatus.Cli.Api;

/// <summary>Listens on 127.0.0.1 for the browser's redirect with the authorization code, then tells the user to close the tab.</summary>
public sealed class LoopbackCallback : IDisposable
{
    private readonly HttpListener listener = new();

    private LoopbackCallback(int port)
    {
        RedirectUri = $"http://127.0.0.1:{port}/callback";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public string RedirectUri { get; }

    public static LoopbackCallback Start(int port)
    {
        var callback = new LoopbackCallback(port);
        try
        {
            callback.listener.Start();
        }
        catch (HttpListenerException e)
        {
            callback.Dispose();
            throw new CliException($"cannot listen on 127.0.0.1:{port} for the login callback ({e.Message}); free the port or pass --callback-port");
        }
        return callback;
    }

    public async Task<NameValueCollection> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        using var _ = limit.Token.Register(listener.Stop);
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && limit.IsCancellationRequested)
            {
                throw new CliException($"no login came back from the browser within {timeout.TotalMinutes:0} minutes");
            }
            if (context.Request.Url?.AbsolutePath != "/callback")
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                continue;
            }
            var query = HttpUtility.ParseQueryString(context.Request.Url.Query);
            var page = "<html><body><h3>innominatus-ctl: " + (query["error"] is null ? "you are logged in." : "the login failed.") + "</h3>You can close this window.</body></html>";
            var bytes = System.Text.Encoding.UTF8.GetBytes(page);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(bytes, cancellationToken);
            context.Response.Close();
            return query;
        }
    }

    public void Dispose() => ((IDisposable)listener).Dispose();
}
