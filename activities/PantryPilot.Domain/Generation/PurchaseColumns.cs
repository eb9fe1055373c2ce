using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Generation;

/// <summary>Typed column arrays of one purchase_history batch being filled.</summary>
internal sealed class PurchaseColumns
{
    private static readonly DateOnly FarFuture = new(2199, 1, 1);

    private readonly long?[] _sourceRow;
    private readonly string?[] _userId, _transactionId, _itemId, _itemName, _unit, _store, _payment, _category, _brand, _location, _receiptSource, _weekday, _channel;
    private readonly double?[] _quantity, _price;
    private readonly bool?[] _discount;
    private readonly DateOnly?[] _purchaseDate, _consumptionStart, _depletion;

    public PurchaseColumns(int capacity)
    {
        Capacity = capacity;
        Batch = TableBatch.Allocate(PantrySchemas.Purchases, capacity);
        _sourceRow = Batch.Integer(TableSchema.SourceRowColumn);
        _userId = Batch.Text("user_id");
        _transactionId = Batch.Text("transaction_id");
        _itemId = Batch.Text("item_id");
        _itemName = Batch.Text("item_name");
        _quantity = Batch.Number("quantity_purchased");
        _unit = Batch.Text("unit");
        _price = Batch.Number("price_total");
        _purchaseDate = Batch.Date("purchase_date");
        _store = Batch.Text("store_name");
        _payment = Batch.Text("payment_method");
        _discount = Batch.Boolean("discount_applied");
        _category = Batch.Text("category");
        _brand = Batch.Text("brand");
        _location = Batch.Text("location");
        _receiptSource = Batch.Text("receipt_source");
        _weekday = Batch.Text("weekday");
        _channel = Batch.Text("purchase_channel");
        _consumptionStart = Batch.Date("consumption_start_date");
        _depletion = Batch.Date("expected_depletion_date");
    }

    public int Capacity { get; }

    public int Filled { get; set; }

    public TableBatch Batch { get; }

    public void Write(int i, long sourceRow, HouseholdPlanner planner, PurchaseSimulator simulator, int lineIndex)
    {
        ref var line = ref simulator.Lines[lineIndex];
        ref var plan = ref planner.Plans[line.Slot];
        ref var trip = ref simulator.Trips[line.Transaction];
        _sourceRow[i] = sourceRow;
        _userId[i] = planner.UserId;
        _transactionId[i] = trip.TransactionId;
        _itemId[i] = plan.ItemId;
        _itemName[i] = plan.Item.Name;
        _quantity[i] = line.Quantity;
        _unit[i] = plan.Pack.Unit;
        _price[i] = line.PriceTotal;
        _purchaseDate[i] = line.Date;
        _store[i] = trip.Store;
        _payment[i] = trip.Payment;
        _discount[i] = line.Discount > 0; // the original files hold a True/False flag, not an amount
        _category[i] = plan.Item.Category;
        _brand[i] = plan.Brand;
        _location[i] = planner.City;
        _receiptSource[i] = trip.ReceiptSource;
        _weekday[i] = GeneratorVocabulary.Weekdays[(int)line.Date.DayOfWeek];
        _channel[i] = trip.Channel;
        _consumptionStart[i] = line.Date;
        _depletion[i] = line.Depletion;
    }

    public void InjectFault(int i, Random faults, HouseholdPlanner planner, PurchaseSimulator simulator, int lineIndex)
    {
        var kind = (FaultKind)faults.Next(6);
        if (kind == FaultKind.DuplicateId && lineIndex == 0)
        {
            kind = FaultKind.NullRequiredField; // nothing earlier in the household to duplicate
        }

        switch (kind)
        {
            case FaultKind.NullRequiredField:
                switch (faults.Next(5))
                {
                    case 0: _userId[i] = null; break;
                    case 1: _itemId[i] = null; break;
                    case 2: _transactionId[i] = null; break;
                    case 3: _quantity[i] = null; break;
                    default: _unit[i] = null; break;
                }

                break;
            case FaultKind.NegativeQuantity:
                _quantity[i] = -Math.Max(_quantity[i] ?? 1, 1);
                break;
            case FaultKind.UnknownUnit:
                _unit[i] = GeneratorVocabulary.UnknownUnits[faults.Next(GeneratorVocabulary.UnknownUnits.Length)];
                break;
            case FaultKind.BadDate:
                if (faults.Next(2) == 0)
                {
                    _depletion[i] = _purchaseDate[i]!.Value.AddDays(-1 - faults.Next(30));
                }
                else
                {
                    _purchaseDate[i] = FarFuture;
                }

                break;
            case FaultKind.DuplicateId:
                // The same line twice: transaction and item of the household's previous line.
                ref var previous = ref simulator.Lines[lineIndex - 1];
                _transactionId[i] = simulator.Trips[previous.Transaction].TransactionId;
                _itemId[i] = planner.Plans[previous.Slot].ItemId;
                break;
            default:
                _price[i] = Math.Round((_price[i] ?? 1) * 10000 + 50000, 2);
                break;
        }
    }
}
