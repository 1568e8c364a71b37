using System;

// Stand-ins of the exception types the driver catches or inspects, shaped as in the real packages.
namespace DeviceFlow.Drivers.Https
{
    /// <summary>System.Net.Sockets.SocketException (System.Net@713b02c SocketException.cs L15-38): ErrorCode is what native code set.</summary>
    public class SocketException : Exception
    {
        public SocketException(int errorCode) => ErrorCode = errorCode;

        public int ErrorCode { get; }
    }

    /// <summary>System.Net.WebException (System.Net.Http v1.5.210 System.Net.WebException.cs): the 2-argument ctor leaves Status at Success (L53, WebStatus.cs L16).</summary>
    public class WebException : InvalidOperationException
    {
        public WebException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public WebException(string message, WebExceptionStatus status)
            : base(message) => Status = status;

        public WebException(string message, Exception inner, WebExceptionStatus status, object response)
            : base(message, inner) => Status = status;

        public WebExceptionStatus Status { get; }
    }

    /// <summary>System.Net.WebStatus.cs L13 (v1.5.210): the members the driver and the fake library use, with their real values.</summary>
    public enum WebExceptionStatus
    {
        Success = 0,
        NameResolutionFailure = 1,
        ConnectFailure = 2,
        RequestCanceled = 6,
    }

    /// <summary>System.Net.Http.HttpRequestException (HttpRequestException.cs, v1.5.210).</summary>
    public class HttpRequestException : Exception
    {
        public HttpRequestException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
