namespace DynamicsWifi.Plugins.Ingest.Json
{
    public enum JsonKind
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }
}
