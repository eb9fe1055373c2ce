namespace PantryPilot.Contracts.Households;

/// <summary>The household's domain rules (units, diets, ingredient identity, stock), as the workflow's validators,
/// handlers and queries need them. Implemented over PantryPilot.Domain
/// (PantryPilot.Activities.Households.HouseholdRules) and handed to the workflow by the worker; the activities apply
/// the same implementation to the database's rows, so a validator and the activity behind it can never disagree. Every
/// method is a pure function of its arguments.</summary>
public interface IHouseholdRules
{
    /// <summary>Reads diets and allergies with the dietary ontology, checks the time zone and sizes.</summary>
    ProfileReading ReadProfile(HouseholdProfile profile);

    /// <summary>Names, units and quantities of purchase lines; null when every line is fine.</summary>
    HouseholdProblem? CheckPurchase(IReadOnlyList<PurchaseLine> lines);

    /// <summary>Takes <paramref name="lines"/> from <paramref name="lots"/>: unit conversion, ingredient identity, FIFO
    /// by expiry.</summary>
    UsePlan PlanUse(IReadOnlyList<PantryLot> lots, IReadOnlyList<StockLine> lines, UseMode mode);

    /// <summary>Stock by item (lots of one item summed where their units convert), soonest expiry first.</summary>
    IReadOnlyList<PantryItemView> Summarize(IReadOnlyList<PantryLot> lots);
}
