using System.Collections;
using System.Text;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// Builds a request body. RFC 8628 §3.1: parameters sent without a value are treated as omitted, so empty
    /// values are left out, and a name is never repeated.
    /// </summary>
    public sealed class FormBody
    {
        private readonly StringBuilder _body = new StringBuilder(128);
        private readonly ArrayList _names = new ArrayList();

        public FormBody Add(string name, string value)
        {
            if (value == null || value.Length == 0)
            {
                return this;
            }

            if (_names.Contains(name))
            {
                throw new System.ArgumentException("form parameter repeated: " + name);
            }

            _names.Add(name);
            if (_body.Length > 0)
            {
                _body.Append('&');
            }

            _body.Append(FormUrlEncoding.Encode(name)).Append('=').Append(FormUrlEncoding.Encode(value));
            return this;
        }

        public override string ToString()
        {
            return _body.ToString();
        }
    }
}
