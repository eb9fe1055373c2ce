using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Generation;

/// <summary>Typed column arrays of one purchase_history batch being filled.</summary>
internal sealed class PurchaseColumns
{
    private static readonly DateOnly FarFuture = new(2199, 1, 1);

    private readonly long?[] sourceRow;
    private readonly string?[] userId, transactionId, itemId, itemName, unit, store, payment, category, brand,
        location, receiptSource, weekday, channel;
    private readonly double?[] quantity, price;
    private readonly bool?[] discount;
    private readonly DateOnly?[] purchaseDate, consumptionStart, depletion;

    public PurchaseColumns(int capacity)
    {
        Capacity = capacity;
        Batch = TableBatch.Allocate(PantrySchemas.Purchases, capacity);
        this.sourceRow = Batch.Integer(TableSchema.SourceRowColumn);
        this.userId = Batch.Text("user_id");
        this.transactionId = Batch.Text("transaction_id");
        this.itemId = Batch.Text("item_id");
        this.itemName = Batch.Text("item_name");
        this.quantity = Batch.Number("quantity_purchased");
        this.unit = Batch.Text("unit");
        this.price = Batch.Number("price_total");
        this.purchaseDate = Batch.Date("purchase_date");
        this.store = Batch.Text("store_name");
        this.payment = Batch.Text("payment_method");
        this.discount = Batch.Boolean("discount_applied");
        this.category = Batch.Text("category");
        this.brand = Batch.Text("brand");
        this.location = Batch.Text("location");
        this.receiptSource = Batch.Text("receipt_source");
        this.weekday = Batch.Text("weekday");
        this.channel = Batch.Text("purchase_channel");
        this.consumptionStart = Batch.Date("consumption_start_date");
        this.depletion = Batch.Date("expected_depletion_date");
    }

    public int Capacity { get; }

    public int Filled { get; set; }

    public TableBatch Batch { get; }

    public void Write(int i, long sourceRow, HouseholdPlanner planner, PurchaseSimulator simulator, int lineIndex)
    {
        ref var line = ref simulator.Lines[lineIndex];
        ref var plan = ref planner.Plans[line.Slot];
        ref var trip = ref simulator.Trips[line.Transaction];
        this.sourceRow[i] = sourceRow;
        this.userId[i] = planner.UserId;
        this.transactionId[i] = trip.TransactionId;
        this.itemId[i] = plan.ItemId;
        this.itemName[i] = plan.Item.Name;
        this.quantity[i] = line.Quantity;
        this.unit[i] = plan.Pack.Unit;
        this.price[i] = line.PriceTotal;
        this.purchaseDate[i] = line.Date;
        this.store[i] = trip.Store;
        this.payment[i] = trip.Payment;
        this.discount[i] = line.Discount > 0; // the original files hold a True/False flag, not an amount
        this.category[i] = plan.Item.Category;
        this.brand[i] = plan.Brand;
        this.location[i] = planner.City;
        this.receiptSource[i] = trip.ReceiptSource;
        this.weekday[i] = GeneratorVocabulary.Weekdays[(int)line.Date.DayOfWeek];
        this.channel[i] = trip.Channel;
        this.consumptionStart[i] = line.Date;
        this.depletion[i] = line.Depletion;
    }

    public void InjectFault(int i, Random faults, HouseholdPlanner planner, PurchaseSimulator simulator, int lineIndex)
    {
        switch (FaultDraw.Next(faults, firstInHousehold: lineIndex == 0))
        {
            case FaultKind.NullRequiredField:
                switch (faults.Next(5))
                {
                    case 0: this.userId[i] = null; break;
                    case 1: this.itemId[i] = null; break;
                    case 2: this.transactionId[i] = null; break;
                    case 3: this.quantity[i] = null; break;
                    default: this.unit[i] = null; break;
                }

                break;
            case FaultKind.NegativeQuantity:
                this.quantity[i] = -Math.Max(this.quantity[i] ?? 1, 1);
                break;
            case FaultKind.UnknownUnit:
                this.unit[i] = GeneratorVocabulary.UnknownUnits[faults.Next(GeneratorVocabulary.UnknownUnits.Length)];
                break;
            case FaultKind.BadDate:
                if (faults.Next(2) == 0)
                {
                    this.depletion[i] = this.purchaseDate[i]!.Value.AddDays(-1 - faults.Next(30));
                }
                else
                {
                    this.purchaseDate[i] = FarFuture;
                }

                break;
            case FaultKind.DuplicateId:
                // The same line twice: transaction and item of the household's previous line.
                ref var previous = ref simulator.Lines[lineIndex - 1];
                this.transactionId[i] = simulator.Trips[previous.Transaction].TransactionId;
                this.itemId[i] = planner.Plans[previous.Slot].ItemId;
                break;
            default:
                this.price[i] = Math.Round((this.price[i] ?? 1) * 10000 + 50000, 2);
                break;
        }
    }
}
