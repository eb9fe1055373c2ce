namespace PantryPilot.Domain.Receipts;

/// <summary>What a word on a receipt line says about the line (<see cref="ReceiptVocabulary"/>).</summary>
public enum ReceiptWordKind
{
    /// <summary>The line cancels an earlier one ("VOID", "BATAL").</summary>
    Void,

    /// <summary>Money off, not an item ("DISC MEMBER", "DISKON").</summary>
    Discount,

    /// <summary>Not food: bags, cigarettes, soap, gas, donations ("KANTONG PLASTIK", "ROKOK").</summary>
    NonFood,

    /// <summary>Prepared to eat or drink there: a dish, a served drink, a pastry from the counter ("ICED
    /// LATTE").</summary>
    Served,

    /// <summary>A unit word receipts print that the quantity grammar does not know ("BTR", butir: pieces); the note
    /// is the unit it stands for.</summary>
    Unit,

    /// <summary>A grocery phrase in another language whose word order the ontology cannot read ("TELUR AYAM", chicken
    /// egg: Indonesian puts the head noun first); the note is the English name it is read as.</summary>
    Means,
}
