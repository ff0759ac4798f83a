using DynamicsWifi.Emulator.Registration;

namespace DynamicsWifi.Emulator.Pipeline
{
    /// <summary>A registered step as it applies to one operation: the registration, and whether it is registered on the
    /// bulk message the operation also raises (a CreateMultiple step on a single Create) rather than on the operation's
    /// own message.</summary>
    internal sealed record OperationStep(StepRegistration Registration, bool OnBulkHalf);
}
