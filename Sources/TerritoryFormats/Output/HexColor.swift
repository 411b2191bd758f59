/// Colours as rules.json writes them (`#rrggbb`), for terminal escapes and SVG.
public enum HexColor {
    /// `#rrggbb` (or `rrggbb`) as its red, green and blue components; nil when it is not six hex digits.
    public static func components(_ hex: String) -> (Int, Int, Int)? {
        let h = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard h.count == 6, let v = Int(h, radix: 16) else { return nil }
        return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
    }
}
