import Foundation
import TerritoryModel

/// Prints diagnostics, one per line, in a stable order.
public enum DiagnosticPrinter {
    /// The diagnostics as text: each on its own line, in the given order, ending with a line break.
    public static func render(_ diagnostics: [Diagnostic], language: Language = .en) -> String {
        diagnostics.map { $0.rendered(in: language) + "\n" }.joined()
    }

    /// "1 doctor" / "3 doctors" — the count with a noun in singular or plural.
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : (plural ?? singular + "s"))
    }

    /// A list of ids for a message, at most `limit` of them, then "…".
    public static func idList(_ ids: [String], limit: Int = 10) -> String {
        ids.count <= limit ? ids.joined(separator: ", ") : ids.prefix(limit).joined(separator: ", ") + ", …"
    }

    /// `"x"` with any quote in it doubled-up safely for messages.
    public static func quoted(_ text: String) -> String { "\"" + text + "\"" }
}

extension DiagnosticPrinter {
    /// `; did you mean "X"?` (or `"X" or "Y"?` when candidates meaning different things are equally close),
    /// or "" when none is close. `meaning` maps a candidate to what it stands for (三级 and 三甲 both mean
    /// tertiary), so equally close spellings of one thing show only the first; by default each is distinct.
    public static func didYouMean(_ text: String, among candidates: [String], meaning: (String) -> String = { $0 }) -> String {
        didYouMeanInBoth(text, among: candidates, meaning: meaning).en
    }

    /// `didYouMean` in English and in Chinese (`；是不是 "X" 或 "Y"？`).
    public static func didYouMeanInBoth(
        _ text: String, among candidates: [String], meaning: (String) -> String = { $0 }
    ) -> (
        en: String, zh: String
    ) {
        guard let best = Suggestion.closest(to: text, among: candidates) else { return ("", "") }
        let t = Array(text.trimmingWhitespace().lowercased())
        let d = Suggestion.editDistance(t, Array(best.lowercased()))
        var ties: [String] = [best]
        var meanings: Set<String> = [meaning(best)]
        for c in candidates where Suggestion.editDistance(t, Array(c.lowercased())) == d && meanings.insert(meaning(c)).inserted { ties.append(c) }
        let shown = ties.prefix(3).map { "\"\($0)\"" }
        return (
            "; did you mean " + (shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " or " + shown.last!) + "?",
            "；是不是 " + (shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: "、") + " 或 " + shown.last!) + "？"
        )
    }
}
