/// Annual hospital revenue (年收入) in whole CNY, parsed from how users write it.
public enum Revenue {
    /// Parses `2.5亿`, `8000万`, `1,200,000`, `300000000`, `3e8`; returns nil for text that is not a
    /// number. Empty text is not handled here: callers treat it as "unknown".
    public static func parse(_ text: String) -> Int64? {
        var t = text.trimmingWhitespace().replacingFullWidthDigits()
        t.removeAll { $0 == "," || $0 == "，" || $0 == " " || $0 == "_" }
        for prefix in ["¥", "￥", "CNY", "RMB"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        for suffix in ["元", "CNY", "RMB"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        var multiplier = 1.0
        if t.hasSuffix("亿元") {
            t.removeLast(2)
            multiplier = 1e8
        } else if t.hasSuffix("万元") {
            t.removeLast(2)
            multiplier = 1e4
        } else if t.hasSuffix("亿") {
            t.removeLast()
            multiplier = 1e8
        } else if t.hasSuffix("万") {
            t.removeLast()
            multiplier = 1e4
        }
        guard !t.isEmpty, let value = Double(t), value.isFinite, value >= 0 else { return nil }
        let yuan = (value * multiplier).rounded()
        guard yuan < 9e18 else { return nil }
        return Int64(yuan)
    }

    /// Formats whole CNY the way the files write it: `3亿`, `2.5亿`, `8000万`, or plain digits.
    public static func format(_ yuan: Int64) -> String {
        if yuan >= 100_000_000 && yuan % 1_000_000 == 0 {
            let hundredMillions = Double(yuan) / 1e8
            return trimmedDecimal(hundredMillions) + "亿"
        }
        if yuan >= 10_000 && yuan % 10_000 == 0 { return String(yuan / 10_000) + "万" }
        return String(yuan)
    }

    private static func trimmedDecimal(_ x: Double) -> String {
        let hundredths = Int64((x * 100).rounded())
        let whole = hundredths / 100
        let frac = hundredths % 100
        if frac == 0 { return String(whole) }
        if frac % 10 == 0 { return "\(whole).\(frac / 10)" }
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}
