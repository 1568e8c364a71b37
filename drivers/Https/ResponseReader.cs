using System;
using System.Net.Http;
using System.Net.Http.Http.Headers;
using System.Text;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>Status, content type and a size-capped body out of an HttpResponseMessage.</summary>
    internal static class ResponseReader
    {
        public static HttpResult Read(HttpResponseMessage response, int maxBytes)
        {
            int status = (int)response.StatusCode;
            HttpContent content = response.Content;
            long declared = DeclaredLength(content);
            if (declared > maxBytes)
            {
                return HttpResult.Failure(TransportOutcome.BodyTooLarge, "body of " + declared + " bytes, cap " + maxBytes);
            }

            // A declared length sizes the copy exactly: a poll every 5 s should not churn an 8 KB array on the heap.
            CappedBody body = new CappedBody(declared >= 0 ? (int)declared : maxBytes);
            try
            {
                content.CopyTo(body);
            }
            catch (OverCapException)
            {
                return HttpResult.Failure(TransportOutcome.BodyTooLarge, "body over the cap of " + maxBytes + " bytes");
            }

            // Response header values cannot be read on nanoFramework (HttpHeaders has only Add), so Retry-After is unknown.
            return HttpResult.Completed(status, ContentTypeOf(content), Encoding.UTF8.GetString(body.Bytes, 0, body.Count), HttpResult.NoRetryAfter);
        }

        private static long DeclaredLength(HttpContent content)
        {
            try
            {
                return content.Headers.ContentLength;
            }
            catch (Exception)
            {
                return -1;
            }
        }

        /// <summary>The media type, or null: the getter throws ArgumentNullException when the header is absent.</summary>
        private static string ContentTypeOf(HttpContent content)
        {
            try
            {
                MediaTypeHeaderValue value = content.Headers.ContentType;
                return value == null ? null : value.MediaType;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
