namespace PantryPilot.Domain.Receipts;

/// <summary>Turns one receipt as it arrives (a CORD ground-truth JSON file today; a photo through an OCR service
/// later) into a <see cref="Receipt"/>: the printed lines and totals as text, nothing interpreted yet. An OCR reader
/// implements the same interface; no hosted OCR is reachable here, so the CORD JSON reader is the one that is
/// tested.</summary>
public interface IReceiptReader
{
    /// <summary>Reads <paramref name="content"/>; <paramref name="origin"/> names it in every reason (a file name, or
    /// "receipt &lt;id&gt;"). Never throws on bad content: the reading carries the problem instead.</summary>
    ReceiptReading Read(string origin, Stream content);
}
