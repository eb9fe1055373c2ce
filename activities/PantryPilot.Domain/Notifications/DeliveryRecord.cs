namespace PantryPilot.Domain.Notifications;

/// <summary>One row of the delivery ledger: event <see cref="EventId"/> on channel <see cref="Channel"/>.</summary>
/// <param name="Attempts">Claims so far (a claim taken over after a lease ran out counts again).</param>
/// <param name="LeaseUntil">While <see cref="State"/> is Sending: until when the claimer counts as alive.</param>
/// <param name="Detail">The last outcome, secrets masked.</param>
public sealed record DeliveryRecord(
    string EventId,
    string Channel,
    DeliveryState State,
    int Attempts,
    DateTimeOffset LeaseUntil,
    DateTimeOffset UpdatedAt,
    string? Detail
);
