using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Generation;

/// <summary>One household: who it is, where it shops and its <see cref="ItemPlan"/>s. Rebuilt from the household's own
/// seed, so inventory, purchases and receipts regenerate the same plans independently. Not thread-safe (scratch
/// arrays).</summary>
internal sealed class HouseholdPlanner
{
    private static readonly IReadOnlyList<CatalogueItem> Items = ItemCatalogue.Items;
    private static readonly string[][] ItemBrands = Items.Select(i => GeneratorVocabulary.Brands(i.Cuisine)).ToArray();
    private static readonly Dictionary<string, int[]> ByCuisine = Items
        .Select((item, index) => (item, index))
        .GroupBy(x => x.item.Cuisine)
        .ToDictionary(g => g.Key, g => g.Select(x => x.index).ToArray(), StringComparer.Ordinal);

    private static readonly double[] CanonicalPerPack = BuildCanonicalPerPack();

    private readonly int seed;
    private readonly int itemsPerUser;
    private readonly DateOnly asOf;
    private readonly int[] shuffle = new int[Items.Count];
    private readonly int[] primaryShuffle = new int[Items.Count];
    private readonly bool[] taken = new bool[Items.Count];

    public HouseholdPlanner(int seed, int itemsPerUser, DateOnly asOf)
    {
        this.seed = seed;
        this.itemsPerUser = itemsPerUser;
        this.asOf = asOf;
        Plans = new ItemPlan[itemsPerUser];
    }

    public ItemPlan[] Plans { get; }

    public DateOnly AsOf => this.asOf;

    public string UserId { get; private set; } = "";

    public string City { get; private set; } = "";

    public string[] Stores { get; } = new string[2];

    public double PriceLevel { get; private set; }

    public int HouseholdSize { get; private set; }

    /// <summary>Fills <see cref="Plans"/> for household <paramref name="household"/> (0-based).</summary>
    public void Plan(int household)
    {
        var rng = new Random(SeedMixer.Derive(this.seed, household, SeedMixer.PlanStream));
        UserId = $"U{household + 1:D6}";
        City = GeneratorVocabulary.Cities[rng.Next(GeneratorVocabulary.Cities.Length)];
        HouseholdSize = 1 + rng.Next(5);
        PriceLevel = 0.85 + (rng.NextDouble() * 0.35);
        var primary = PickCuisine(rng.NextDouble());
        Stores[0] = StoreFor(primary, rng);
        Stores[1] = GeneratorVocabulary.WesternStores[rng.Next(GeneratorVocabulary.WesternStores.Length)];
        ChooseItems(rng, primary);
        for (var j = 0; j < this.itemsPerUser; j++)
        {
            FillPlan(ref Plans[j], rng);
        }
    }

    private void ChooseItems(Random rng, string primary)
    {
        Array.Clear(this.taken);
        var n = Items.Count;
        var chosen = 0;
        if (ByCuisine.TryGetValue(primary, out var primaryItems))
        {
            // About 40% of a household's items come from its own cuisine; the rest from the whole catalogue.
            var want = Math.Min(primaryItems.Length, (int)(this.itemsPerUser * 0.4));
            primaryItems.CopyTo(this.primaryShuffle, 0);
            for (var k = 0; k < want; k++)
            {
                var pick = k + rng.Next(primaryItems.Length - k);
                (this.primaryShuffle[k], this.primaryShuffle[pick]) = (
                    this.primaryShuffle[pick],
                    this.primaryShuffle[k]);
                var index = this.primaryShuffle[k];
                this.taken[index] = true;
                Plans[chosen].ItemIndex = index;
                Plans[chosen++].ItemId = Items[index].Id;
            }
        }

        for (var i = 0; i < n; i++)
        {
            this.shuffle[i] = i;
        }

        var cursor = 0;
        var round = 0;
        while (chosen < this.itemsPerUser)
        {
            if (cursor == n)
            {
                // More items per household than the catalogue holds: start again, ids get a suffix.
                cursor = 0;
                round++;
                Array.Clear(this.taken);
            }

            var pick = cursor + rng.Next(n - cursor);
            (this.shuffle[cursor], this.shuffle[pick]) = (this.shuffle[pick], this.shuffle[cursor]);
            var index = this.shuffle[cursor++];
            if (this.taken[index])
            {
                continue;
            }

            this.taken[index] = true;
            Plans[chosen].ItemIndex = index;
            Plans[chosen].ItemId = round == 0 ? Items[index].Id : $"{Items[index].Id}-{round + 1}";
            chosen++;
        }
    }

    private void FillPlan(ref ItemPlan plan, Random rng)
    {
        var itemIndex = plan.ItemIndex;
        var item = plan.Item = Items[itemIndex];
        var packIndex = rng.Next(item.Packs.Count);
        plan.Pack = item.Packs[packIndex];
        var brands = ItemBrands[itemIndex];
        plan.Brand = brands[rng.Next(brands.Length)];
        plan.CanonicalPerUnit = CanonicalPerPack[(itemIndex * 4) + Math.Min(packIndex, 3)] / plan.Pack.Size;
        plan.PacksPerPurchase = 1
            + (rng.NextDouble() < 0.25 ? 1 : 0)
            + (HouseholdSize > 3 && rng.NextDouble() < 0.3 ? 1 : 0);
        plan.PurchaseQuantity = plan.Pack.Size * plan.PacksPerPurchase;

        // Perishables are bought about as often as they keep; long-life items every few weeks to months.
        var cadence = Math.Min(item.ShelfLifeDays * (0.4 + (rng.NextDouble() * 0.65)), 20 + (rng.NextDouble() * 100));
        plan.CadenceDays = Math.Max(2, (int)Math.Round(cadence));
        plan.DailyUsage = Math.Round(plan.PurchaseQuantity / plan.CadenceDays * (0.85 + (rng.NextDouble() * 0.3)), 4);
        plan.ReorderThreshold = Math.Round(plan.DailyUsage * (2 + rng.Next(4)), 3);
        plan.UnitCost = Math.Round(item.PricePerCanonicalUnit * plan.CanonicalPerUnit * PriceLevel, 4);

        var elapsed = rng.Next((int)(plan.CadenceDays * 1.3) + 1);
        plan.LastPurchase = this.asOf.AddDays(-elapsed);
        var keeps = Math.Max(1, (int)Math.Round(item.ShelfLifeDays * (0.9 + (rng.NextDouble() * 0.2))));
        plan.Expiry = plan.LastPurchase.AddDays(keeps);
        var remaining = Math.Max(0, plan.PurchaseQuantity - (plan.DailyUsage * elapsed));
        plan.UpdatedHoursAgo = rng.Next(1, 72);
        plan.Source = GeneratorVocabulary.InventorySources[rng.Next(GeneratorVocabulary.InventorySources.Length)];
        // Loose pieces are whole; packs, dozens and weights keep two decimals (0.42 dozen = 5 eggs).
        plan.Remaining = plan.Pack.Unit == "pcs" ? Math.Round(remaining) : Math.Round(remaining, 2);
    }

    private static string PickCuisine(double u)
    {
        foreach (var (cuisine, weight) in GeneratorVocabulary.CuisineMix)
        {
            if (u < weight)
            {
                return cuisine;
            }

            u -= weight;
        }

        return Cuisines.Western;
    }

    private static string StoreFor(string cuisine, Random rng) => cuisine switch
    {
        Cuisines.Korean or Cuisines.Japanese or Cuisines.Chinese or Cuisines.Thai
            => GeneratorVocabulary.AsianStores[rng.Next(GeneratorVocabulary.AsianStores.Length)],
        Cuisines.Indian or Cuisines.Mexican or Cuisines.MiddleEastern or Cuisines.WestAfrican
            => GeneratorVocabulary.OtherStores[rng.Next(GeneratorVocabulary.OtherStores.Length)],
        _ => GeneratorVocabulary.WesternStores[rng.Next(GeneratorVocabulary.WesternStores.Length)],
    };

    /// <summary>Canonical amount of each pack of each item (4 slots per item), through the same normaliser the
    /// transform uses.</summary>
    private static double[] BuildCanonicalPerPack()
    {
        var result = new double[Items.Count * 4];
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (item.Packs.Count > 4)
            {
                throw new InvalidOperationException($"catalogue item {item.Name}: at most 4 pack sizes");
            }

            for (var p = 0; p < item.Packs.Count; p++)
            {
                var pack = item.Packs[p];
                var conversion = UnitNormalizer.Normalize(pack.Size, pack.Unit, item.PiecesPerPack);
                result[(i * 4) + p] = conversion.Success
                    ? conversion.Value
                    : throw new InvalidOperationException($"catalogue item {item.Name}: pack unit {conversion.Error}");
            }
        }

        return result;
    }
}
