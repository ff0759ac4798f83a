using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Identity
{
    /// <summary>Resolves a guest to exactly one contact among the candidates a search returned (DESIGN.md 3): the
    /// contact holding the identity key (in any state); else the oldest active contact whose email columns hold the
    /// guest's email; else the oldest active contact whose mobile is the guest's mobile; else none. The match is
    /// stamped with the key, even when it held another identity's key: the key names the identity the guest logged
    /// in with last, and a contact is never duplicated because the guest switched from email to phone.</summary>
    public static class IdentityResolver
    {
        public static IdentityResolution Resolve(GuestIdentity guest, IEnumerable<ContactCandidate> candidates)
        {
            var all = candidates.OrderBy(candidate => candidate.CreatedOn).ThenBy(candidate => candidate.Id).ToList();
            var byMobile = guest.Phone == null ? null : all.FirstOrDefault(candidate => candidate.IsActive && candidate.HasMobile(guest.Phone));

            var keyed = all.FirstOrDefault(candidate => candidate.Key == guest.Key.Value);
            if (keyed != null)
            {
                return IdentityResolution.ByKey(keyed.Id, OtherThan(keyed, byMobile));
            }

            if (guest.Email != null)
            {
                var byEmail = all.FirstOrDefault(candidate => candidate.IsActive && candidate.HasEmail(guest.Email));
                if (byEmail != null)
                {
                    return IdentityResolution.BySearch(byEmail.Id, "email", OtherThan(byEmail, byMobile));
                }
            }

            return byMobile != null ? IdentityResolution.BySearch(byMobile.Id, "mobile", null) : IdentityResolution.New();
        }

        private static System.Guid? OtherThan(ContactCandidate chosen, ContactCandidate? byMobile) =>
            byMobile != null && byMobile.Id != chosen.Id ? byMobile.Id : (System.Guid?)null;
    }
}
