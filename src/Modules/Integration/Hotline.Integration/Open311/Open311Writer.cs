using System.Globalization;
using System.Xml;

namespace Hotline.Integration.Open311;

/// <summary>One element of a GeoReport v2 document: its fields in the specification's order.</summary>
internal sealed class Open311Item : List<(string Name, object? Value)>
{
    public Open311Item Set(string name, object? value)
    {
        Add((name, value));
        return this;
    }
}

/// <summary>A nested list (a service definition's attributes, an attribute's values): in XML, <c>&lt;values&gt;&lt;value&gt;…</c>.</summary>
internal sealed record Open311List(string ItemName, IReadOnlyList<Open311Item> Items);

/// <summary>A list of plain values (discovery's formats): in JSON an array of strings, in XML <c>&lt;formats&gt;&lt;format&gt;text/xml&lt;/format&gt;…</c>.</summary>
internal sealed record Open311Values(string ItemName, IReadOnlyList<string> Values);

/// <summary>Writes GeoReport v2 documents as JSON (arrays of objects) or XML (a root element of items), UTF-8.</summary>
internal static class Open311Writer
{
    public static IResult List(Open311Format format, string root, string itemName, IEnumerable<Open311Item> items, int status = 200) =>
        new Document(format, status, format == Open311Format.Json ? JsonArray(items) : Xml(root, itemName, items));

    /// <summary>A document whose JSON form is one object (a service definition).</summary>
    public static IResult Single(Open311Format format, string root, Open311Item item) =>
        new Document(format, 200, format == Open311Format.Json ? JsonObject(item) : XmlSingle(root, item));

    public static IResult Errors(Open311Format format, int status, IReadOnlyList<string> descriptions) =>
        List(format, "errors", "error", descriptions.Select(d => new Open311Item().Set("code", status).Set("description", d)), status);

    /// <summary>W3C date-time in China time, as the spec's examples give the jurisdiction's local offset.</summary>
    public static string DateTimeText(DateTime utc) =>
        ApiJson.China(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string JsonArray(IEnumerable<Open311Item> items)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var item in items)
                WriteObject(json, item);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string JsonObject(Open311Item item)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteObject(json, item);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter json, Open311Item item)
    {
        json.WriteStartObject();
        foreach (var (name, value) in item)
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case bool b: json.WriteBooleanValue(b); break;
                case int i: json.WriteNumberValue(i); break;
                case double d: json.WriteNumberValue(d); break;
                case DateTime t: json.WriteStringValue(DateTimeText(t)); break;
                case Open311List list:
                    json.WriteStartArray();
                    foreach (var nested in list.Items)
                        WriteObject(json, nested);
                    json.WriteEndArray();
                    break;
                case Open311Values values:
                    json.WriteStartArray();
                    foreach (var nested in values.Values)
                        json.WriteStringValue(nested);
                    json.WriteEndArray();
                    break;
                default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            }
        }
        json.WriteEndObject();
    }

    private static string Xml(string root, string itemName, IEnumerable<Open311Item> items) => WriteXml(xml =>
    {
        xml.WriteStartElement(root);
        foreach (var item in items)
            WriteElement(xml, itemName, item);
        xml.WriteEndElement();
    });

    private static string XmlSingle(string root, Open311Item item) => WriteXml(xml => WriteElement(xml, root, item));

    private static string WriteXml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return text.ToString();
    }

    private static void WriteElement(XmlWriter xml, string name, Open311Item item)
    {
        xml.WriteStartElement(name);
        foreach (var (field, value) in item)
        {
            xml.WriteStartElement(field);
            switch (value)
            {
                case null: break;
                case bool b: xml.WriteString(b ? "true" : "false"); break;
                case DateTime t: xml.WriteString(DateTimeText(t)); break;
                case Open311List list:
                    foreach (var nested in list.Items)
                        WriteElement(xml, list.ItemName, nested);
                    break;
                case Open311Values values:
                    foreach (var nested in values.Values)
                        xml.WriteElementString(values.ItemName, nested);
                    break;
                default: xml.WriteString(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }

    private sealed class Document(Open311Format format, int status, string body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = format == Open311Format.Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
            return httpContext.Response.WriteAsync(body, Encoding.UTF8);
        }
    }
}
