using System;
using System.Buffers;
using System.Text.Json;

namespace DynamicsWifi.Emulator.WebApi.Json
{
    /// <summary>Writes a JSON response body. Text is written as-is apart from JSON's own escapes, as Dataverse returns it.</summary>
    internal static class JsonBody
    {
        private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static byte[] Of(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }
    }
}
