using System.Collections.Generic;
using System.Linq;

namespace DynamicsWifi.Plugins.Validation
{
    /// <summary>The text of a rejected call: the first error's code leads (clients read the code from the start of
    /// the message), then every error with its field, so one call reports all of them.</summary>
    public static class WifiRejection
    {
        public static string MessageFor(IReadOnlyList<FieldError> errors)
        {
            if (errors.Count == 0)
            {
                throw new System.ArgumentException("A rejection needs at least one error.", nameof(errors));
            }

            return errors[0].Code + ": " + string.Join("; ", errors.Select(error => error.ToString()));
        }

        public static string MessageFor(FieldError error) => MessageFor(new[] { error });
    }
}
