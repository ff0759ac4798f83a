namespace DynamicsWifi.Emulator.Metadata.Standard
{
    /// <summary>asyncoperation, the System Job rows asynchronous steps are queued as (DATAVERSE-FACTS.md 2.6);
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation.
    /// operationtype has dozens of values: its options are left empty, so any value is accepted.</summary>
    internal static class AsyncOperationTable
    {
        public static TableMetadata Build() => new TableBuilder("asyncoperation", "asyncoperations", OwnershipType.UserOwned, primaryName: "name")
            .Text("name", 256)
            .Add(new ColumnMetadata("asyncoperation", "operationtype", ColumnType.Picklist, RequiredLevel.SystemRequired))
            .Text("messagename", 160)
            .TableName("primaryentitytype")
            .Lookup("regardingobjectid", RequiredLevel.None)
            .TableName("regardingobjecttypecode")
            .Lookup("owningextensionid", RequiredLevel.None, "sdkmessageprocessingstep")
            .Memo("data", 1073741823)
            .Memo("message", 1073741823)
            .Memo("friendlymessage", 1073741823)
            .WholeNumber("errorcode")
            .WholeNumber("retrycount", 0)
            .WholeNumber("depth", 0)
            .Date("startedon")
            .Date("completedon")
            .Date("postponeuntil")
            .Double("executiontimespan", -1000000000m, 1000000000m, 2)
            .Guid("correlationid")
            .Guid("requestid")
            .States(
                new[] { (0, "Ready"), (1, "Suspended"), (2, "Locked"), (3, "Completed") },
                new[]
                {
                    (0, 0, "Waiting For Resources"),
                    (10, 1, "Waiting"),
                    (20, 2, "In Progress"),
                    (21, 2, "Pausing"),
                    (22, 2, "Canceling"),
                    (30, 3, "Succeeded"),
                    (31, 3, "Failed"),
                    (32, 3, "Canceled"),
                })
            .Build();
    }
}
