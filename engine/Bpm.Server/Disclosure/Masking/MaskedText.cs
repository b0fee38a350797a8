namespace Bpm.Server.Disclosure.Masking;

/// <summary>A text being masked: finders read <see cref="Folded"/> and hide characters of the original by position.</summary>
internal sealed class MaskedText(string original)
{
    private readonly char[] characters = original.ToCharArray();

    public string Folded { get; } = WidthFolding.Fold(original);

    public void Hide(int index) => characters[index] = '*';

    /// <summary>Hides the digits of [start, start + length) except the first <paramref name="keepHead"/> and last
    /// <paramref name="keepTail"/> digits (and letters, for an ID's check character); separators stay.</summary>
    public void HideDigits(int start, int length, int keepHead, int keepTail)
    {
        var positions = new List<int>();
        for (var i = start; i < start + length; i++)
            if (char.IsAsciiDigit(Folded[i]) || Folded[i] is 'X' or 'x') positions.Add(i);
        for (var n = keepHead; n < positions.Count - keepTail; n++) Hide(positions[n]);
    }

    public override string ToString() => new(characters);
}
