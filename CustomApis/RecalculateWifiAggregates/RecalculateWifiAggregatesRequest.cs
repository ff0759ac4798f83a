using System;
using System.Collections.Generic;
using DynamicsWifi.Plugins.Dataverse;
using DynamicsWifi.Plugins.Validation;
using Microsoft.Xrm.Sdk;

namespace DynamicsWifi.Plugins.CustomApis.RecalculateWifiAggregates
{
    /// <summary>cr_RecalculateWifiAggregates' request: one contact (ContactId), or the contacts touched since TouchedSince, a
    /// page of PageSize at a time after ContinueAfter (the previous answer's). Every wrong parameter is reported at once.</summary>
    public sealed class RecalculateWifiAggregatesRequest
    {
        private RecalculateWifiAggregatesRequest(Guid? contactId, DateTime? touchedSince, Guid? continueAfter, int pageSize)
        {
            ContactId = contactId;
            TouchedSince = touchedSince;
            ContinueAfter = continueAfter;
            PageSize = pageSize;
        }

        public Guid? ContactId { get; }

        public DateTime? TouchedSince { get; }

        public Guid? ContinueAfter { get; }

        public int PageSize { get; }

        public static RecalculateWifiAggregatesRequest Read(ParameterCollection inputs)
        {
            var errors = new List<FieldError>();
            var contactId = Value<Guid>(inputs, Schema.RecalculateApi.ContactId);
            var since = Value<DateTime>(inputs, Schema.RecalculateApi.TouchedSince);
            var pageSize = Value<int>(inputs, Schema.RecalculateApi.PageSize) ?? AggregateRepair.DefaultPageSize;
            var continueText = Text(inputs, Schema.RecalculateApi.ContinueAfter);
            if (contactId == Guid.Empty)
            {
                contactId = null;
            }

            if (contactId.HasValue == since.HasValue)
            {
                errors.Add(contactId.HasValue
                    ? new FieldError(WifiErrorCodes.InvalidParameter, Schema.RecalculateApi.TouchedSince, "Give ContactId or TouchedSince, not both.")
                    : new FieldError(WifiErrorCodes.MissingField, Schema.RecalculateApi.ContactId, "Give ContactId (one contact) or TouchedSince (every contact touched since then)."));
            }

            if (pageSize < 1 || pageSize > AggregateRepair.MaxPageSize)
            {
                errors.Add(new FieldError(WifiErrorCodes.InvalidParameter, Schema.RecalculateApi.PageSize, "PageSize must be 1 to " + AggregateRepair.MaxPageSize + "."));
            }

            Guid? continueAfter = null;
            if (!string.IsNullOrWhiteSpace(continueText))
            {
                if (Guid.TryParse(continueText, out var after))
                {
                    continueAfter = after;
                }
                else
                {
                    errors.Add(new FieldError(WifiErrorCodes.InvalidParameter, Schema.RecalculateApi.ContinueAfter, "ContinueAfter must be the ContinueAfter of the previous answer."));
                }
            }

            if (errors.Count > 0)
            {
                throw WifiFaults.Rejected(errors);
            }

            return new RecalculateWifiAggregatesRequest(contactId, since, continueAfter, pageSize);
        }

        private static T? Value<T>(ParameterCollection inputs, string name)
            where T : struct =>
            inputs.TryGetValue(name, out var value) && value is T typed ? typed : (T?)null;

        private static string? Text(ParameterCollection inputs, string name) =>
            inputs.TryGetValue(name, out var value) ? value as string : null;
    }
}
