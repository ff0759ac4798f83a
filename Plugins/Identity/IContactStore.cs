using System;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>The contacts the identity rules need to see.</summary>
    public interface IContactStore
    {
        /// <summary>The contact, other than <paramref name="excludedContactId"/>, that holds the key, if any.</summary>
        Guid? FindContactIdByIdentityKey(IdentityKey key, Guid excludedContactId);
    }
}
