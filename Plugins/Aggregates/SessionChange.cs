namespace DynamicsWifi.Plugins.Aggregates
{
    /// <summary>One session row written: as it was (none when created, or when it belonged to no contact) and as it is (none when
    /// deleted or unlinked). A session moved to another contact is a change of both contacts.</summary>
    public sealed class SessionChange
    {
        public SessionChange(ContactSession? before, ContactSession? after)
        {
            Before = before;
            After = after;
        }

        public ContactSession? Before { get; }

        public ContactSession? After { get; }
    }
}
